package dev.warden.server.error;

/** Who is at fault, as the {@code <Type>} element of an AWS Query error response says. */
public enum ErrorType {
    SENDER("Sender"),
    RECEIVER("Receiver");

    private final String wireName;

    ErrorType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
