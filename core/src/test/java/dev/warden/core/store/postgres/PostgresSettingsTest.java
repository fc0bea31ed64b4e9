package dev.warden.core.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresSettingsTest {

    @Test
    void credentialsAndSchemaAreTakenOutOfTheUrlAndOtherParametersStay() {
        record Case(String url, String jdbcUrl, String user, String password, String schema) {}
        for (Case c : new Case[] {
                new Case("jdbc:postgresql://h:5432/db", "jdbc:postgresql://h:5432/db", null, null, "warden"),
                new Case("jdbc:postgresql://h:5432/db?user=u", "jdbc:postgresql://h:5432/db", "u", null, "warden"),
                new Case("jdbc:postgresql://h/db?user=u&password=p%26q%3D&sslmode=require",
                        "jdbc:postgresql://h/db?sslmode=require", "u", "p&q=", "warden"),
                new Case("jdbc:postgresql://h/db?sslmode=verify-full&currentSchema=iam_1&user=u&connectTimeout=5",
                        "jdbc:postgresql://h/db?sslmode=verify-full&connectTimeout=5", "u", null, "iam_1"),
                new Case("jdbc:postgresql://h/db?", "jdbc:postgresql://h/db", null, null, "warden"),
        }) {
            PostgresSettings s = PostgresSettings.fromJdbcUrl(c.url());
            assertThat(s.jdbcUrl()).as(c.url()).isEqualTo(c.jdbcUrl());
            assertThat(s.user()).as(c.url()).isEqualTo(c.user());
            assertThat(s.password()).as(c.url()).isEqualTo(c.password());
            assertThat(s.schema()).as(c.url()).isEqualTo(c.schema());
            assertThat(s.poolSize()).isEqualTo(PostgresSettings.DEFAULT_POOL_SIZE);
        }
    }

    @Test
    void thePasswordNeverShows() {
        PostgresSettings s = PostgresSettings.fromJdbcUrl("jdbc:postgresql://h/db?user=u&password=hunter2");
        assertThat(s.toString()).doesNotContain("hunter2").contains("password=****");
        assertThat(s.describe()).isEqualTo("jdbc:postgresql://h/db (schema warden)");
    }

    @Test
    void badSchemasAndUrlsAreRefused() {
        assertThatThrownBy(() -> PostgresSettings.fromJdbcUrl("jdbc:postgresql://h/db?currentSchema=Bad;drop"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schema");
        assertThatThrownBy(() -> PostgresSettings.fromJdbcUrl("jdbc:mysql://h/db"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PostgreSQL JDBC URL");
    }
}
