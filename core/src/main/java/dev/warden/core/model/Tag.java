package dev.warden.core.model;

/** An IAM tag. Keys compare case-insensitively in IAM; the case given last is kept. */
public record Tag(String key, String value) {
    public Tag {
        if (key == null || value == null) {
            throw new IllegalArgumentException("tag key and value must not be null");
        }
    }
}
