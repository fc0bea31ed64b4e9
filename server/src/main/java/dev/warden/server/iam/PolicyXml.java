package dev.warden.server.iam;

import dev.warden.server.xml.XmlWriter;

/**
 * The {@code Policy} shape, members in the model's order. ListPolicies returns a subset: no
 * description and no tags.
 */
final class PolicyXml {

    private PolicyXml() {}

    /** As GetPolicy and CreatePolicy return it. */
    static void writeFull(XmlWriter xml, PolicyView policy) {
        write(xml, policy, true);
    }

    static void writeSummary(XmlWriter xml, PolicyView policy) {
        write(xml, policy, false);
    }

    private static void write(XmlWriter xml, PolicyView policy, boolean full) {
        xml.element("PolicyName", policy.policyName())
                .element("PolicyId", policy.policyId())
                .element("Arn", policy.arn())
                .element("Path", policy.path())
                .element("DefaultVersionId", policy.defaultVersionId())
                .element("AttachmentCount", policy.attachmentCount())
                .element("PermissionsBoundaryUsageCount", policy.permissionsBoundaryUsageCount())
                .element("IsAttachable", true);
        if (full && policy.description() != null) {
            xml.element("Description", policy.description());
        }
        xml.element("CreateDate", policy.createDate())
                .element("UpdateDate", policy.updateDate());
        if (full) {
            TagsXml.writeIfAny(xml, policy.tags());
        }
    }
}
