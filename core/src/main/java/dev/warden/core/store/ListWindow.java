package dev.warden.core.store;

/**
 * Which slice of a name-ordered list to read: entities whose lower-cased name sorts after
 * {@code afterNameLower} (null = from the start), whose path starts with {@code pathPrefix}
 * (null = any), at most {@code limit} rows.
 */
public record ListWindow(String pathPrefix, String afterNameLower, int limit) {
}
