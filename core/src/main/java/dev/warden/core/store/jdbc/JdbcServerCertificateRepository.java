package dev.warden.core.store.jdbc;

import dev.warden.core.model.ServerCertificate;
import dev.warden.core.model.Tag;
import dev.warden.core.store.ServerCertificateRepository;
import dev.warden.core.store.StoredServerCertificate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

final class JdbcServerCertificateRepository implements ServerCertificateRepository {
    private static final String SELECT = "SELECT certificate_id, account_id, name, path, body, chain,"
            + " private_key_ciphertext, expires_at, tags_json, uploaded_at FROM server_certificates";

    private final SqlRunner sql;

    JdbcServerCertificateRepository(SqlRunner sql) {
        this.sql = sql;
    }

    @Override
    public void insert(StoredServerCertificate stored) {
        ServerCertificate c = stored.certificate();
        sql.update("INSERT INTO server_certificates (certificate_id, account_id, name, name_lower, path, body, chain,"
                        + " private_key_ciphertext, expires_at, tags_json, uploaded_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                c.certificateId(), c.accountId(), c.name(), c.name().toLowerCase(Locale.ROOT), c.path(), c.body(),
                SqlRunner.nullableText(c.chain()), stored.encryptedPrivateKey(), c.expiration(),
                JsonColumns.tags(c.tags()), c.uploadDate());
    }

    @Override
    public Optional<StoredServerCertificate> findByName(String accountId, String name) {
        return sql.queryOne(SELECT + " WHERE account_id = ? AND name_lower = ?", JdbcServerCertificateRepository::map,
                accountId, name.toLowerCase(Locale.ROOT));
    }

    @Override
    public List<StoredServerCertificate> list(String accountId) {
        return sql.query(SELECT + " WHERE account_id = ? ORDER BY name_lower", JdbcServerCertificateRepository::map,
                accountId);
    }

    @Override
    public int count(String accountId) {
        return sql.count("SELECT COUNT(*) FROM server_certificates WHERE account_id = ?", accountId);
    }

    @Override
    public void rename(String certificateId, String newName, String newPath) {
        sql.update("UPDATE server_certificates SET name = ?, name_lower = ?, path = ? WHERE certificate_id = ?",
                newName, newName.toLowerCase(Locale.ROOT), newPath, certificateId);
    }

    @Override
    public void updateTags(String certificateId, List<Tag> tags) {
        sql.update("UPDATE server_certificates SET tags_json = ? WHERE certificate_id = ?", JsonColumns.tags(tags),
                certificateId);
    }

    @Override
    public void delete(String certificateId) {
        sql.update("DELETE FROM server_certificates WHERE certificate_id = ?", certificateId);
    }

    private static StoredServerCertificate map(ResultSet rs) throws SQLException {
        ServerCertificate certificate = new ServerCertificate(rs.getString("account_id"),
                rs.getString("certificate_id"), rs.getString("name"), rs.getString("path"), rs.getString("body"),
                rs.getString("chain"), SqlRunner.instant(rs, "expires_at"), SqlRunner.instant(rs, "uploaded_at"),
                JsonColumns.tags(rs.getString("tags_json")));
        return new StoredServerCertificate(certificate, rs.getString("private_key_ciphertext"));
    }
}
