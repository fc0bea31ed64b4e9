package dev.warden.core.store.jdbc;

import dev.warden.core.store.OutboundFederationRepository;
import dev.warden.core.store.StoredOutboundFederation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

final class JdbcOutboundFederationRepository implements OutboundFederationRepository {
    private static final String COLUMNS = "account_id, enabled, issuer_id, rsa_key_id, rsa_private_key, ec_key_id,"
            + " ec_private_key, created_at, updated_at";

    private final SqlRunner sql;

    JdbcOutboundFederationRepository(SqlRunner sql) {
        this.sql = sql;
    }

    @Override
    public Optional<StoredOutboundFederation> find(String accountId) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM outbound_web_identity_federation WHERE account_id = ?",
                JdbcOutboundFederationRepository::map, accountId);
    }

    @Override
    public Optional<StoredOutboundFederation> findByIssuerId(String issuerId) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM outbound_web_identity_federation WHERE issuer_id = ?",
                JdbcOutboundFederationRepository::map, issuerId);
    }

    @Override
    public void put(StoredOutboundFederation f) {
        // Delete-then-insert instead of an upsert: ON CONFLICT spelling differs across dialects.
        sql.update("DELETE FROM outbound_web_identity_federation WHERE account_id = ?", f.accountId());
        sql.update("INSERT INTO outbound_web_identity_federation (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                f.accountId(), f.enabled(), f.issuerId(), f.rsaKeyId(), f.sealedRsaKey(), f.ecKeyId(),
                f.sealedEcKey(), f.createdAt(), f.updatedAt());
    }

    private static StoredOutboundFederation map(ResultSet rs) throws SQLException {
        return new StoredOutboundFederation(rs.getString("account_id"), rs.getBoolean("enabled"),
                rs.getString("issuer_id"), rs.getString("rsa_key_id"), rs.getString("rsa_private_key"),
                rs.getString("ec_key_id"), rs.getString("ec_private_key"), SqlRunner.instant(rs, "created_at"),
                SqlRunner.instant(rs, "updated_at"));
    }
}
