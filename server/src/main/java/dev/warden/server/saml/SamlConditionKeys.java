package dev.warden.server.saml;

import dev.warden.policy.context.ContextValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code saml:*} condition keys of a verified response (IAM User Guide, "Configure SAML
 * assertions for the authentication response", mapping of SAML attributes to trust policy context
 * keys): {@code saml:aud} (the Recipient), {@code saml:iss}, {@code saml:sub}, {@code saml:sub_type},
 * {@code saml:namequalifier}, {@code saml:doc} ({@code ACCOUNT/PROVIDER-NAME}), and the keys of the
 * eduPerson / X.500 attributes, named by their OIDs in the assertion.
 */
public final class SamlConditionKeys {

    /** Attribute name (OID URN) to key; the eduPerson schema's multivalued attributes are lists. */
    static final Map<String, String> ATTRIBUTE_KEYS = Map.ofEntries(
            Map.entry("urn:oid:1.3.6.1.4.1.5923.1.1.1.1", "saml:edupersonaffiliation"),
            Map.entry("urn:oid:1.3.6.1.4.1.5923.1.1.1.2", "saml:edupersonnickname"),
            Map.entry("urn:oid:1.3.6.1.4.1.5923.1.1.1.3", "saml:edupersonorgdn"),
            Map.entry("urn:oid:1.3.6.1.4.1.5923.1.1.1.4", "saml:edupersonorgunitdn"),
            Map.entry("urn:oid:1.3.6.1.4.1.5923.1.1.1.5", "saml:edupersonprimaryaffiliation"),
            Map.entry("urn:oid:1.3.6.1.4.1.5923.1.1.1.6", "saml:edupersonprincipalname"),
            Map.entry("urn:oid:1.3.6.1.4.1.5923.1.1.1.7", "saml:edupersonentitlement"),
            Map.entry("urn:oid:1.3.6.1.4.1.5923.1.1.1.8", "saml:edupersonprimaryorgunitdn"),
            Map.entry("urn:oid:1.3.6.1.4.1.5923.1.1.1.9", "saml:edupersonscopedaffiliation"),
            Map.entry("urn:oid:1.3.6.1.4.1.5923.1.1.1.10", "saml:edupersontargetedid"),
            Map.entry("urn:oid:1.3.6.1.4.1.5923.1.1.1.11", "saml:edupersonassurance"),
            Map.entry("urn:oid:2.5.4.3", "saml:cn"),
            Map.entry("urn:oid:2.5.4.4", "saml:sn"),
            Map.entry("urn:oid:2.5.4.42", "saml:givenName"),
            Map.entry("urn:oid:0.9.2342.19200300.100.1.1", "saml:uid"),
            Map.entry("urn:oid:0.9.2342.19200300.100.1.3", "saml:mail"));

    static final Set<String> MULTIVALUED = Set.of("saml:edupersonaffiliation", "saml:edupersonnickname",
            "saml:edupersonorgunitdn", "saml:edupersonentitlement", "saml:edupersonscopedaffiliation",
            "saml:edupersontargetedid", "saml:edupersonassurance");

    private SamlConditionKeys() {}

    /**
     * AWS's NameQualifier: {@code BASE64(SHA1(issuer + accountId + "/" + providerName))}; with the
     * subject it identifies a user. SHA-1 here names, it does not protect.
     */
    public static String nameQualifier(String issuer, String accountId, String providerName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((issuer + accountId + "/" + providerName).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }

    /** {@code persistent} and {@code transient} by their short names; any other Format as given. */
    static String subjectType(String format) {
        return switch (format) {
            case "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent" -> "persistent";
            case "urn:oasis:names:tc:SAML:2.0:nameid-format:transient" -> "transient";
            case "" -> "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified";
            default -> format;
        };
    }

    static Map<String, List<String>> of(String recipient, String issuer, String subject, String subjectType,
            String nameQualifier, String accountId, String providerName, Map<String, List<String>> attributes) {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        keys.put("saml:aud", List.of(recipient));
        keys.put("saml:iss", List.of(issuer));
        keys.put("saml:sub", List.of(subject));
        keys.put("saml:sub_type", List.of(subjectType));
        keys.put("saml:namequalifier", List.of(nameQualifier));
        keys.put("saml:doc", List.of(accountId + "/" + providerName));
        attributes.forEach((name, values) -> {
            String key = ATTRIBUTE_KEYS.get(name);
            if (key != null && !values.isEmpty()) {
                keys.put(key, List.copyOf(values));
            }
        });
        return keys;
    }

    /** The engine's value of a key: multivalued attributes are lists, every other key one string. */
    public static ContextValue toContextValue(String key, List<String> values) {
        return MULTIVALUED.contains(key) || values.size() != 1 ? ContextValue.strings(values)
                : ContextValue.string(values.get(0));
    }
}
