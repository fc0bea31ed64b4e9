package dev.warden.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Removes secret-bearing members from audit JSON, at any depth, whatever their case. The list errs on
 * the side of removing: an audit trail must never become a copy of the credentials it describes.
 */
public final class AuditRedactor {
    private static final Set<String> SECRET_MEMBERS = Set.of(
            "secretaccesskey", "password", "newpassword", "oldpassword", "sessiontoken", "securitytoken",
            "x-amz-security-token", "webidentitytoken", "samlassertion", "tokencode", "privatekey",
            "authorization", "signature", "x-amz-signature", "masterkey", "clientsecret", "authenticationcode1",
            "authenticationcode2", "base32stringseed", "qrcodepng");

    private AuditRedactor() {
    }

    /** A redacted deep copy; null stays null. */
    public static JsonNode redact(JsonNode node) {
        if (node == null) {
            return null;
        }
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    public static boolean isSecretMember(String name) {
        return SECRET_MEMBERS.contains(name.toLowerCase(Locale.ROOT));
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> doomed = new ArrayList<>();
            Iterator<String> names = object.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (isSecretMember(name)) {
                    doomed.add(name);
                } else {
                    strip(object.get(name));
                }
            }
            object.remove(doomed);
        } else if (node instanceof ArrayNode array) {
            array.forEach(AuditRedactor::strip);
        }
    }
}
