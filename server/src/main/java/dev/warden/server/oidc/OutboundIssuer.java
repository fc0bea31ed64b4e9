package dev.warden.server.oidc;

import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The issuer URLs of outbound web identity federation. AWS gives each account a host of its own
 * ({@code https://<id>.tokens.sts.global.api.aws}); a self-hosted Warden has one address, so the
 * account's issuer is a path under it: {@code <base>/outbound-identity/<issuer id>}, and the discovery
 * documents AWS names live under that path ({@code /.well-known/openid-configuration},
 * {@code /.well-known/jwks.json}). The base is read on every use because the bound port is known only
 * once the server listens.
 */
public final class OutboundIssuer {

    /** Where issuers live on Warden's server; issuer ids are lowercase hex. */
    public static final String PATH = "/outbound-identity/";
    public static final String DISCOVERY = "/.well-known/openid-configuration";
    public static final String JWKS = "/.well-known/jwks.json";
    static final Pattern ISSUER_ID = Pattern.compile("[0-9a-f]{32}");

    private final Supplier<String> base;

    /** @param base scheme, host and port, without a trailing slash, e.g. {@code http://127.0.0.1:8080} */
    public OutboundIssuer(Supplier<String> base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    public String url(String issuerId) {
        return base.get() + PATH + issuerId;
    }

    public String jwksUrl(String issuerId) {
        return url(issuerId) + JWKS;
    }
}
