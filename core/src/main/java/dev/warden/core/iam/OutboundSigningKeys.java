package dev.warden.core.iam;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.util.Objects;

/**
 * The account's opened token signing keys, for one GetWebIdentityToken call: hands out signers and key
 * ids, never the private keys themselves, and prints nothing secret (a JWK's own toString would print
 * its private parameters).
 */
public final class OutboundSigningKeys {
    private final String issuerId;
    private final RSAKey rsa;
    private final ECKey ec;

    OutboundSigningKeys(String issuerId, RSAKey rsa, ECKey ec) {
        this.issuerId = Objects.requireNonNull(issuerId, "issuerId");
        this.rsa = Objects.requireNonNull(rsa, "rsa");
        this.ec = Objects.requireNonNull(ec, "ec");
    }

    public String issuerId() {
        return issuerId;
    }

    /** The key id ({@code kid}) of the key that signs with {@code algorithm}. */
    public String keyId(JWSAlgorithm algorithm) {
        return key(algorithm).getKeyID();
    }

    public JWSSigner signer(JWSAlgorithm algorithm) {
        try {
            JWK key = key(algorithm);
            return key instanceof RSAKey rsaKey ? new RSASSASigner(rsaKey) : new ECDSASigner((ECKey) key);
        } catch (JOSEException e) {
            throw new IllegalStateException("stored signing key cannot sign " + algorithm, e);
        }
    }

    private JWK key(JWSAlgorithm algorithm) {
        if (algorithm.equals(JWSAlgorithm.RS256)) {
            return rsa;
        }
        if (algorithm.equals(JWSAlgorithm.ES384)) {
            return ec;
        }
        throw new IllegalArgumentException("no signing key for " + algorithm);
    }

    @Override
    public String toString() {
        return "OutboundSigningKeys[issuer=" + issuerId + ", kids=" + rsa.getKeyID() + "," + ec.getKeyID() + ", ****]";
    }
}
