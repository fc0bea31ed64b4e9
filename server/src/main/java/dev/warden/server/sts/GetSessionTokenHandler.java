package dev.warden.server.sts;

import dev.warden.core.error.IamException;
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
import dev.warden.server.query.QueryParameters;
import dev.warden.server.query.ValidationErrors;
import dev.warden.server.xml.XmlResult;
import java.time.Duration;
import java.util.Optional;

/**
 * STS GetSessionToken (iam-semantics.md §6.6): temporary credentials for the IAM user that signed
 * with a long-term key, 900 to 129,600 seconds (default 43,200). The session has the user's
 * permissions and no session policy. With {@code SerialNumber} and {@code TokenCode} of the user's
 * enabled MFA device ({@link MfaCodeCheck}) the session is MFA-authenticated: it may call IAM, and
 * policies see {@code aws:MultiFactorAuthPresent = true}.
 */
public final class GetSessionTokenHandler implements QueryHandler<WardenPrincipal> {

    public static final String ACTION = "GetSessionToken";
    static final String SESSION_CREDENTIALS = "Cannot call GetSessionToken with session credentials";

    private final SessionTokenService sessions;
    private final MfaCodeCheck mfa;

    public GetSessionTokenHandler(SessionTokenService sessions, MfaCodeCheck mfa) {
        this.sessions = sessions;
        this.mfa = mfa;
    }

    @Override
    public XmlResult handle(QueryCall<WardenPrincipal> call) {
        QueryParameters params = call.params();
        ValidationErrors errors = new ValidationErrors();
        Optional<Integer> requested = params.optionalInt("DurationSeconds");
        requested.ifPresent(d -> errors.range("durationSeconds", d, 900, StsInputRules.MAX_USER_SESSION_TOKEN_DURATION));
        Optional<String> serialNumber = params.optionalString("SerialNumber");
        serialNumber.ifPresent(s -> errors.length("serialNumber", s, 9, 256)
                .pattern("serialNumber", s, StsParameterRules.SERIAL_NUMBER));
        Optional<String> tokenCode = params.optionalString("TokenCode");
        tokenCode.ifPresent(t -> errors.length("tokenCode", t, 6, 6).pattern("tokenCode", t, StsParameterRules.TOKEN_CODE));
        errors.throwIfAny();

        WardenPrincipal caller = call.requireCaller().principal();
        if (caller.temporary()) {
            throw new AwsError(AwsErrorCode.ACCESS_DENIED, SESSION_CREDENTIALS);
        }
        if (caller.caller().type() != CallerType.USER || caller.userName().isEmpty()) {
            throw new AwsError(AwsErrorCode.ACCESS_DENIED, SESSION_CREDENTIALS);
        }
        boolean mfaAuthenticated = mfa.verified(caller, serialNumber, tokenCode);
        Duration duration;
        try {
            duration = StsInputRules.sessionTokenDuration(requested.orElse(null), false);
        } catch (IamException e) {
            throw CoreErrors.toAwsError(e);
        }
        String userId = caller.caller().uniqueId().orElseThrow();
        SessionPrincipal.IamUser principal =
                new SessionPrincipal.IamUser(userId, caller.caller().arn(), caller.userName().get());
        IssuedSession session = sessions.issue(new SessionGrant(caller.accountId(), principal, duration, null,
                java.util.List.of(), java.util.List.of(), java.util.List.of(), null, false, mfaAuthenticated));
        return xml -> CredentialsXml.write(xml, session);
    }
}
