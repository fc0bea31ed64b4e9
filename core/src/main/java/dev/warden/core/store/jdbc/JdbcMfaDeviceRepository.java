package dev.warden.core.store.jdbc;

import dev.warden.core.model.Tag;
import dev.warden.core.model.VirtualMfaDevice;
import dev.warden.core.store.MfaDeviceRepository;
import dev.warden.core.store.StoredMfaDevice;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

final class JdbcMfaDeviceRepository implements MfaDeviceRepository {
    private static final String SELECT = "SELECT m.serial_number, m.account_id, m.name, m.path, m.seed_ciphertext,"
            + " m.user_id, u.name AS user_name, m.enabled_at, m.tags_json, m.created_at"
            + " FROM mfa_devices m LEFT JOIN users u ON u.user_id = m.user_id";

    private final SqlRunner sql;

    JdbcMfaDeviceRepository(SqlRunner sql) {
        this.sql = sql;
    }

    @Override
    public void insert(StoredMfaDevice stored) {
        VirtualMfaDevice d = stored.device();
        sql.update("INSERT INTO mfa_devices (serial_number, account_id, name, path, seed_ciphertext, user_id,"
                        + " enabled_at, tags_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                d.serialNumber(), d.accountId(), d.deviceName(), d.path(), stored.encryptedSeed(),
                SqlRunner.nullableText(d.userId()), SqlRunner.nullableInstant(d.enableDate()),
                JsonColumns.tags(d.tags()), d.createDate());
    }

    @Override
    public Optional<StoredMfaDevice> find(String serialNumber) {
        return sql.queryOne(SELECT + " WHERE m.serial_number = ?", JdbcMfaDeviceRepository::map, serialNumber);
    }

    @Override
    public List<StoredMfaDevice> listForAccount(String accountId) {
        return sql.query(SELECT + " WHERE m.account_id = ? ORDER BY m.serial_number", JdbcMfaDeviceRepository::map,
                accountId);
    }

    @Override
    public List<StoredMfaDevice> listForUser(String userId) {
        return sql.query(SELECT + " WHERE m.user_id = ? ORDER BY m.enabled_at, m.serial_number",
                JdbcMfaDeviceRepository::map, userId);
    }

    @Override
    public void assign(String serialNumber, String userId, Instant enabledAt) {
        sql.update("UPDATE mfa_devices SET user_id = ?, enabled_at = ? WHERE serial_number = ?",
                SqlRunner.nullableText(userId), SqlRunner.nullableInstant(enabledAt), serialNumber);
    }

    @Override
    public void updateTags(String serialNumber, List<Tag> tags) {
        sql.update("UPDATE mfa_devices SET tags_json = ? WHERE serial_number = ?", JsonColumns.tags(tags), serialNumber);
    }

    @Override
    public void delete(String serialNumber) {
        sql.update("DELETE FROM mfa_devices WHERE serial_number = ?", serialNumber);
    }

    private static StoredMfaDevice map(ResultSet rs) throws SQLException {
        VirtualMfaDevice device = new VirtualMfaDevice(rs.getString("account_id"), rs.getString("serial_number"),
                rs.getString("name"), rs.getString("path"), rs.getString("user_id"), rs.getString("user_name"),
                SqlRunner.instant(rs, "enabled_at"), JsonColumns.tags(rs.getString("tags_json")),
                SqlRunner.instant(rs, "created_at"));
        return new StoredMfaDevice(device, rs.getString("seed_ciphertext"));
    }
}
