package dev.warden.server.sts;

import dev.warden.core.error.IamException;
import dev.warden.core.iam.Iam;
import dev.warden.core.model.Role;
import dev.warden.core.model.Tag;
import dev.warden.core.sts.IssuedSession;
import dev.warden.core.sts.SessionClaims;
import dev.warden.core.sts.SessionGrant;
import dev.warden.core.sts.SessionPrincipal;
import dev.warden.core.sts.SessionTokenService;
import dev.warden.core.sts.StsInputRules;
import dev.warden.server.QueryCall;
import dev.warden.server.QueryHandler;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.xml.XmlResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * STS AssumeRole (iam-semantics.md §6.2-6.4). Authorization (the role's trust policy, TagSession,
 * SetSourceIdentity) happens before, in the request authorizer; this handler checks what depends
 * on the role and the calling session (MaxSessionDuration, the 1-hour cap for callers with temporary
 * credentials, transitive tags, session policies and their packed size) and issues sealed temporary
 * credentials.
 */
public final class AssumeRoleHandler implements QueryHandler<WardenPrincipal> {

    public static final String ACTION = "AssumeRole";

    private final Function<String, Optional<Role>> rolesByArn;
    private final SessionTokenService sessions;
    private final Function<String, Optional<String>> managedPolicyDocuments;
    private final MfaCodeCheck mfa;

    /** @param managedPolicyDocuments the default document of a managed policy ARN, empty if none */
    public AssumeRoleHandler(Iam iam, SessionTokenService sessions,
            Function<String, Optional<String>> managedPolicyDocuments) {
        this(iam, iam.roles()::findRoleByArn, sessions, managedPolicyDocuments);
    }

    /**
     * @param rolesByArn the role with an ARN (e.g. the cache the trust decision used)
     * @param managedPolicyDocuments the default document of a managed policy ARN, empty if none
     */
    public AssumeRoleHandler(Iam iam, Function<String, Optional<Role>> rolesByArn, SessionTokenService sessions,
            Function<String, Optional<String>> managedPolicyDocuments) {
        this.rolesByArn = rolesByArn;
        this.sessions = sessions;
        this.managedPolicyDocuments = managedPolicyDocuments;
        this.mfa = new MfaCodeCheck(iam.mfaDevices());
    }

    @Override
    public XmlResult handle(QueryCall<WardenPrincipal> call) {
        AssumeRoleRequest request = AssumeRoleRequest.parse(call.params());
        WardenPrincipal caller = call.requireCaller().principal();
        Role role = rolesByArn.apply(request.roleArn()).orElseThrow(() -> new AwsError(
                AwsErrorCode.ACCESS_DENIED, "User: " + caller.caller().arn()
                        + " is not authorized to perform: sts:AssumeRole on resource: " + request.roleArn()));
        Optional<SessionClaims> callerSession = caller.session();
        // AWS applies the one-hour role-chaining cap to GetSessionToken credentials as well (AWS Knowledge
        // Center "iam-role-chaining-limit"); federated users cannot call AssumeRole at all.
        boolean chaining = callerSession.map(c -> c.principal() instanceof SessionPrincipal.AssumedRole
                || c.principal() instanceof SessionPrincipal.IamUser).orElse(false);
        boolean mfaAuthenticated = mfa.verified(caller, request.serialNumber(), request.tokenCode());

        Duration duration;
        List<Tag> tags;
        String sourceIdentity;
        try {
            duration = StsInputRules.assumeRoleDuration(request.durationSeconds().orElse(null),
                    role.maxSessionDuration(), chaining);
            List<Tag> inherited = callerSession.map(SessionClaims::transitiveTags).orElse(List.of());
            tags = StsInputRules.sessionTags(request.tags(), request.transitiveTagKeys(), inherited);
            sourceIdentity = StsInputRules.sourceIdentity(request.sourceIdentity()
                    .orElse(callerSession.map(SessionClaims::sourceIdentity).orElse(null)));
        } catch (IamException e) {
            throw CoreErrors.toAwsError(e);
        }
        Optional<Integer> packedPercent = SessionPolicyCheck.check(request.policy(), request.policyArns(),
                request.tags(), managedPolicyDocuments);

        SessionPrincipal.AssumedRole principal = new SessionPrincipal.AssumedRole(role.roleId(), role.arn(),
                role.roleName(), request.roleSessionName());
        SessionGrant grant = new SessionGrant(role.accountId(), principal, duration, request.policy().orElse(null),
                request.policyArns(), tags, transitiveKeys(callerSession, request), sourceIdentity, chaining, mfaAuthenticated);
        IssuedSession session = sessions.issue(grant);
        String account = role.accountId();
        Optional<String> shownSourceIdentity = Optional.ofNullable(sourceIdentity);
        return xml -> {
            CredentialsXml.write(xml, session);
            AssumedRoleUserXml.write(xml, principal, account);
            packedPercent.ifPresent(percent -> xml.element("PackedPolicySize", percent));
            xml.optionalElement("SourceIdentity", shownSourceIdentity);
        };
    }

    /** Inherited transitive keys stay transitive; the request may add more. */
    private static List<String> transitiveKeys(Optional<SessionClaims> callerSession, AssumeRoleRequest request) {
        Set<String> keys = new LinkedHashSet<>();
        callerSession.ifPresent(claims -> claims.transitiveTags().forEach(tag -> keys.add(tag.key())));
        keys.addAll(request.transitiveTagKeys());
        return new ArrayList<>(keys);
    }
}
