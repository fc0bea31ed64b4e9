package dev.warden.core.store.jdbc;

import dev.warden.core.store.ListWindow;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the WHERE/ORDER/LIMIT tail shared by name-ordered list queries. The SQL is assembled only
 * from fixed fragments; values are always bound, never spliced.
 */
final class NameWindowQuery {
    private NameWindowQuery() {
    }

    /** Appends conditions to a query that already ends in {@code WHERE <something>}. */
    static String tail(ListWindow window, String alias, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (window.pathPrefix() != null) {
            sql.append(" AND substr(").append(alias).append("path, 1, ?) = ?");
            params.add(window.pathPrefix().length());
            params.add(window.pathPrefix());
        }
        if (window.afterNameLower() != null) {
            sql.append(" AND ").append(alias).append("name_lower > ?");
            params.add(window.afterNameLower());
        }
        sql.append(" ORDER BY ").append(alias).append("name_lower LIMIT ?");
        params.add(window.limit());
        return sql.toString();
    }

    static List<Object> params(Object... first) {
        return new ArrayList<>(List.of(first));
    }
}
