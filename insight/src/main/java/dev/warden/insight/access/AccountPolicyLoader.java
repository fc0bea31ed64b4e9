package dev.warden.insight.access;

import dev.warden.core.error.IamException;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.PrincipalPolicies;
import dev.warden.core.model.InlinePolicy;
import dev.warden.core.model.Role;
import dev.warden.core.model.Tag;
import dev.warden.core.model.User;
import dev.warden.core.sts.SessionClaims;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.eval.Caller;
import dev.warden.policy.eval.CompiledPolicy;
import dev.warden.policy.eval.PolicyType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a principal's policies from core and compiles them: the one place that decides which
 * policies apply to a caller. The server's request authorizer and the analyses both use it.
 * Entities are found by unique id, so a session of a role that was deleted and recreated under
 * the same name gets none of the new role's permissions (and a user's session none of a
 * namesake's).
 */
public final class AccountPolicyLoader {

    public static final String INLINE_SESSION_POLICY_ID = "session-policy";

    private final Iam iam;
    private final StoredPolicyCompiler documents;

    public AccountPolicyLoader(Iam iam, StoredPolicyCompiler documents) {
        this.iam = iam;
        this.documents = documents;
    }

    /** The policies of a caller, with the claims of its session when it uses temporary credentials. */
    public PrincipalPolicySet load(Caller caller, Optional<SessionClaims> session) {
        return switch (caller.type()) {
            case USER -> caller.uniqueId().flatMap(id -> iam.users().findUserById(id))
                    .map(this::user).orElseGet(PrincipalPolicySet::nothing);
            case ROLE_SESSION -> roleSession(caller, session);
            case FEDERATED_USER -> caller.uniqueId().flatMap(id -> iam.users().findUserById(id))
                    .map(user -> federatedUser(user, session)).orElseGet(PrincipalPolicySet::nothing);
            default -> PrincipalPolicySet.nothing();
        };
    }

    private PrincipalPolicySet user(User user) {
        PrincipalPolicies policies;
        try {
            policies = iam.principalPolicies().forUser(user.userName());
        } catch (IamException deletedMeanwhile) {
            return PrincipalPolicySet.nothing();
        }
        return user(user, policies);
    }

    /** A user's policies already read (e.g. with the whole account), compiled as for a request of that user. */
    public PrincipalPolicySet user(User user, PrincipalPolicies policies) {
        List<CompiledPolicy> identity = new ArrayList<>();
        for (InlinePolicy inline : policies.inlinePolicies()) {
            identity.add(documents.compileStored(inline.document(), PolicyKind.IDENTITY_INLINE_USER,
                    inline.policyName(), PolicyType.IDENTITY));
        }
        addManaged(identity, policies.managedPolicies());
        for (PrincipalPolicies.GroupPolicies group : policies.groups()) {
            for (InlinePolicy inline : group.inlinePolicies()) {
                identity.add(documents.compileStored(inline.document(), PolicyKind.IDENTITY_INLINE_GROUP,
                        group.groupArn() + "/" + inline.policyName(), PolicyType.IDENTITY));
            }
            addManaged(identity, group.managedPolicies());
        }
        return new PrincipalPolicySet(identity, boundary(policies), List.of(), false, user.tags(),
                Optional.ofNullable(user.permissionsBoundaryArn()));
    }

    /**
     * A GetFederationToken session: the creating user's policies and boundary, limited by the session
     * policies passed; user tags overlaid by the session's tags.
     */
    private PrincipalPolicySet federatedUser(User user, Optional<SessionClaims> session) {
        PrincipalPolicySet parent = user(user);
        SessionPolicies passed = session.map(this::sessionPolicies).orElse(SessionPolicies.NONE);
        List<Tag> tags = overlay(parent.principalTags(), session.map(SessionClaims::sessionTags).orElse(List.of()));
        return new PrincipalPolicySet(parent.identity(), parent.boundary(), passed.policies(), passed.passed(), tags,
                parent.permissionsBoundaryArn());
    }

    /** The session policies a session was created with, compiled. */
    private record SessionPolicies(List<CompiledPolicy> policies, boolean passed) {
        static final SessionPolicies NONE = new SessionPolicies(List.of(), false);
    }

    private SessionPolicies sessionPolicies(SessionClaims claims) {
        List<CompiledPolicy> policies = new ArrayList<>();
        boolean passed = false;
        if (claims.sessionPolicy() != null) {
            passed = true;
            policies.add(documents.compileStored(claims.sessionPolicy(), PolicyKind.SESSION, INLINE_SESSION_POLICY_ID,
                    PolicyType.SESSION));
        }
        for (String arn : claims.sessionPolicyArns()) {
            passed = true;
            managedDocument(arn).ifPresent(text -> policies.add(
                    documents.compileStored(text, PolicyKind.IDENTITY_MANAGED, arn, PolicyType.SESSION)));
        }
        return new SessionPolicies(policies, passed);
    }

    private PrincipalPolicySet roleSession(Caller caller, Optional<SessionClaims> session) {
        Optional<Role> role = caller.uniqueId().flatMap(id -> iam.roles().findRoleById(id));
        PrincipalPolicies policies = null;
        if (role.isPresent()) {
            try {
                policies = iam.principalPolicies().forRole(role.get().roleName());
            } catch (IamException deletedMeanwhile) {
                role = Optional.empty();
            }
        }
        List<CompiledPolicy> identity = policies == null ? List.of() : roleIdentity(policies);
        List<CompiledPolicy> boundary = policies == null ? List.of() : boundary(policies);
        SessionPolicies passed = session.map(this::sessionPolicies).orElse(SessionPolicies.NONE);
        List<Tag> sessionTags = session.map(SessionClaims::sessionTags).orElse(List.of());
        List<Tag> tags = overlay(role.map(Role::tags).orElse(List.of()), sessionTags);
        return new PrincipalPolicySet(identity, boundary, passed.policies(), passed.passed(), tags,
                role.map(Role::permissionsBoundaryArn));
    }

    /** A role's policies already read (e.g. with the whole account), as for a session of it without session policies. */
    public PrincipalPolicySet role(Role role, PrincipalPolicies policies) {
        return new PrincipalPolicySet(roleIdentity(policies), boundary(policies), List.of(), false,
                overlay(role.tags(), List.of()), Optional.ofNullable(role.permissionsBoundaryArn()));
    }

    private List<CompiledPolicy> roleIdentity(PrincipalPolicies policies) {
        List<CompiledPolicy> identity = new ArrayList<>();
        for (InlinePolicy inline : policies.inlinePolicies()) {
            identity.add(documents.compileStored(inline.document(), PolicyKind.IDENTITY_INLINE_ROLE,
                    inline.policyName(), PolicyType.IDENTITY));
        }
        addManaged(identity, policies.managedPolicies());
        return identity;
    }

    /** The current default version of a managed policy ARN, AWS managed or of this account. */
    public Optional<String> managedDocument(String arn) {
        if (arn.startsWith("arn:aws:iam::aws:policy/")) {
            return documents.awsManagedDocument(arn);
        }
        return iam.policies().defaultDocument(arn);
    }

    private void addManaged(List<CompiledPolicy> into, List<PrincipalPolicies.ManagedPolicyDocument> managed) {
        for (PrincipalPolicies.ManagedPolicyDocument policy : managed) {
            documents.compileManaged(policy, PolicyType.IDENTITY).ifPresent(into::add);
        }
    }

    private List<CompiledPolicy> boundary(PrincipalPolicies policies) {
        if (policies.permissionsBoundary() == null) {
            return List.of();
        }
        // A boundary whose policy vanished still bounds: it then allows nothing.
        return List.of(documents.compileManaged(policies.permissionsBoundary(), PolicyType.PERMISSIONS_BOUNDARY)
                .orElse(EmptyPolicies.emptyBoundary(policies.permissionsBoundary().policyArn())));
    }

    /** Session tags override role tags with the same key, compared without case (IAM User Guide). */
    public static List<Tag> overlay(List<Tag> base, List<Tag> overriding) {
        Map<String, Tag> byKey = new LinkedHashMap<>();
        base.forEach(t -> byKey.put(t.key().toLowerCase(Locale.ROOT), t));
        overriding.forEach(t -> byKey.put(t.key().toLowerCase(Locale.ROOT), t));
        return List.copyOf(byKey.values());
    }
}
