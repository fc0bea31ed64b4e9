package dev.warden.server.iam;

import dev.warden.core.model.Group;
import dev.warden.server.xml.XmlWriter;

/** The {@code Group} shape, members in the model's order. */
final class GroupXml {

    private GroupXml() {}

    static void write(XmlWriter xml, Group group) {
        xml.element("Path", group.path())
                .element("GroupName", group.groupName())
                .element("GroupId", group.groupId())
                .element("Arn", group.arn())
                .element("CreateDate", group.createDate());
    }
}
