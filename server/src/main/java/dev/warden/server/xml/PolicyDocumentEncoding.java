package dev.warden.server.xml;

import dev.warden.server.encoding.PercentEncoding;

/**
 * IAM returns policy documents (GetRolePolicy {@code PolicyDocument}, GetPolicyVersion
 * {@code Document}, Role {@code AssumeRolePolicyDocument}, …) URL-encoded per RFC 3986; the CLI
 * decodes them, the Java and JS SDKs hand the encoded string to the user (wire-protocol.md §3).
 */
public final class PolicyDocumentEncoding {

    private PolicyDocumentEncoding() {}

    /** Encodes every byte except {@code A-Z a-z 0-9 - _ . ~}; a space becomes {@code %20}. */
    public static String encode(String policyJson) {
        return PercentEncoding.encode(policyJson);
    }
}
