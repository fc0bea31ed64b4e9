package dev.warden.core.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Whether a database already has the newest migration applied, read from Flyway's history table
 * with one query. Starting Flyway scans the class path and validates every applied script, which
 * costs a command-line run (who-can, audit) a large share of its start-up; when the schema is
 * current there is nothing for it to do, so the stores skip it. Anything unexpected (no history,
 * a failed migration, an older or unknown newest version, an unreadable table) answers false and
 * the store runs Flyway as before, which migrates or reports the problem.
 */
public final class AppliedSchema {

    /** The newest migration version of each dialect's locations; {@code AppliedSchemaTest} keeps them true. */
    public static final String NEWEST_SQLITE = "16";
    public static final String NEWEST_POSTGRESQL = "16";

    private AppliedSchema() {}

    public static boolean isCurrent(DataSource database, String newestVersion) {
        try (Connection c = database.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT version, success FROM flyway_schema_history"
                        + " ORDER BY installed_rank DESC")) {
            boolean newest = true;
            boolean current = false;
            while (rs.next()) {
                if (!rs.getBoolean("success")) {
                    return false;
                }
                String version = rs.getString("version");
                if (newest && version != null) {
                    current = version.equals(newestVersion);
                    newest = false;
                }
            }
            return current;
        } catch (SQLException noHistoryYet) {
            return false;
        }
    }
}
