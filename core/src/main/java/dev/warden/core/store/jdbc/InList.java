package dev.warden.core.store.jdbc;

import java.util.Collection;

/**
 * The {@code (?, ?, ...)} of an {@code IN} condition with one bound parameter per value. Batch reads
 * pass at most one page of ids (MaxItems ≤ 1,000), well under SQLite's and PostgreSQL's limits on
 * bound parameters.
 */
final class InList {
    private InList() {
    }

    static String of(Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        return "(" + "?, ".repeat(values.size() - 1) + "?)";
    }
}
