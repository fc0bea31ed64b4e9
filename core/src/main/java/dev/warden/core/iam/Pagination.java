package dev.warden.core.iam;

import dev.warden.core.error.IamException;
import dev.warden.core.model.Page;
import dev.warden.core.store.ListWindow;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Turns Marker/MaxItems into store windows and back. The marker is an opaque base64url token holding
 * the sort key (lower-cased name) of the last item returned; one extra row is read to know whether
 * the list is truncated.
 */
final class Pagination {
    private Pagination() {
    }

    static ListWindow window(ListOptions options) {
        int maxItems = IamInputRules.maxItems(options.maxItems());
        String prefix = IamInputRules.pathPrefix(options.pathPrefix());
        return new ListWindow(prefix, decode(options.marker()), maxItems + 1);
    }

    static <T> Page<T> page(List<T> rows, ListWindow window, Function<T, String> sortKey) {
        int maxItems = window.limit() - 1;
        if (rows.size() <= maxItems) {
            return new Page<>(rows, false, null);
        }
        List<T> items = rows.subList(0, maxItems);
        return new Page<>(items, true, encode(sortKey.apply(items.get(items.size() - 1))));
    }

    /**
     * Pages a list that is already in memory (small per-entity lists such as attached policies), in the
     * order of the sort keys, which must be unique: the marker is the last key shown, so a list in any
     * other order would lose the items sorting before the marker but listed after it.
     */
    static <T> Page<T> pageInMemory(List<T> items, ListOptions options, Function<T, String> sortKey) {
        int maxItems = IamInputRules.maxItems(options.maxItems());
        String after = decode(options.marker());
        List<T> sorted = items.stream().sorted(Comparator.comparing(sortKey)).toList();
        List<T> rest = after == null ? sorted
                : sorted.stream().filter(item -> sortKey.apply(item).compareTo(after) > 0).toList();
        if (rest.size() <= maxItems) {
            return new Page<>(rest, false, null);
        }
        List<T> shown = rest.subList(0, maxItems);
        return new Page<>(shown, true, encode(sortKey.apply(shown.get(shown.size() - 1))));
    }

    /**
     * A sort key listing items oldest first (credentials are listed as they were made), the id keeping
     * items made in the same instant apart: fixed-width epoch seconds and nanoseconds, so string order
     * is time order.
     */
    static String oldestFirst(Instant date, String id) {
        return String.format("%019d%09d %s", date.getEpochSecond(), date.getNano(), id);
    }

    static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String marker) {
        if (marker == null) {
            return null;
        }
        if (marker.isEmpty() || marker.length() > 320) {
            throw IamException.invalidInput("Invalid Marker.");
        }
        try {
            return new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw IamException.invalidInput("Invalid Marker.");
        }
    }
}
