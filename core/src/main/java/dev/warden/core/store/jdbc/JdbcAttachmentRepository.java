package dev.warden.core.store.jdbc;

import dev.warden.core.model.PolicyOwner;
import dev.warden.core.model.PolicyOwnerKind;
import dev.warden.core.store.AttachmentRepository;
import dev.warden.core.model.Arns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class JdbcAttachmentRepository implements AttachmentRepository {
    private final SqlRunner sql;

    JdbcAttachmentRepository(SqlRunner sql) {
        this.sql = sql;
    }

    @Override
    public boolean attach(PolicyOwner owner, String policyArn, Instant at) {
        if (sql.count("SELECT COUNT(*) FROM policy_attachments WHERE owner_kind = ? AND owner_id = ? AND policy_arn = ?",
                owner.kind().storedName(), owner.ownerId(), policyArn) > 0) {
            return false;
        }
        sql.update("INSERT INTO policy_attachments (owner_kind, owner_id, policy_arn, attached_at) VALUES (?, ?, ?, ?)",
                owner.kind().storedName(), owner.ownerId(), policyArn, at);
        return true;
    }

    @Override
    public boolean detach(PolicyOwner owner, String policyArn) {
        return sql.update("DELETE FROM policy_attachments WHERE owner_kind = ? AND owner_id = ? AND policy_arn = ?",
                owner.kind().storedName(), owner.ownerId(), policyArn) > 0;
    }

    @Override
    public List<String> attachedTo(PolicyOwner owner) {
        return sql.query("SELECT policy_arn FROM policy_attachments WHERE owner_kind = ? AND owner_id = ?"
                        + " ORDER BY attached_at, policy_arn",
                rs -> rs.getString(1), owner.kind().storedName(), owner.ownerId());
    }

    @Override
    public int countFor(String policyArn) {
        return sql.count("SELECT COUNT(*) FROM policy_attachments WHERE policy_arn = ?", policyArn);
    }

    @Override
    public List<PolicyOwner> ownersOf(String policyArn) {
        return sql.query("SELECT owner_kind, owner_id FROM policy_attachments WHERE policy_arn = ?"
                        + " ORDER BY owner_kind, owner_id",
                rs -> new PolicyOwner(kindOf(rs.getString(1)), rs.getString(2)), policyArn);
    }

    @Override
    public Map<String, List<String>> attachedTo(PolicyOwnerKind kind, Collection<String> ownerIds) {
        Map<String, List<String>> byOwner = new LinkedHashMap<>();
        if (ownerIds.isEmpty()) {
            return byOwner;
        }
        List<Object> params = new ArrayList<>();
        params.add(kind.storedName());
        params.addAll(ownerIds);
        record Row(String ownerId, String arn) {
        }
        for (Row row : sql.query("SELECT owner_id, policy_arn FROM policy_attachments WHERE owner_kind = ?"
                        + " AND owner_id IN " + InList.of(ownerIds) + " ORDER BY owner_id, attached_at, policy_arn",
                rs -> new Row(rs.getString(1), rs.getString(2)), params.toArray())) {
            byOwner.computeIfAbsent(row.ownerId(), k -> new ArrayList<>()).add(row.arn());
        }
        return byOwner;
    }

    @Override
    public Map<String, List<String>> attachedInAccount(PolicyOwnerKind kind, String accountId) {
        Map<String, List<String>> byOwner = new LinkedHashMap<>();
        record Row(String ownerId, String arn) {
        }
        for (Row row : sql.query("SELECT a.owner_id, a.policy_arn FROM policy_attachments a"
                        + OwnerTable.of(kind).joinOwnersOf("a") + " WHERE a.owner_kind = ? AND o.account_id = ?"
                        + " ORDER BY a.owner_id, a.attached_at, a.policy_arn",
                rs -> new Row(rs.getString(1), rs.getString(2)), kind.storedName(), accountId)) {
            byOwner.computeIfAbsent(row.ownerId(), k -> new ArrayList<>()).add(row.arn());
        }
        return byOwner;
    }

    @Override
    public List<String> awsManagedInUse(String accountId, String afterArn, int limit) {
        String prefix = Arns.AWS_MANAGED_POLICY_PREFIX + "%";
        return sql.query("SELECT arn FROM ("
                        + " SELECT policy_arn AS arn FROM policy_attachments WHERE policy_arn LIKE ?"
                        + " UNION SELECT boundary_arn AS arn FROM users WHERE account_id = ? AND boundary_arn LIKE ?"
                        + " UNION SELECT boundary_arn AS arn FROM roles WHERE account_id = ? AND boundary_arn LIKE ?"
                        + ") used WHERE arn > ? ORDER BY arn LIMIT ?",
                rs -> rs.getString(1), prefix, accountId, prefix, accountId, prefix, afterArn == null ? "" : afterArn,
                limit);
    }

    private static PolicyOwnerKind kindOf(String stored) {
        for (PolicyOwnerKind k : PolicyOwnerKind.values()) {
            if (k.storedName().equals(stored)) {
                return k;
            }
        }
        throw new IllegalStateException("unknown owner kind in store: " + stored);
    }
}
