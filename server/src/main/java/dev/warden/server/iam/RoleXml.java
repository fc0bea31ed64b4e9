package dev.warden.server.iam;

import dev.warden.core.model.Role;
import dev.warden.core.model.RoleLastUsed;
import dev.warden.server.xml.PolicyDocumentEncoding;
import dev.warden.server.xml.XmlWriter;
import java.util.Optional;

/**
 * The {@code Role} shape, members in the model's order, the trust policy URL-encoded as AWS sends
 * it. ListRoles returns a subset: no tags, permissions boundary or last use.
 */
final class RoleXml {

    private RoleXml() {}

    /** As GetRole, CreateRole and UpdateRoleDescription return it; {@code lastUsed} empty when never used. */
    static void writeFull(XmlWriter xml, Role role, Optional<RoleLastUsed> lastUsed) {
        writeCommon(xml, role);
        BoundaryXml.writeIfSet(xml, role.permissionsBoundaryArn());
        TagsXml.writeIfAny(xml, role.tags());
        RoleLastUsedXml.write(xml, lastUsed);
    }

    /** As ListRoles returns it. */
    static void writeSummary(XmlWriter xml, Role role) {
        writeCommon(xml, role);
    }

    /** As an instance profile's {@code Roles} list shows a role: identity, date and trust policy only. */
    static void writeInInstanceProfile(XmlWriter xml, Role role) {
        xml.element("Path", role.path())
                .element("RoleName", role.roleName())
                .element("RoleId", role.roleId())
                .element("Arn", role.arn())
                .element("CreateDate", role.createDate())
                .element("AssumeRolePolicyDocument", PolicyDocumentEncoding.encode(role.assumeRolePolicyDocument()));
    }

    private static void writeCommon(XmlWriter xml, Role role) {
        xml.element("Path", role.path())
                .element("RoleName", role.roleName())
                .element("RoleId", role.roleId())
                .element("Arn", role.arn())
                .element("CreateDate", role.createDate())
                .element("AssumeRolePolicyDocument", PolicyDocumentEncoding.encode(role.assumeRolePolicyDocument()));
        if (role.description() != null) {
            xml.element("Description", role.description());
        }
        xml.element("MaxSessionDuration", role.maxSessionDuration());
    }
}
