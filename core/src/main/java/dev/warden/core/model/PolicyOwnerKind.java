package dev.warden.core.model;

/** The entities that can hold inline policies and attached managed policies. */
public enum PolicyOwnerKind {
    USER("user"),
    ROLE("role"),
    GROUP("group");

    private final String storedName;

    PolicyOwnerKind(String storedName) {
        this.storedName = storedName;
    }

    /** The value kept in the owner_kind columns. */
    public String storedName() {
        return storedName;
    }
}
