package dev.warden.core.iam;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import dev.warden.core.error.IamException;
import java.text.ParseException;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks a JWKS document an operator supplies as an OIDC issuer's signing keys, with Nimbus'
 * {@link JWKSet#parse}, and returns it reduced to public parameters. Refused: unparsable text, an
 * empty set, key types ID tokens are not signed with here (AWS accepts RS256/384/512 and
 * ES256/384/512, so RSA and EC only), keys marked for encryption, RSA keys under 2,048 bits, two keys
 * with one {@code kid}, and any private or symmetric key material, which has no business in a
 * published key set and would otherwise be stored in clear.
 */
final class JwksDocumentCheck {
    static final int MAX_DOCUMENT_CHARS = 65_536;
    private static final int MIN_RSA_BITS = 2_048;

    private JwksDocumentCheck() {
    }

    static String publicKeySetJson(String document) {
        if (document == null || document.isBlank()) {
            throw invalid("the JWKS document is empty");
        }
        if (document.length() > MAX_DOCUMENT_CHARS) {
            throw invalid("the JWKS document is larger than " + MAX_DOCUMENT_CHARS + " characters");
        }
        JWKSet set;
        try {
            set = JWKSet.parse(document);
        } catch (ParseException e) {
            // The parser's message may quote the document, which could hold key material: not echoed.
            throw invalid("not a JWKS document (a JSON object with a \"keys\" array of JWKs)");
        }
        if (set.getKeys().isEmpty()) {
            throw invalid("the JWKS document holds no keys");
        }
        Set<String> kids = new HashSet<>();
        for (JWK key : set.getKeys()) {
            check(key);
            if (key.getKeyID() != null && !kids.add(key.getKeyID())) {
                throw invalid("two keys have the kid " + key.getKeyID());
            }
        }
        return set.toString(true);
    }

    private static void check(JWK key) {
        String name = key.getKeyID() == null ? "a " + key.getKeyType() + " key" : "key " + key.getKeyID();
        if (!(key instanceof RSAKey) && !(key instanceof ECKey)) {
            throw invalid(name + " has type " + key.getKeyType() + "; ID tokens are verified with RSA or EC keys");
        }
        if (key.isPrivate()) {
            throw invalid(name + " holds private key material; supply the issuer's public keys only");
        }
        if (key.getKeyUse() != null && !KeyUse.SIGNATURE.equals(key.getKeyUse())) {
            throw invalid(name + " is for use " + key.getKeyUse().identifier() + ", not sig");
        }
        if (key instanceof RSAKey rsa && rsa.size() < MIN_RSA_BITS) {
            throw invalid(name + " has " + rsa.size() + " bits; RSA signing keys need at least " + MIN_RSA_BITS);
        }
    }

    private static IamException invalid(String why) {
        return IamException.invalidInput("Invalid signing keys: " + why + ".");
    }
}
