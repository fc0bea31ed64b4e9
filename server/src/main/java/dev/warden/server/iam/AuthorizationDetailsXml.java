package dev.warden.server.iam;

import dev.warden.catalog.ManagedPolicy;
import dev.warden.core.iam.AccountAuthorizationDetails.GroupDetail;
import dev.warden.core.iam.AccountAuthorizationDetails.LocalPolicyDetail;
import dev.warden.core.iam.AccountAuthorizationDetails.RoleDetail;
import dev.warden.core.iam.AccountAuthorizationDetails.UserDetail;
import dev.warden.core.model.AttachedPolicy;
import dev.warden.core.model.InlinePolicy;
import dev.warden.core.model.PolicyVersion;
import dev.warden.core.model.Role;
import dev.warden.server.xml.PolicyDocumentEncoding;
import dev.warden.server.xml.XmlWriter;
import java.util.List;

/**
 * The detail shapes of GetAccountAuthorizationDetails ({@code UserDetail}, {@code GroupDetail},
 * {@code RoleDetail}, {@code ManagedPolicyDetail}), members in the botocore model's order, every
 * policy document URL-encoded as AWS sends it. Relation lists are always present, empty or not, as
 * in AWS's responses; tags and boundaries only when set.
 */
final class AuthorizationDetailsXml {

    private AuthorizationDetailsXml() {}

    static void writeUser(XmlWriter xml, UserDetail detail) {
        UserXml.writeSummary(xml, detail.user());
        inlinePolicies(xml, "UserPolicyList", detail.inlinePolicies());
        xml.stringList("GroupList", detail.groupNames());
        attachedPolicies(xml, detail.attachedPolicyArns());
        BoundaryXml.writeIfSet(xml, detail.user().permissionsBoundaryArn());
        TagsXml.writeIfAny(xml, detail.user().tags());
    }

    static void writeGroup(XmlWriter xml, GroupDetail detail) {
        GroupXml.write(xml, detail.group());
        inlinePolicies(xml, "GroupPolicyList", detail.inlinePolicies());
        attachedPolicies(xml, detail.attachedPolicyArns());
    }

    static void writeRole(XmlWriter xml, RoleDetail detail) {
        Role role = detail.role();
        xml.element("Path", role.path())
                .element("RoleName", role.roleName())
                .element("RoleId", role.roleId())
                .element("Arn", role.arn())
                .element("CreateDate", role.createDate())
                .element("AssumeRolePolicyDocument", PolicyDocumentEncoding.encode(role.assumeRolePolicyDocument()));
        xml.list("InstanceProfileList", detail.instanceProfiles(), InstanceProfileXml::writeFull);
        inlinePolicies(xml, "RolePolicyList", detail.inlinePolicies());
        attachedPolicies(xml, detail.attachedPolicyArns());
        BoundaryXml.writeIfSet(xml, role.permissionsBoundaryArn());
        TagsXml.writeIfAny(xml, role.tags());
        RoleLastUsedXml.write(xml, detail.lastUsed());
    }

    static void writeLocalPolicy(XmlWriter xml, LocalPolicyDetail detail) {
        PolicyView view = PolicyView.of(detail.policy());
        writePolicyHeader(xml, view);
        xml.list("PolicyVersionList", detail.versions(), PolicyVersionXml::writeWithDocument);
    }

    /** An AWS managed policy: the catalogue holds its default version only, so that is the one listed. */
    static void writeAwsPolicy(XmlWriter xml, ManagedPolicy policy, int attachments, int boundaryUses) {
        writePolicyHeader(xml, AwsManagedPolicies.view(policy, attachments, boundaryUses));
        PolicyVersion version = new PolicyVersion(AwsManagedPolicies.policyId(policy.arn()), policy.defaultVersionId(),
                policy.document(), true, policy.updateDate());
        xml.list("PolicyVersionList", List.of(version), PolicyVersionXml::writeWithDocument);
    }

    private static void writePolicyHeader(XmlWriter xml, PolicyView policy) {
        xml.element("PolicyName", policy.policyName())
                .element("PolicyId", policy.policyId())
                .element("Arn", policy.arn())
                .element("Path", policy.path())
                .element("DefaultVersionId", policy.defaultVersionId())
                .element("AttachmentCount", policy.attachmentCount())
                .element("PermissionsBoundaryUsageCount", policy.permissionsBoundaryUsageCount())
                .element("IsAttachable", true);
        if (policy.description() != null) {
            xml.element("Description", policy.description());
        }
        xml.element("CreateDate", policy.createDate())
                .element("UpdateDate", policy.updateDate());
    }

    private static void inlinePolicies(XmlWriter xml, String name, List<InlinePolicy> policies) {
        xml.list(name, policies, (x, p) -> x.element("PolicyName", p.policyName())
                .element("PolicyDocument", PolicyDocumentEncoding.encode(p.document())));
    }

    private static void attachedPolicies(XmlWriter xml, List<String> arns) {
        xml.list("AttachedManagedPolicies", arns.stream().map(AttachedPolicy::ofArn).toList(),
                (x, p) -> x.element("PolicyName", p.policyName()).element("PolicyArn", p.policyArn()));
    }
}
