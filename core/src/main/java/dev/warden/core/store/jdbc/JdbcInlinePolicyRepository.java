package dev.warden.core.store.jdbc;

import dev.warden.core.model.InlinePolicy;
import dev.warden.core.model.PolicyOwner;
import dev.warden.core.store.InlinePolicyRepository;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

final class JdbcInlinePolicyRepository implements InlinePolicyRepository {
    private final SqlRunner sql;

    JdbcInlinePolicyRepository(SqlRunner sql) {
        this.sql = sql;
    }

    @Override
    public void put(InlinePolicy p) {
        // Delete-then-insert instead of an upsert: ON CONFLICT spelling differs across dialects.
        String lower = p.policyName().toLowerCase(Locale.ROOT);
        sql.update("DELETE FROM inline_policies WHERE owner_kind = ? AND owner_id = ? AND name_lower = ?",
                p.owner().kind().storedName(), p.owner().ownerId(), lower);
        sql.update("INSERT INTO inline_policies (owner_kind, owner_id, name, name_lower, document) VALUES (?, ?, ?, ?, ?)",
                p.owner().kind().storedName(), p.owner().ownerId(), p.policyName(), lower, p.document());
    }

    @Override
    public Optional<InlinePolicy> find(PolicyOwner owner, String policyName) {
        return sql.queryOne("SELECT name, document FROM inline_policies WHERE owner_kind = ? AND owner_id = ?"
                        + " AND name_lower = ?",
                rs -> new InlinePolicy(owner, rs.getString("name"), rs.getString("document")),
                owner.kind().storedName(), owner.ownerId(), policyName.toLowerCase(Locale.ROOT));
    }

    @Override
    public List<InlinePolicy> list(PolicyOwner owner) {
        return sql.query("SELECT name, document FROM inline_policies WHERE owner_kind = ? AND owner_id = ?"
                        + " ORDER BY name_lower",
                rs -> new InlinePolicy(owner, rs.getString("name"), rs.getString("document")),
                owner.kind().storedName(), owner.ownerId());
    }

    @Override
    public boolean delete(PolicyOwner owner, String policyName) {
        return sql.update("DELETE FROM inline_policies WHERE owner_kind = ? AND owner_id = ? AND name_lower = ?",
                owner.kind().storedName(), owner.ownerId(), policyName.toLowerCase(Locale.ROOT)) > 0;
    }
}
