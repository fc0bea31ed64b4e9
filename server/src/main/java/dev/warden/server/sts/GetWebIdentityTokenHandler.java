package dev.warden.server.sts;

import dev.warden.core.iam.OutboundSigningKeys;
import dev.warden.core.model.Tag;
import dev.warden.core.sts.SessionClaims;
import dev.warden.server.QueryCall;
import dev.warden.server.QueryHandler;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.oidc.OutboundIssuer;
import dev.warden.server.oidc.OutboundTokenContent;
import dev.warden.server.oidc.OutboundTokenSigner;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.xml.XmlResult;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * STS GetWebIdentityToken: a JWT that names the caller, for services outside AWS that trust the
 * account's issuer (outbound web identity federation, enabled through IAM). Claims as
 * {@link OutboundTokenContent}; signed with the account's key for the requested algorithm; valid for
 * DurationSeconds from now. Refused with {@code OutboundWebIdentityFederationDisabledException} while
 * the feature is disabled, and with {@code SessionDurationEscalationException} when the token would
 * outlive the caller's session. Permission ({@code sts:GetWebIdentityToken}, and
 * {@code sts:TagGetWebIdentityToken} with tags) is checked by the authorizer before this runs.
 */
public final class GetWebIdentityTokenHandler implements QueryHandler<WardenPrincipal> {

    public static final String ACTION = "GetWebIdentityToken";
    static final String DISABLED = "Outbound web identity federation is not enabled for this account.";
    static final String ESCALATION =
            "The requested token duration would extend the session beyond its original expiration time.";

    private final Supplier<Optional<OutboundSigningKeys>> signingKeys;
    private final OutboundIssuer issuer;
    private final Function<WardenPrincipal, List<Tag>> principalTags;

    /**
     * @param signingKeys the account's keys while the feature is enabled
     * @param principalTags the caller's principal tags (user or role tags, session tags)
     */
    public GetWebIdentityTokenHandler(Supplier<Optional<OutboundSigningKeys>> signingKeys, OutboundIssuer issuer,
            Function<WardenPrincipal, List<Tag>> principalTags) {
        this.signingKeys = signingKeys;
        this.issuer = issuer;
        this.principalTags = principalTags;
    }

    @Override
    public XmlResult handle(QueryCall<WardenPrincipal> call) {
        GetWebIdentityTokenRequest request = GetWebIdentityTokenRequest.parse(call.params());
        WardenPrincipal caller = call.requireCaller().principal();
        OutboundSigningKeys keys = signingKeys.get()
                .orElseThrow(() -> new AwsError(AwsErrorCode.OUTBOUND_WEB_IDENTITY_FEDERATION_DISABLED, DISABLED));
        Instant issuedAt = call.receivedAt().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(request.duration());
        Optional<Instant> sessionEnd = caller.session().map(SessionClaims::expiresAt);
        if (sessionEnd.isPresent() && expiresAt.isAfter(sessionEnd.get())) {
            throw new AwsError(AwsErrorCode.SESSION_DURATION_ESCALATION, ESCALATION);
        }
        OutboundTokenContent content = new OutboundTokenContent(issuer.url(keys.issuerId()),
                caller.caller().principalArn(), request.audiences(), issuedAt, expiresAt, UUID.randomUUID().toString(),
                caller.accountId(), sourceRegion(call), principalTags.apply(caller),
                request.tags());
        String token = OutboundTokenSigner.sign(content, request.algorithm(), keys);
        return xml -> xml.element("WebIdentityToken", token).element("Expiration", expiresAt);
    }

    /** The region the request was signed for; a client on the global endpoint signs for us-east-1 or aws-global. */
    private static String sourceRegion(QueryCall<WardenPrincipal> call) {
        String region = call.requireCaller().scope().region();
        return region.equals("aws-global") ? "us-east-1" : region;
    }
}
