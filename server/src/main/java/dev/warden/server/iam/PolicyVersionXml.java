package dev.warden.server.iam;

import dev.warden.core.model.PolicyVersion;
import dev.warden.server.xml.PolicyDocumentEncoding;
import dev.warden.server.xml.XmlWriter;

/**
 * The {@code PolicyVersion} shape. Only GetPolicyVersion carries the (URL-encoded) document;
 * CreatePolicyVersion and ListPolicyVersions leave it out, as AWS does.
 */
final class PolicyVersionXml {

    private PolicyVersionXml() {}

    static void writeWithDocument(XmlWriter xml, PolicyVersion version) {
        xml.element("Document", PolicyDocumentEncoding.encode(version.document()));
        writeSummary(xml, version);
    }

    static void writeSummary(XmlWriter xml, PolicyVersion version) {
        xml.element("VersionId", version.versionId())
                .element("IsDefaultVersion", version.defaultVersion())
                .element("CreateDate", version.createDate());
    }
}
