package dev.warden.core.store.jdbc;

import dev.warden.core.model.PolicyOwner;
import dev.warden.core.model.PolicyOwnerKind;
import dev.warden.core.store.AttachmentRepository;
import java.time.Instant;
import java.util.List;

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

    private static PolicyOwnerKind kindOf(String stored) {
        for (PolicyOwnerKind k : PolicyOwnerKind.values()) {
            if (k.storedName().equals(stored)) {
                return k;
            }
        }
        throw new IllegalStateException("unknown owner kind in store: " + stored);
    }
}
