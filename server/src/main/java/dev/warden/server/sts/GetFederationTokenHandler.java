package dev.warden.server.sts;

import dev.warden.core.error.IamException;
import dev.warden.core.model.Tag;
import dev.warden.core.sts.IssuedSession;
import dev.warden.core.sts.SessionGrant;
import dev.warden.core.sts.SessionPrincipal;
import dev.warden.core.sts.SessionTokenService;
import dev.warden.core.sts.StsInputRules;
import dev.warden.policy.eval.CallerType;
import dev.warden.server.QueryCall;
import dev.warden.server.QueryHandler;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.xml.XmlResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * STS GetFederationToken (iam-semantics.md §6.6): temporary credentials for a federated user named
 * by the caller, an IAM user signing with a long-term key. Durations 900 to 129,600 seconds (default
 * 43,200; the root user one hour). The session's permissions are the user's
 * intersected with the session policy passed here; without one the session may do nothing (the
 * engine denies {@code FEDERATED_USER} callers without a session policy), which is why AWS calls the
 * policy effectively mandatory. Permission to call it ({@code sts:GetFederationToken} on
 * {@code arn:aws:sts::ACCT:federated-user/NAME}, plus {@code sts:TagSession} for tags) is checked by
 * the request authorizer.
 */
public final class GetFederationTokenHandler implements QueryHandler<WardenPrincipal> {

    public static final String ACTION = "GetFederationToken";
    static final String SESSION_CREDENTIALS = "Cannot call GetFederationToken with session credentials";

    private final SessionTokenService sessions;
    private final Function<String, Optional<String>> managedPolicyDocuments;

    /** @param managedPolicyDocuments the default document of a managed policy ARN, empty if none */
    public GetFederationTokenHandler(SessionTokenService sessions,
            Function<String, Optional<String>> managedPolicyDocuments) {
        this.sessions = sessions;
        this.managedPolicyDocuments = managedPolicyDocuments;
    }

    @Override
    public XmlResult handle(QueryCall<WardenPrincipal> call) {
        GetFederationTokenRequest request = GetFederationTokenRequest.parse(call.params());
        WardenPrincipal caller = call.requireCaller().principal();
        boolean root = caller.caller().type() == CallerType.ROOT;
        if (caller.temporary() || !(root || caller.caller().type() == CallerType.USER)) {
            throw new AwsError(AwsErrorCode.ACCESS_DENIED, SESSION_CREDENTIALS);
        }
        Duration duration;
        List<Tag> tags;
        try {
            duration = duration(request.durationSeconds(), root);
            tags = StsInputRules.sessionTags(request.tags(), List.of(), List.of());
        } catch (IamException e) {
            throw CoreErrors.toAwsError(e);
        }
        // AWS reports 0 when nothing was passed, where AssumeRole leaves the element out.
        int packedPercent = SessionPolicyCheck.check(request.policy(), request.policyArns(), tags,
                managedPolicyDocuments).orElse(0);

        String account = caller.accountId();
        SessionPrincipal.FederatedUser principal = new SessionPrincipal.FederatedUser(account, request.name(),
                caller.caller().uniqueId().orElse(account), caller.caller().arn());
        IssuedSession session = sessions.issue(new SessionGrant(account, principal, duration,
                request.policy().orElse(null), request.policyArns(), tags, List.of(), null, false, false));
        return xml -> {
            CredentialsXml.write(xml, session);
            xml.start("FederatedUser")
                    .element("FederatedUserId", principal.userId())
                    .element("Arn", principal.arn(account))
                    .end();
            xml.element("PackedPolicySize", packedPercent);
        };
    }

    /**
     * Users: default 12 hours, at most 36 (the model's range, checked when parsing). The root user:
     * one hour, and a longer request is shortened to one hour rather than refused (STS API
     * reference).
     */
    static Duration duration(Optional<Integer> requested, boolean root) {
        if (root) {
            return Duration.ofSeconds(Math.min(requested.orElse(StsInputRules.MAX_ROOT_SESSION_TOKEN_DURATION),
                    StsInputRules.MAX_ROOT_SESSION_TOKEN_DURATION));
        }
        return Duration.ofSeconds(requested.orElse(StsInputRules.DEFAULT_USER_SESSION_TOKEN_DURATION));
    }
}
