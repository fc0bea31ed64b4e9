package dev.warden.server.iam;

import dev.warden.server.xml.XmlWriter;

/** The {@code AttachedPermissionsBoundary} shape of users and roles. */
final class BoundaryXml {

    static final String TYPE = "PermissionsBoundaryPolicy";

    private BoundaryXml() {}

    /** Writes nothing when {@code arn} is null (no boundary set). */
    static void writeIfSet(XmlWriter xml, String arn) {
        if (arn != null) {
            xml.start("PermissionsBoundary")
                    .element("PermissionsBoundaryType", TYPE)
                    .element("PermissionsBoundaryArn", arn)
                    .end();
        }
    }
}
