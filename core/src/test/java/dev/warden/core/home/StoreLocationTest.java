package dev.warden.core.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.store.postgres.PostgresSettings;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreLocationTest {

    private static final String URL = "jdbc:postgresql://db.example:5432/iam?user=warden";

    @Test
    void theOptionWinsOverTheEnvironmentWhichWinsOverTheHomesSqliteFile() {
        record Case(String option, Map<String, String> env, StoreLocation expected) {}
        StoreLocation postgres = new StoreLocation.Postgres(PostgresSettings.fromJdbcUrl(URL));
        StoreLocation other = new StoreLocation.Postgres(PostgresSettings.fromJdbcUrl("jdbc:postgresql://other/db"));
        for (Case c : new Case[] {
                new Case(null, Map.of(), StoreLocation.homeSqlite()),
                new Case("", Map.of("WARDEN_DB", " "), StoreLocation.homeSqlite()),
                new Case(null, Map.of("WARDEN_DB", URL), postgres),
                new Case(URL, Map.of(), postgres),
                new Case(URL, Map.of("WARDEN_DB", "jdbc:postgresql://other/db"), postgres),
                new Case(null, Map.of("WARDEN_DB", " jdbc:postgresql://other/db\n"), other),
        }) {
            assertThat(StoreLocation.resolve(c.option(), c.env())).as("%s", c).isEqualTo(c.expected());
        }
    }

    @Test
    void onlyPostgresUrlsAreAcceptedAndTheRefusalDoesNotRepeatTheUrl() {
        for (String url : new String[] {"jdbc:mysql://h/db?password=hunter2", "postgres://h/db?password=hunter2",
                "jdbc:sqlite:/tmp/x.db?password=hunter2"}) {
            assertThatThrownBy(() -> StoreLocation.resolve(url, Map.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("PostgreSQL JDBC URL")
                    .hasMessageNotContaining("hunter2");
        }
    }

    @Test
    void descriptionsNameTheFileOrTheUrlWithoutCredentials() {
        Path home = Path.of("/srv/warden");
        assertThat(StoreLocation.homeSqlite().describe(home)).isEqualTo("/srv/warden/warden.db");
        StoreLocation postgres = StoreLocation.resolve("jdbc:postgresql://h:5432/db?user=u&password=hunter2", Map.of());
        assertThat(postgres.describe(home)).isEqualTo("jdbc:postgresql://h:5432/db (schema warden)");
        assertThat(WardenHomeSettings.defaults(home).withStore(postgres).toString()).doesNotContain("hunter2")
                .contains("store=jdbc:postgresql://h:5432/db (schema warden)");
    }

    @Test
    void fromEnvironmentReadsTheDatabaseVariable() {
        WardenHomeSettings settings = WardenHomeSettings.fromEnvironment("/srv/w", Map.of("WARDEN_DB", URL));
        assertThat(settings.store()).isEqualTo(new StoreLocation.Postgres(PostgresSettings.fromJdbcUrl(URL)));
        assertThat(WardenHomeSettings.fromEnvironment("/srv/w", Map.of()).store()).isEqualTo(StoreLocation.homeSqlite());
    }
}
