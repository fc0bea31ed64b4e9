package dev.warden.core.store.jdbc;

import dev.warden.core.model.SamlProvider;
import dev.warden.core.store.SamlProviderRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

final class JdbcSamlProviderRepository implements SamlProviderRepository {
    private static final String SELECT = "SELECT arn, account_id, name, metadata_document, valid_until, tags_json,"
            + " created_at FROM saml_providers";

    private final SqlRunner sql;

    JdbcSamlProviderRepository(SqlRunner sql) {
        this.sql = sql;
    }

    @Override
    public void insert(SamlProvider p) {
        sql.update("INSERT INTO saml_providers (arn, account_id, name, metadata_document, valid_until, tags_json,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                p.arn(), p.accountId(), p.name(), p.metadataDocument(), SqlRunner.nullableInstant(p.validUntil()),
                JsonColumns.tags(p.tags()), p.createDate());
    }

    @Override
    public Optional<SamlProvider> find(String arn) {
        return sql.queryOne(SELECT + " WHERE arn = ?", JdbcSamlProviderRepository::map, arn);
    }

    @Override
    public void update(SamlProvider p) {
        sql.update("UPDATE saml_providers SET metadata_document = ?, valid_until = ?, tags_json = ? WHERE arn = ?",
                p.metadataDocument(), SqlRunner.nullableInstant(p.validUntil()), JsonColumns.tags(p.tags()), p.arn());
    }

    @Override
    public boolean delete(String arn) {
        return sql.update("DELETE FROM saml_providers WHERE arn = ?", arn) > 0;
    }

    @Override
    public List<SamlProvider> list(String accountId) {
        return sql.query(SELECT + " WHERE account_id = ? ORDER BY arn", JdbcSamlProviderRepository::map, accountId);
    }

    @Override
    public int count(String accountId) {
        return sql.count("SELECT COUNT(*) FROM saml_providers WHERE account_id = ?", accountId);
    }

    private static SamlProvider map(ResultSet rs) throws SQLException {
        return new SamlProvider(rs.getString("account_id"), rs.getString("arn"), rs.getString("name"),
                rs.getString("metadata_document"), SqlRunner.instant(rs, "valid_until"),
                JsonColumns.tags(rs.getString("tags_json")), SqlRunner.instant(rs, "created_at"));
    }
}
