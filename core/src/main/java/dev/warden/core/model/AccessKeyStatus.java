package dev.warden.core.model;

/** Status of an access key, spelled as on the wire. */
public enum AccessKeyStatus {
    Active,
    Inactive;

    /** Parses the wire value exactly (AWS is case-sensitive here); null when unknown. */
    public static AccessKeyStatus parse(String text) {
        for (AccessKeyStatus s : values()) {
            if (s.name().equals(text)) {
                return s;
            }
        }
        return null;
    }
}
