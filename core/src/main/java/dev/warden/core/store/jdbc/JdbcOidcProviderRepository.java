package dev.warden.core.store.jdbc;

import dev.warden.core.model.OidcSigningKeys;
import dev.warden.core.model.OpenIdConnectProvider;
import dev.warden.core.store.OidcProviderRepository;
import dev.warden.core.store.StaleVersionException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

final class JdbcOidcProviderRepository implements OidcProviderRepository {
    private static final String COLUMNS = "account_id, url, client_ids_json, thumbprints_json, tags_json, jwks_json,"
            + " jwks_updated_at, created_at, row_version";

    private final SqlRunner sql;

    JdbcOidcProviderRepository(SqlRunner sql) {
        this.sql = sql;
    }

    @Override
    public Optional<OpenIdConnectProvider> findByArn(String arn) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM oidc_providers WHERE arn = ?", JdbcOidcProviderRepository::map,
                arn);
    }

    @Override
    public Optional<OpenIdConnectProvider> findByUrl(String accountId, String url) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM oidc_providers WHERE account_id = ? AND url = ?",
                JdbcOidcProviderRepository::map, accountId, url);
    }

    @Override
    public void insert(OpenIdConnectProvider p) {
        OidcSigningKeys keys = p.signingKeys();
        sql.update("INSERT INTO oidc_providers (arn, account_id, url, client_ids_json, thumbprints_json, tags_json,"
                        + " jwks_json, jwks_updated_at, created_at, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.arn(), p.accountId(), p.url(), JsonColumns.strings(p.clientIds()), JsonColumns.strings(p.thumbprints()),
                JsonColumns.tags(p.tags()), SqlRunner.nullableText(keys == null ? null : keys.jwksJson()),
                SqlRunner.nullableInstant(keys == null ? null : keys.updatedAt()), p.createDate(), p.version());
    }

    @Override
    public void update(OpenIdConnectProvider p) {
        OidcSigningKeys keys = p.signingKeys();
        int changed = sql.update("UPDATE oidc_providers SET client_ids_json = ?, thumbprints_json = ?, tags_json = ?,"
                        + " jwks_json = ?, jwks_updated_at = ?, row_version = row_version + 1"
                        + " WHERE arn = ? AND row_version = ?",
                JsonColumns.strings(p.clientIds()), JsonColumns.strings(p.thumbprints()), JsonColumns.tags(p.tags()),
                SqlRunner.nullableText(keys == null ? null : keys.jwksJson()),
                SqlRunner.nullableInstant(keys == null ? null : keys.updatedAt()), p.arn(), p.version());
        if (changed != 1) {
            throw new StaleVersionException("OIDC provider " + p.arn());
        }
    }

    @Override
    public boolean delete(String arn) {
        return sql.update("DELETE FROM oidc_providers WHERE arn = ?", arn) > 0;
    }

    @Override
    public List<OpenIdConnectProvider> list(String accountId) {
        return sql.query("SELECT " + COLUMNS + " FROM oidc_providers WHERE account_id = ? ORDER BY arn",
                JdbcOidcProviderRepository::map, accountId);
    }

    @Override
    public int count(String accountId) {
        return sql.count("SELECT COUNT(*) FROM oidc_providers WHERE account_id = ?", accountId);
    }

    private static OpenIdConnectProvider map(ResultSet rs) throws SQLException {
        String jwks = rs.getString("jwks_json");
        Instant keysAt = SqlRunner.instant(rs, "jwks_updated_at");
        return new OpenIdConnectProvider(rs.getString("account_id"), rs.getString("url"),
                JsonColumns.strings(rs.getString("client_ids_json")), JsonColumns.strings(rs.getString("thumbprints_json")),
                JsonColumns.tags(rs.getString("tags_json")), SqlRunner.instant(rs, "created_at"),
                jwks == null ? null : new OidcSigningKeys(jwks, keysAt), rs.getLong("row_version"));
    }
}
