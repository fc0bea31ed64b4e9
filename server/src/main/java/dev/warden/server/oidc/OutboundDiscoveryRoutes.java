package dev.warden.server.oidc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import dev.warden.server.ServerRoutes;
import dev.warden.server.auth.SigV4Verifier;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The public OIDC discovery of outbound web identity federation, unauthenticated as AWS's is: {@code GET
 * <issuer>/.well-known/openid-configuration} (issuer, {@code jwks_uri}, the signing algorithms
 * GetWebIdentityToken allows) and {@code GET <issuer>/.well-known/jwks.json} (the public keys, also
 * after the feature was disabled, so tokens issued before stay verifiable). An unknown issuer is 404.
 */
public final class OutboundDiscoveryRoutes<P> implements ServerRoutes<P> {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> ALGORITHMS = List.of(JWSAlgorithm.RS256.getName(), JWSAlgorithm.ES384.getName());

    private final OutboundIssuer issuer;
    private final Function<String, Optional<JWKSet>> publicKeys;

    /** @param publicKeys the published keys of an issuer id, empty when there is no such issuer */
    public OutboundDiscoveryRoutes(OutboundIssuer issuer, Function<String, Optional<JWKSet>> publicKeys) {
        this.issuer = issuer;
        this.publicKeys = publicKeys;
    }

    @Override
    public void addTo(Javalin app, SigV4Verifier<P> verifier) {
        app.get(OutboundIssuer.PATH + "{issuerId}" + OutboundIssuer.DISCOVERY, ctx -> known(ctx)
                .ifPresent(id -> json(ctx, discovery(id).toString())));
        app.get(OutboundIssuer.PATH + "{issuerId}" + OutboundIssuer.JWKS, ctx -> {
            String id = ctx.pathParam("issuerId");
            Optional<JWKSet> keys = OutboundIssuer.ISSUER_ID.matcher(id).matches() ? publicKeys.apply(id)
                    : Optional.empty();
            if (keys.isEmpty()) {
                notFound(ctx);
            } else {
                // toString() of a JWKSet prints public parameters only.
                json(ctx, keys.get().toPublicJWKSet().toString());
            }
        });
    }

    ObjectNode discovery(String issuerId) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("issuer", issuer.url(issuerId));
        doc.put("jwks_uri", issuer.jwksUrl(issuerId));
        doc.putArray("response_types_supported").add("id_token");
        doc.putArray("subject_types_supported").add("public");
        ALGORITHMS.forEach(doc.putArray("id_token_signing_alg_values_supported")::add);
        List.of("iss", "sub", "aud", "iat", "exp", "jti", OutboundTokenContent.AWS_NAMESPACE)
                .forEach(doc.putArray("claims_supported")::add);
        return doc;
    }

    private Optional<String> known(Context ctx) {
        String id = ctx.pathParam("issuerId");
        if (OutboundIssuer.ISSUER_ID.matcher(id).matches() && publicKeys.apply(id).isPresent()) {
            return Optional.of(id);
        }
        notFound(ctx);
        return Optional.empty();
    }

    private static void json(Context ctx, String body) {
        ctx.contentType("application/json").header("Cache-Control", "max-age=300").result(body);
    }

    private static void notFound(Context ctx) {
        ctx.status(404).contentType("application/json").result("{\"error\":\"no such issuer\"}");
    }
}
