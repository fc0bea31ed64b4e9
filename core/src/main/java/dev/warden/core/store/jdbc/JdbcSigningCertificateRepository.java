package dev.warden.core.store.jdbc;

import dev.warden.core.model.AccessKeyStatus;
import dev.warden.core.model.SigningCertificate;
import dev.warden.core.store.SigningCertificateRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

final class JdbcSigningCertificateRepository implements SigningCertificateRepository {
    private static final String SELECT = "SELECT c.certificate_id, c.user_id, u.name AS user_name, c.body,"
            + " c.fingerprint, c.status, c.uploaded_at FROM signing_certificates c JOIN users u ON u.user_id = c.user_id";

    private final SqlRunner sql;
    private final UserCredentialTable<SigningCertificate> rows;

    JdbcSigningCertificateRepository(SqlRunner sql) {
        this.sql = sql;
        this.rows = new UserCredentialTable<>(sql, "signing_certificates", SELECT, "c", "certificate_id",
                "uploaded_at", JdbcSigningCertificateRepository::map);
    }

    @Override
    public void insert(SigningCertificate c) {
        sql.update("INSERT INTO signing_certificates (certificate_id, user_id, body, fingerprint, status, uploaded_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                c.certificateId(), c.userId(), c.body(), c.fingerprint(), c.status().name(), c.uploadDate());
    }

    @Override
    public Optional<SigningCertificate> find(String certificateId) {
        return rows.find(certificateId);
    }

    @Override
    public List<SigningCertificate> listForUser(String userId) {
        return rows.listForUser(userId);
    }

    @Override
    public List<SigningCertificate> listForAccount(String accountId) {
        return rows.listForAccount(accountId);
    }

    @Override
    public void updateStatus(String certificateId, AccessKeyStatus status) {
        rows.updateStatus(certificateId, status);
    }

    @Override
    public void delete(String certificateId) {
        rows.delete(certificateId);
    }

    private static SigningCertificate map(ResultSet rs) throws SQLException {
        return new SigningCertificate(rs.getString("certificate_id"), rs.getString("user_id"),
                rs.getString("user_name"), rs.getString("body"), rs.getString("fingerprint"),
                AccessKeyStatus.valueOf(rs.getString("status")), SqlRunner.instant(rs, "uploaded_at"));
    }
}
