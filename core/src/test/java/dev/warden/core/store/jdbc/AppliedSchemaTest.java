package dev.warden.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.store.sqlite.SqliteStore;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

class AppliedSchemaTest {

    @TempDir
    Path folder;

    /** A new migration must move the constant, or stores would skip it on databases at the old level. */
    @Test
    void newestVersionsMatchTheMigrationScripts() throws Exception {
        assertThat(AppliedSchema.NEWEST_SQLITE).isEqualTo(newest("common", "sqlite"));
        assertThat(AppliedSchema.NEWEST_POSTGRESQL).isEqualTo(newest("common", "postgresql"));
    }

    @Test
    void answersFromTheHistoryTable() throws Exception {
        SQLiteDataSource database = new SQLiteDataSource();
        database.setUrl("jdbc:sqlite:" + folder.resolve("warden.db"));
        assertThat(AppliedSchema.isCurrent(database, AppliedSchema.NEWEST_SQLITE)).as("no history yet").isFalse();

        SqliteStore.open(folder.resolve("warden.db")).close();
        record Case(String newest, boolean current) {}
        for (Case c : List.of(new Case(AppliedSchema.NEWEST_SQLITE, true), new Case("99", false), new Case("2.1", false))) {
            assertThat(AppliedSchema.isCurrent(database, c.newest())).as(c.toString()).isEqualTo(c.current());
        }

        try (Connection c = database.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE flyway_schema_history SET success = 0 WHERE version = '2.1'");
        }
        assertThat(AppliedSchema.isCurrent(database, AppliedSchema.NEWEST_SQLITE)).as("a failed migration").isFalse();
    }

    private static String newest(String... folders) throws IOException, URISyntaxException {
        int[] best = null;
        String bestText = null;
        for (String name : folders) {
            Path dir = Path.of(AppliedSchemaTest.class.getResource("/db/migration/" + name).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    String text = file.getFileName().toString().replaceFirst("^V([0-9_]+)__.*$", "$1").replace('_', '.');
                    int[] parts = Arrays.stream(text.split("\\.")).mapToInt(Integer::parseInt).toArray();
                    if (best == null || Arrays.compare(parts, best) > 0) {
                        best = parts;
                        bestText = text;
                    }
                }
            }
        }
        return bestText;
    }
}
