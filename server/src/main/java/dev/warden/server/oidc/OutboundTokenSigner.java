package dev.warden.server.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.SignedJWT;
import dev.warden.core.iam.OutboundSigningKeys;

/** Signs a GetWebIdentityToken token with the account's key for the requested algorithm, naming it by kid. */
public final class OutboundTokenSigner {

    private OutboundTokenSigner() {}

    public static String sign(OutboundTokenContent content, JWSAlgorithm algorithm, OutboundSigningKeys keys) {
        JWSHeader header = new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).keyID(keys.keyId(algorithm))
                .build();
        SignedJWT jwt = new SignedJWT(header, content.claims());
        try {
            jwt.sign(keys.signer(algorithm));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a web identity token with " + algorithm, e);
        }
        return jwt.serialize();
    }
}
