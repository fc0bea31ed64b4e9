package dev.warden.server.iam;

import dev.warden.core.model.RoleLastUsed;
import dev.warden.server.xml.XmlWriter;
import java.util.Optional;

/**
 * The {@code RoleLastUsed} structure of GetRole and GetAccountAuthorizationDetails, members in the
 * model's order (LastUsedDate, Region); empty for a role never used, as AWS sends it.
 */
final class RoleLastUsedXml {

    private RoleLastUsedXml() {}

    static void write(XmlWriter xml, Optional<RoleLastUsed> lastUsed) {
        xml.start("RoleLastUsed");
        lastUsed.ifPresent(used -> {
            xml.element("LastUsedDate", used.date());
            if (used.region() != null) {
                xml.element("Region", used.region());
            }
        });
        xml.end();
    }
}
