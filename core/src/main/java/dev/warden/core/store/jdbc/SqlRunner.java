package dev.warden.core.store.jdbc;

import dev.warden.core.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs parameterized statements on the transaction's connection. Instants are bound as epoch
 * milliseconds; a null must be passed as a {@link SqlNull} so PostgreSQL learns its type.
 */
final class SqlRunner {
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** A typed SQL NULL. */
    record SqlNull(int sqlType) {
        static final SqlNull TEXT = new SqlNull(Types.VARCHAR);
        static final SqlNull BIGINT = new SqlNull(Types.BIGINT);
    }

    private final Connection connection;

    SqlRunner(Connection connection) {
        this.connection = connection;
    }

    int update(String sql, Object... params) {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            bind(st, params);
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("update failed: " + firstWords(sql), e);
        }
    }

    /** Runs one statement once per parameter row, prepared once; the total of updated rows. */
    int updateEach(String sql, List<Object[]> rows) {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            int updated = 0;
            for (Object[] params : rows) {
                bind(st, params);
                updated += st.executeUpdate();
            }
            return updated;
        } catch (SQLException e) {
            throw new StoreException("update failed: " + firstWords(sql), e);
        }
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            bind(st, params);
            try (ResultSet rs = st.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException("query failed: " + firstWords(sql), e);
        }
    }

    <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    int count(String sql, Object... params) {
        return queryOne(sql, rs -> rs.getInt(1), params).orElse(0);
    }

    static Object nullableText(String value) {
        return value == null ? SqlNull.TEXT : value;
    }

    static Object nullableInstant(Instant value) {
        return value == null ? SqlNull.BIGINT : value;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static void bind(PreparedStatement st, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int index = i + 1;
            if (p instanceof SqlNull n) {
                st.setNull(index, n.sqlType());
            } else if (p instanceof String s) {
                st.setString(index, s);
            } else if (p instanceof Integer n) {
                st.setInt(index, n);
            } else if (p instanceof Long n) {
                st.setLong(index, n);
            } else if (p instanceof Boolean b) {
                st.setBoolean(index, b);
            } else if (p instanceof Instant t) {
                st.setLong(index, t.toEpochMilli());
            } else {
                throw new IllegalArgumentException("unsupported SQL parameter type " + (p == null ? "null" : p.getClass()));
            }
        }
    }

    /** Names the statement in errors without echoing parameter values (they may be secrets). */
    private static String firstWords(String sql) {
        String flat = sql.strip().replaceAll("\\s+", " ");
        return flat.length() > 60 ? flat.substring(0, 60) + "..." : flat;
    }
}
