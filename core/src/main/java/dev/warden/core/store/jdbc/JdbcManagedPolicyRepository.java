package dev.warden.core.store.jdbc;

import dev.warden.core.model.ManagedPolicy;
import dev.warden.core.model.PolicyVersion;
import dev.warden.core.store.ListWindow;
import dev.warden.core.store.ManagedPolicyRepository;
import dev.warden.core.store.StaleVersionException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

final class JdbcManagedPolicyRepository implements ManagedPolicyRepository {
    private static final String COLUMNS = "p.policy_id, p.account_id, p.name, p.path, p.description,"
            + " p.default_version_id, p.next_version_number, p.tags_json, p.created_at, p.updated_at, p.row_version,"
            + " (SELECT COUNT(*) FROM policy_attachments a WHERE a.policy_arn = p.arn) AS attachment_count,"
            + " (SELECT COUNT(*) FROM users u WHERE u.boundary_arn = p.arn)"
            + " + (SELECT COUNT(*) FROM roles r WHERE r.boundary_arn = p.arn) AS boundary_count";

    private final SqlRunner sql;

    JdbcManagedPolicyRepository(SqlRunner sql) {
        this.sql = sql;
    }

    @Override
    public Optional<ManagedPolicy> findByArn(String arn) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM managed_policies p WHERE p.arn = ?",
                JdbcManagedPolicyRepository::map, arn);
    }

    @Override
    public Optional<ManagedPolicy> findByName(String accountId, String policyName) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM managed_policies p WHERE p.account_id = ? AND p.name_lower = ?",
                JdbcManagedPolicyRepository::map, accountId, policyName.toLowerCase(Locale.ROOT));
    }

    @Override
    public void insert(ManagedPolicy p) {
        sql.update("INSERT INTO managed_policies (policy_id, account_id, name, name_lower, path, arn, description,"
                        + " default_version_id, next_version_number, tags_json, created_at, updated_at, row_version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.policyId(), p.accountId(), p.policyName(), p.policyName().toLowerCase(Locale.ROOT), p.path(), p.arn(),
                SqlRunner.nullableText(p.description()), p.defaultVersionId(), p.nextVersionNumber(),
                JsonColumns.tags(p.tags()), p.createDate(), p.updateDate(), p.version());
    }

    @Override
    public void update(ManagedPolicy p) {
        int changed = sql.update("UPDATE managed_policies SET default_version_id = ?, next_version_number = ?,"
                        + " tags_json = ?, updated_at = ?, row_version = row_version + 1"
                        + " WHERE policy_id = ? AND row_version = ?",
                p.defaultVersionId(), p.nextVersionNumber(), JsonColumns.tags(p.tags()), p.updateDate(), p.policyId(),
                p.version());
        if (changed != 1) {
            throw new StaleVersionException("policy " + p.policyId());
        }
    }

    @Override
    public void delete(String policyId) {
        sql.update("DELETE FROM policy_versions WHERE policy_id = ?", policyId);
        sql.update("DELETE FROM managed_policies WHERE policy_id = ?", policyId);
    }

    @Override
    public List<ManagedPolicy> list(String accountId, ListWindow window, boolean onlyAttached) {
        List<Object> params = NameWindowQuery.params(accountId);
        String attached = onlyAttached
                ? " AND EXISTS (SELECT 1 FROM policy_attachments a WHERE a.policy_arn = p.arn)" : "";
        String tail = NameWindowQuery.tail(window, "p.", params);
        return sql.query("SELECT " + COLUMNS + " FROM managed_policies p WHERE p.account_id = ?" + attached + tail,
                JdbcManagedPolicyRepository::map, params.toArray());
    }

    @Override
    public int count(String accountId) {
        return sql.count("SELECT COUNT(*) FROM managed_policies WHERE account_id = ?", accountId);
    }

    @Override
    public int countVersions(String accountId) {
        return sql.count("SELECT COUNT(*) FROM policy_versions v JOIN managed_policies p ON p.policy_id = v.policy_id"
                + " WHERE p.account_id = ?", accountId);
    }

    @Override
    public void insertVersion(PolicyVersion v) {
        sql.update("INSERT INTO policy_versions (policy_id, version_id, document, created_at) VALUES (?, ?, ?, ?)",
                v.policyId(), v.versionId(), v.document(), v.createDate());
    }

    @Override
    public Optional<PolicyVersion> findVersion(String policyId, String versionId) {
        return sql.queryOne(VERSION_SELECT + " AND v.version_id = ?", JdbcManagedPolicyRepository::mapVersion,
                policyId, versionId);
    }

    @Override
    public List<PolicyVersion> versions(String policyId) {
        return sql.query(VERSION_SELECT + " ORDER BY v.created_at, v.version_id", JdbcManagedPolicyRepository::mapVersion,
                policyId);
    }

    @Override
    public void deleteVersion(String policyId, String versionId) {
        sql.update("DELETE FROM policy_versions WHERE policy_id = ? AND version_id = ?", policyId, versionId);
    }

    @Override
    public Map<String, List<PolicyVersion>> versionsOf(Collection<String> policyIds) {
        Map<String, List<PolicyVersion>> byPolicy = new LinkedHashMap<>();
        if (policyIds.isEmpty()) {
            return byPolicy;
        }
        for (PolicyVersion v : sql.query("SELECT v.policy_id, v.version_id, v.document, v.created_at,"
                        + " CASE WHEN p.default_version_id = v.version_id THEN 1 ELSE 0 END AS is_default"
                        + " FROM policy_versions v JOIN managed_policies p ON p.policy_id = v.policy_id"
                        + " WHERE v.policy_id IN " + InList.of(policyIds)
                        + " ORDER BY v.policy_id, v.created_at, v.version_id",
                JdbcManagedPolicyRepository::mapVersion, policyIds.toArray())) {
            byPolicy.computeIfAbsent(v.policyId(), k -> new ArrayList<>()).add(v);
        }
        return byPolicy;
    }

    @Override
    public Map<String, String> defaultDocumentsInAccount(String accountId) {
        Map<String, String> byArn = new LinkedHashMap<>();
        record Row(String arn, String document) {
        }
        for (Row row : sql.query("SELECT p.arn, v.document FROM managed_policies p JOIN policy_versions v"
                        + " ON v.policy_id = p.policy_id AND v.version_id = p.default_version_id"
                        + " WHERE p.account_id = ? ORDER BY p.arn",
                rs -> new Row(rs.getString(1), rs.getString(2)), accountId)) {
            byArn.put(row.arn(), row.document());
        }
        return byArn;
    }

    private static final String VERSION_SELECT = "SELECT v.policy_id, v.version_id, v.document, v.created_at,"
            + " CASE WHEN p.default_version_id = v.version_id THEN 1 ELSE 0 END AS is_default"
            + " FROM policy_versions v JOIN managed_policies p ON p.policy_id = v.policy_id WHERE v.policy_id = ?";

    private static PolicyVersion mapVersion(ResultSet rs) throws SQLException {
        return new PolicyVersion(rs.getString("policy_id"), rs.getString("version_id"), rs.getString("document"),
                rs.getInt("is_default") == 1, SqlRunner.instant(rs, "created_at"));
    }

    private static ManagedPolicy map(ResultSet rs) throws SQLException {
        return new ManagedPolicy(rs.getString("account_id"), rs.getString("policy_id"), rs.getString("name"),
                rs.getString("path"), rs.getString("description"), rs.getString("default_version_id"),
                rs.getInt("next_version_number"), JsonColumns.tags(rs.getString("tags_json")),
                SqlRunner.instant(rs, "created_at"), SqlRunner.instant(rs, "updated_at"),
                rs.getInt("attachment_count"), rs.getInt("boundary_count"), rs.getLong("row_version"));
    }
}
