package dev.warden.server.iam;

import dev.warden.core.model.InstanceProfile;
import dev.warden.server.xml.XmlWriter;

/**
 * The {@code InstanceProfile} shape, members in the model's order. Lists leave out the tags, as AWS
 * documents for ListInstanceProfiles.
 */
final class InstanceProfileXml {

    private InstanceProfileXml() {}

    /** As GetInstanceProfile and CreateInstanceProfile return it. */
    static void writeFull(XmlWriter xml, InstanceProfile profile) {
        writeSummary(xml, profile);
        TagsXml.writeIfAny(xml, profile.tags());
    }

    /** As list results (and GetAccountAuthorizationDetails' role details) show it. */
    static void writeSummary(XmlWriter xml, InstanceProfile profile) {
        xml.element("Path", profile.path())
                .element("InstanceProfileName", profile.instanceProfileName())
                .element("InstanceProfileId", profile.instanceProfileId())
                .element("Arn", profile.arn())
                .element("CreateDate", profile.createDate())
                .list("Roles", profile.roles(), RoleXml::writeInInstanceProfile);
    }
}
