package dev.warden.server.iam;

import dev.warden.core.model.User;
import dev.warden.server.xml.XmlWriter;

/**
 * The {@code User} shape, members in the model's order. List operations return a subset: AWS's
 * ListUsers and GetGroup leave out tags and the permissions boundary.
 */
final class UserXml {

    private UserXml() {}

    /** As GetUser and CreateUser return it. */
    static void writeFull(XmlWriter xml, User user) {
        writeSummary(xml, user);
        BoundaryXml.writeIfSet(xml, user.permissionsBoundaryArn());
        TagsXml.writeIfAny(xml, user.tags());
    }

    /** As list operations return it. */
    static void writeSummary(XmlWriter xml, User user) {
        xml.element("Path", user.path())
                .element("UserName", user.userName())
                .element("UserId", user.userId())
                .element("Arn", user.arn())
                .element("CreateDate", user.createDate());
    }
}
