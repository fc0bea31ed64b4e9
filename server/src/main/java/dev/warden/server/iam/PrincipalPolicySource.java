package dev.warden.server.iam;

import dev.warden.catalog.ManagedPolicies;
import dev.warden.core.error.IamException;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.ListOptions;
import dev.warden.core.iam.PrincipalPolicies;
import dev.warden.core.model.InlinePolicy;
import dev.warden.core.model.PolicyOwnerKind;
import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.eval.Caller;
import dev.warden.policy.eval.PolicyType;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stored policies of the user, group or role that SimulatePrincipalPolicy names: a user's own
 * inline and attached policies, those of its groups, and its permissions boundary; a role's; a
 * group's inline and attached policies.
 *
 * <p>SourcePolicyType follows the model's values: {@code user}, {@code group}, {@code role} for
 * inline policies, {@code aws-managed} and {@code user-managed} for managed ones; SourcePolicyId is
 * the policy's name.
 */
final class PrincipalPolicySource {

    private static final Pattern ENTITY_ARN = Pattern.compile("arn:aws:iam::(\\d{12}):(user|group|role)(/.*)?/([^/]+)");

    private final Iam iam;
    private final EnginePolicyDocumentCheck parser;
    private final ManagedPolicies awsPolicies;

    PrincipalPolicySource(Iam iam, EnginePolicyDocumentCheck parser, ManagedPolicies awsPolicies) {
        this.iam = iam;
        this.parser = parser;
        this.awsPolicies = awsPolicies;
    }

    /** The entity an ARN names; kind is user, group or role. */
    record Entity(String kind, String name, String arn, String uniqueId) {}

    Entity entity(String arn) {
        Matcher m = ENTITY_ARN.matcher(arn);
        if (!m.matches()) {
            throw new AwsError(AwsErrorCode.INVALID_INPUT, "Invalid ARN " + arn
                    + ": PolicySourceArn must be the ARN of an IAM user, group or role.");
        }
        String kind = m.group(2);
        String name = m.group(4);
        Entity entity = switch (kind) {
            case "user" -> {
                var user = iam.users().getUser(name);
                yield new Entity(kind, user.userName(), user.arn(), user.userId());
            }
            case "role" -> {
                var role = iam.roles().getRole(name);
                yield new Entity(kind, role.roleName(), role.arn(), role.roleId());
            }
            default -> {
                var group = iam.groups().getGroup(name, ListOptions.firstPage(1)).group();
                yield new Entity(kind, group.groupName(), group.arn(), group.groupId());
            }
        };
        if (!entity.arn().equals(arn)) {
            throw IamException.noSuchEntity("The " + kind + " with ARN " + arn + " cannot be found.");
        }
        return entity;
    }

    /** Where the policies of an entity go: a simulation, or the service last accessed report. */
    @FunctionalInterface
    interface PolicySink {
        void add(PolicyDocument document, PolicyType type, SimulatedPolicies.Source source, Origin origin);
    }

    /**
     * Where a policy comes from, in ListPoliciesGrantingServiceAccess's terms: a managed policy by
     * ARN ({@code entityType} and {@code entityName} null), or an inline policy of the user, group
     * or role named ({@code policyArn} null).
     */
    record Origin(String policyName, String policyArn, String entityType, String entityName) {}

    /** Adds the entity's policies; a boundary only when {@code withBoundary} (the request may replace it). */
    void addTo(PolicySink policies, Entity entity, boolean withBoundary) {
        switch (entity.kind()) {
            case "user" -> {
                PrincipalPolicies found = iam.principalPolicies().forUser(entity.name());
                addPrincipal(policies, found, "user", entity.name(), withBoundary);
                for (PrincipalPolicies.GroupPolicies group : found.groups()) {
                    addInline(policies, group.inlinePolicies(), "group",
                            group.groupArn().substring(group.groupArn().lastIndexOf('/') + 1));
                    group.managedPolicies().forEach(m -> addManaged(policies, m, PolicyType.IDENTITY));
                }
            }
            case "role" -> addPrincipal(policies, iam.principalPolicies().forRole(entity.name()), "role", entity.name(),
                    withBoundary);
            default -> {
                addInline(policies, iam.inlinePolicies().inlinePoliciesOf(PolicyOwnerKind.GROUP, entity.name()), "group",
                        entity.name());
                for (String arn : iam.attachments().attachedPolicyArns(PolicyOwnerKind.GROUP, entity.name())) {
                    addManaged(policies, new PrincipalPolicies.ManagedPolicyDocument(arn,
                            AwsManagedPolicies.isAwsManagedArn(arn) ? null
                                    : iam.policies().defaultDocument(arn).orElse(null)), PolicyType.IDENTITY);
                }
            }
        }
    }

    /** The caller of a simulation whose source is this entity and that names no CallerArn. */
    static Caller caller(Entity entity) {
        if (entity.kind().equals("group")) {
            // A group is not a principal; its policies are evaluated for an unnamed member.
            return Caller.user(entity.arn().split(":")[4], entity.arn()).withUniqueId(entity.uniqueId());
        }
        return Caller.parse(entity.arn()).withUniqueId(entity.uniqueId());
    }

    private void addPrincipal(PolicySink policies, PrincipalPolicies found, String inlineType, String entityName,
            boolean withBoundary) {
        addInline(policies, found.inlinePolicies(), inlineType, entityName);
        found.managedPolicies().forEach(m -> addManaged(policies, m, PolicyType.IDENTITY));
        if (withBoundary && found.permissionsBoundary() != null) {
            addManaged(policies, found.permissionsBoundary(), PolicyType.PERMISSIONS_BOUNDARY);
        }
    }

    private void addInline(PolicySink policies, List<InlinePolicy> inline, String type, String entityName) {
        for (InlinePolicy policy : inline) {
            policies.add(parseStored(policy.document(), policy.policyName()), PolicyType.IDENTITY,
                    new SimulatedPolicies.Source(policy.policyName(), type),
                    new Origin(policy.policyName(), null, type.toUpperCase(java.util.Locale.ROOT), entityName));
        }
    }

    void addManaged(PolicySink policies, PrincipalPolicies.ManagedPolicyDocument managed,
            PolicyType type) {
        String arn = managed.policyArn();
        String name = arn.substring(arn.lastIndexOf('/') + 1);
        String document = managed.isAwsManaged()
                ? awsPolicies.find(arn).filter(p -> p.arn().equals(arn)).map(p -> p.document()).orElse(null)
                : managed.document();
        if (document == null) {
            return; // deleted meanwhile, or an AWS policy the catalogue no longer has: it grants nothing
        }
        policies.add(parseStored(document, name), type,
                new SimulatedPolicies.Source(name, managed.isAwsManaged() ? "aws-managed" : "user-managed"),
                new Origin(name, arn, null, null));
    }

    /** Stored documents passed validation when written; one that no longer parses cannot be evaluated. */
    private PolicyDocument parseStored(String document, String name) {
        try {
            return parser.parse(document, PolicyKind.IDENTITY_INLINE_ROLE, "policyDocument");
        } catch (IamException e) {
            throw new AwsError(AwsErrorCode.POLICY_EVALUATION,
                    "The stored policy " + name + " cannot be evaluated: " + e.getMessage());
        }
    }
}
