package dev.warden.server.oidc;

import dev.warden.policy.eval.Caller;
import dev.warden.policy.eval.CallerType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A web identity token whose signature, issuer, audience and lifetime were verified.
 *
 * @param audience the client id the token was accepted for ({@code aud}, or {@code azp})
 * @param conditionKeys the provider's condition keys from the token's claims ({@link WebIdentityConditionKeys})
 * @param session the session tags, transitive tag keys and source identity the token asks for
 */
public record VerifiedWebIdentity(OidcProvider provider, String subject, String audience,
        Map<String, List<String>> conditionKeys, WebIdentitySessionClaims session) {

    public VerifiedWebIdentity {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(audience, "audience");
        conditionKeys = Map.copyOf(conditionKeys);
        Objects.requireNonNull(session, "session");
    }

    /**
     * The caller a role's trust policy sees: the provider, as a {@code Federated} principal names it
     * ({@code arn:aws:iam::ACCT:oidc-provider/HOST}).
     */
    public Caller caller() {
        return new Caller(CallerType.WEB_IDENTITY, Optional.empty(), provider.arn(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** CloudTrail's principal id for a web identity user: {@code PROVIDER_ARN:AUDIENCE:SUBJECT}. */
    public String principalId() {
        return provider.arn() + ":" + audience + ":" + subject;
    }
}
