package dev.warden.core.iam;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.warden.core.error.IamErrorCode;
import dev.warden.core.error.IamException;
import dev.warden.core.secret.TokenSigningKey;
import dev.warden.core.store.StoredOutboundFederation;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Enable/Disable/GetOutboundWebIdentityFederation(Info), and the keys STS GetWebIdentityToken signs
 * with. The first Enable creates the account's issuer id and two key pairs, one per algorithm AWS
 * allows (RS256: RSA 2048; ES384: EC P-384); the private halves are stored sealed. Disabling keeps
 * issuer and keys: AWS says tokens issued before stay valid, so their verification keys stay published,
 * and enabling again gives the same issuer URL, so trust configured elsewhere keeps working. Keys are
 * not rotated (AWS documents no rotation; a rotation would add a key to the published set first).
 */
public final class OutboundFederationService {
    static final String ALREADY_ENABLED = "Outbound identity federation is already enabled for this account.";
    static final String NOT_ENABLED = "Outbound identity federation is disabled for this account.";
    private static final int RSA_KEY_BITS = 2048;
    private static final int ID_BYTES = 16;

    private final IamContext ctx;

    public OutboundFederationService(IamContext ctx) {
        this.ctx = ctx;
    }

    /** Enables the feature; returns the issuer id. */
    public String enable() {
        Optional<StoredOutboundFederation> current = stored();
        if (current.isPresent() && current.get().enabled()) {
            throw new IamException(IamErrorCode.FEATURE_ENABLED, ALREADY_ENABLED);
        }
        // Keys are made outside the write transaction: RSA key generation takes a while.
        StoredOutboundFederation fresh = current.map(f -> f.withEnabled(true, ctx.now())).orElseGet(this::firstEnable);
        return ctx.store().write(tx -> {
            Optional<StoredOutboundFederation> now = tx.outboundFederation().find(ctx.accountId());
            if (now.isPresent() && now.get().enabled()) {
                throw new IamException(IamErrorCode.FEATURE_ENABLED, ALREADY_ENABLED);
            }
            StoredOutboundFederation enabled = now.map(f -> f.withEnabled(true, ctx.now())).orElse(fresh);
            tx.outboundFederation().put(enabled);
            return enabled.issuerId();
        });
    }

    public void disable() {
        ctx.store().write(tx -> {
            StoredOutboundFederation current = tx.outboundFederation().find(ctx.accountId())
                    .filter(StoredOutboundFederation::enabled)
                    .orElseThrow(OutboundFederationService::disabled);
            tx.outboundFederation().put(current.withEnabled(false, ctx.now()));
            return null;
        });
    }

    /** @throws IamException FeatureDisabled when the feature was never enabled */
    public OutboundFederationState state() {
        StoredOutboundFederation f = stored().orElseThrow(OutboundFederationService::disabled);
        return new OutboundFederationState(f.issuerId(), f.enabled());
    }

    /** The opened signing keys while the feature is enabled; empty when it is not. */
    public Optional<OutboundSigningKeys> signingKeys() {
        return stored().filter(StoredOutboundFederation::enabled).map(f -> new OutboundSigningKeys(f.issuerId(),
                (RSAKey) open(f.sealedRsaKey(), f.rsaKeyId()), (ECKey) open(f.sealedEcKey(), f.ecKeyId())));
    }

    /**
     * The public verification keys of the issuer with this id, enabled or not (tokens issued before a
     * Disable stay verifiable); empty for an unknown issuer.
     */
    public Optional<JWKSet> publicKeys(String issuerId) {
        return ctx.store().read(tx -> tx.outboundFederation().findByIssuerId(issuerId))
                .filter(f -> f.accountId().equals(ctx.accountId()))
                .map(f -> new JWKSet(List.of(open(f.sealedRsaKey(), f.rsaKeyId()).toPublicJWK(),
                        open(f.sealedEcKey(), f.ecKeyId()).toPublicJWK())));
    }

    private Optional<StoredOutboundFederation> stored() {
        return ctx.store().read(tx -> tx.outboundFederation().find(ctx.accountId()));
    }

    private StoredOutboundFederation firstEnable() {
        try {
            RSAKey rsa = new RSAKeyGenerator(RSA_KEY_BITS).keyID(randomId()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).secureRandom(ctx.random()).generate();
            ECKey ec = new ECKeyGenerator(Curve.P_384).keyID(randomId()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES384).secureRandom(ctx.random()).generate();
            return new StoredOutboundFederation(ctx.accountId(), true, randomId(), rsa.getKeyID(), seal(rsa),
                    ec.getKeyID(), seal(ec), ctx.now(), ctx.now());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate token signing keys", e);
        }
    }

    private String seal(JWK key) {
        TokenSigningKey secret = new TokenSigningKey(key.toJSONString().getBytes(StandardCharsets.UTF_8));
        try {
            return ctx.secretCipher().encryptTokenSigningKey(secret, key.getKeyID());
        } finally {
            secret.destroy();
        }
    }

    private JWK open(String sealed, String keyId) {
        TokenSigningKey secret = ctx.secretCipher().decryptTokenSigningKey(sealed, keyId);
        byte[] json = secret.bytes();
        try {
            return JWK.parse(new String(json, StandardCharsets.UTF_8));
        } catch (ParseException e) {
            throw new IllegalStateException("stored signing key " + keyId + " does not parse", e);
        } finally {
            Arrays.fill(json, (byte) 0);
            secret.destroy();
        }
    }

    private String randomId() {
        byte[] bytes = new byte[ID_BYTES];
        ctx.random().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static IamException disabled() {
        return new IamException(IamErrorCode.FEATURE_DISABLED, NOT_ENABLED);
    }
}
