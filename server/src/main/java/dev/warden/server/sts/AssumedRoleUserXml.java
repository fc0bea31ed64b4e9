package dev.warden.server.sts;

import dev.warden.core.sts.SessionPrincipal;
import dev.warden.server.xml.XmlWriter;

/** The {@code AssumedRoleUser} element of the AssumeRole* results: the session's role id and ARN. */
final class AssumedRoleUserXml {

    private AssumedRoleUserXml() {}

    static void write(XmlWriter xml, SessionPrincipal.AssumedRole principal, String account) {
        xml.start("AssumedRoleUser")
                .element("AssumedRoleId", principal.userId())
                .element("Arn", principal.arn(account))
                .end();
    }
}
