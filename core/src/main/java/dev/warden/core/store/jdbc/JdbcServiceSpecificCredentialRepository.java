package dev.warden.core.store.jdbc;

import dev.warden.core.model.AccessKeyStatus;
import dev.warden.core.model.ServiceSpecificCredential;
import dev.warden.core.store.ServiceSpecificCredentialRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

final class JdbcServiceSpecificCredentialRepository implements ServiceSpecificCredentialRepository {
    private static final String SELECT = "SELECT c.credential_id, c.user_id, u.name AS user_name, c.service_name,"
            + " c.service_user_name, c.status, c.created_at, c.expires_at"
            + " FROM service_specific_credentials c JOIN users u ON u.user_id = c.user_id";

    private final SqlRunner sql;
    private final UserCredentialTable<ServiceSpecificCredential> rows;

    JdbcServiceSpecificCredentialRepository(SqlRunner sql) {
        this.sql = sql;
        this.rows = new UserCredentialTable<>(sql, "service_specific_credentials", SELECT, "c", "credential_id",
                "created_at", JdbcServiceSpecificCredentialRepository::map);
    }

    @Override
    public void insert(ServiceSpecificCredential c, String sealedPassword) {
        sql.update("INSERT INTO service_specific_credentials (credential_id, user_id, service_name, service_user_name,"
                        + " sealed_password, status, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                c.credentialId(), c.userId(), c.serviceName(), c.serviceUserName(), sealedPassword, c.status().name(),
                c.createDate(),
                c.expirationDate() == null ? SqlRunner.SqlNull.BIGINT : c.expirationDate());
    }

    @Override
    public void replacePassword(String credentialId, String sealedPassword) {
        sql.update("UPDATE service_specific_credentials SET sealed_password = ? WHERE credential_id = ?",
                sealedPassword, credentialId);
    }

    @Override
    public Optional<String> sealedPassword(String credentialId) {
        return sql.queryOne("SELECT sealed_password FROM service_specific_credentials WHERE credential_id = ?",
                rs -> rs.getString("sealed_password"), credentialId);
    }

    @Override
    public Optional<ServiceSpecificCredential> find(String credentialId) {
        return rows.find(credentialId);
    }

    @Override
    public List<ServiceSpecificCredential> listForUser(String userId) {
        return rows.listForUser(userId);
    }

    @Override
    public List<ServiceSpecificCredential> listForAccount(String accountId) {
        return rows.listForAccount(accountId);
    }

    @Override
    public void updateStatus(String credentialId, AccessKeyStatus status) {
        rows.updateStatus(credentialId, status);
    }

    @Override
    public void delete(String credentialId) {
        rows.delete(credentialId);
    }

    private static ServiceSpecificCredential map(ResultSet rs) throws SQLException {
        return new ServiceSpecificCredential(rs.getString("credential_id"), rs.getString("user_id"),
                rs.getString("user_name"), rs.getString("service_name"), rs.getString("service_user_name"),
                AccessKeyStatus.valueOf(rs.getString("status")), SqlRunner.instant(rs, "created_at"),
                SqlRunner.instant(rs, "expires_at"));
    }
}
