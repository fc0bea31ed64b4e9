package dev.warden.core.id;

/** AWS unique-id prefixes (iam-semantics §7.5) and how many random characters follow each. */
public enum IdPrefix {
    USER("AIDA", 17),
    GROUP("AGPA", 17),
    ROLE("AROA", 17),
    INSTANCE_PROFILE("AIPA", 17),
    MANAGED_POLICY("ANPA", 17),
    /** Access key ids are 20 characters in AWS, so 16 random characters follow the prefix. */
    ACCESS_KEY("AKIA", 16),
    TEMPORARY_ACCESS_KEY("ASIA", 16),
    SSH_PUBLIC_KEY("APKA", 17),
    SERVER_CERTIFICATE("ASCA", 17),
    /** Service-specific credentials: 20 characters, as AWS's ACCA… ids. */
    SERVICE_SPECIFIC_CREDENTIAL("ACCA", 16),
    /** Signing certificate ids are at least 24 characters in the IAM model (certificateIdType). */
    SIGNING_CERTIFICATE("ASCA", 24);

    private final String prefix;
    private final int randomLength;

    IdPrefix(String prefix, int randomLength) {
        this.prefix = prefix;
        this.randomLength = randomLength;
    }

    public String prefix() {
        return prefix;
    }

    public int randomLength() {
        return randomLength;
    }

    /** True for ids this prefix could have produced (shape only, not existence). */
    public boolean matches(String id) {
        if (id == null || id.length() != prefix.length() + randomLength || !id.startsWith(prefix)) {
            return false;
        }
        for (int i = prefix.length(); i < id.length(); i++) {
            if (UniqueIdGenerator.ALPHABET.indexOf(id.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
