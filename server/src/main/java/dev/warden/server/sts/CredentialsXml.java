package dev.warden.server.sts;

import dev.warden.core.sts.IssuedSession;
import dev.warden.server.xml.XmlWriter;

/** The {@code Credentials} element of AssumeRole* and GetSessionToken results, in the model's order. */
final class CredentialsXml {

    private CredentialsXml() {}

    static void write(XmlWriter xml, IssuedSession session) {
        xml.start("Credentials")
                .element("AccessKeyId", session.accessKeyId())
                .element("SecretAccessKey", session.secretAccessKey().reveal())
                .element("SessionToken", session.sessionToken())
                .element("Expiration", session.expiration())
                .end();
    }
}
