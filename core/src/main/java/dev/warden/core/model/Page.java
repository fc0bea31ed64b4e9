package dev.warden.core.model;

import java.util.List;

/**
 * One page of a list operation. When {@code truncated}, pass {@code marker} back as Marker to continue;
 * otherwise marker is null.
 */
public record Page<T>(List<T> items, boolean truncated, String marker) {
    public Page {
        items = List.copyOf(items);
    }
}
