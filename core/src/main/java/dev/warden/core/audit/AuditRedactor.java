package dev.warden.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
            "authenticationcode2", "base32stringseed", "qrcodepng",
            "servicepassword", "servicecredentialsecret", "tradeintoken");

    private AuditRedactor() {
    }

    /**
     * A redacted deep copy when the tree holds a secret member, otherwise the tree itself (callers hand
     * their trees over to the log and do not change them afterwards; most records hold no secret, and
     * copying every tree of every record was a visible share of an audited call's allocations); null
     * stays null. The given tree is never changed.
     */
    public static JsonNode redact(JsonNode node) {
        if (node == null || !holdsSecret(node)) {
            return node;
        }
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static boolean holdsSecret(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> members = object.fields();
            while (members.hasNext()) {
                Map.Entry<String, JsonNode> member = members.next();
                if (isSecretMember(member.getKey()) || holdsSecret(member.getValue())) {
                    return true;
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (JsonNode item : array) {
                if (holdsSecret(item)) {
                    return true;
                }
            }
        }
        return false;
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
