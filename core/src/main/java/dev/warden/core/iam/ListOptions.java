package dev.warden.core.iam;

/**
 * The paging parameters every IAM List* action takes. All may be null: {@code pathPrefix} null lists
 * every path, {@code marker} null starts at the beginning, {@code maxItems} null means 100.
 */
public record ListOptions(String pathPrefix, String marker, Integer maxItems) {
    public static ListOptions all() {
        return new ListOptions(null, null, IamInputRules.MAX_ITEMS_LIMIT);
    }

    public static ListOptions firstPage(int maxItems) {
        return new ListOptions(null, null, maxItems);
    }
}
