package dev.warden.core.store.jdbc;

import dev.warden.core.model.InlinePolicy;
import dev.warden.core.model.PolicyOwner;
import dev.warden.core.store.InlinePolicyRepository;
import dev.warden.core.model.PolicyOwnerKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    public Map<String, List<InlinePolicy>> listFor(PolicyOwnerKind kind, Collection<String> ownerIds) {
        Map<String, List<InlinePolicy>> byOwner = new LinkedHashMap<>();
        if (ownerIds.isEmpty()) {
            return byOwner;
        }
        List<Object> params = new ArrayList<>();
        params.add(kind.storedName());
        params.addAll(ownerIds);
        for (InlinePolicy p : sql.query("SELECT owner_id, name, document FROM inline_policies WHERE owner_kind = ?"
                        + " AND owner_id IN " + InList.of(ownerIds) + " ORDER BY owner_id, name_lower",
                rs -> new InlinePolicy(new PolicyOwner(kind, rs.getString("owner_id")), rs.getString("name"),
                        rs.getString("document")), params.toArray())) {
            byOwner.computeIfAbsent(p.owner().ownerId(), k -> new ArrayList<>()).add(p);
        }
        return byOwner;
    }

    @Override
    public Map<String, List<InlinePolicy>> listInAccount(PolicyOwnerKind kind, String accountId) {
        Map<String, List<InlinePolicy>> byOwner = new LinkedHashMap<>();
        for (InlinePolicy p : sql.query("SELECT i.owner_id, i.name, i.document FROM inline_policies i"
                        + OwnerTable.of(kind).joinOwnersOf("i") + " WHERE i.owner_kind = ? AND o.account_id = ?"
                        + " ORDER BY i.owner_id, i.name_lower",
                rs -> new InlinePolicy(new PolicyOwner(kind, rs.getString("owner_id")), rs.getString("name"),
                        rs.getString("document")), kind.storedName(), accountId)) {
            byOwner.computeIfAbsent(p.owner().ownerId(), k -> new ArrayList<>()).add(p);
        }
        return byOwner;
    }

    @Override
    public boolean delete(PolicyOwner owner, String policyName) {
        return sql.update("DELETE FROM inline_policies WHERE owner_kind = ? AND owner_id = ? AND name_lower = ?",
                owner.kind().storedName(), owner.ownerId(), policyName.toLowerCase(Locale.ROOT)) > 0;
    }
}
