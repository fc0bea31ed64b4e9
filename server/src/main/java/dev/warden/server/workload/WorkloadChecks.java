package dev.warden.server.workload;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.core.iam.Iam;
import dev.warden.core.model.Role;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.eval.AuthorizationRequest;
import dev.warden.policy.eval.Authorizer;
import dev.warden.policy.eval.Caller;
import dev.warden.policy.eval.CallerContext;
import dev.warden.policy.eval.CompiledPolicy;
import dev.warden.policy.eval.Decision;
import dev.warden.policy.eval.DecisionJson;
import dev.warden.policy.eval.PolicySet;
import dev.warden.policy.eval.PolicyType;
import dev.warden.server.AuthorizationDecision;
import dev.warden.server.QueryCall;
import dev.warden.server.RequestAuthorizer;
import dev.warden.server.authz.CompiledPrincipal;
import dev.warden.server.authz.PolicyDocuments;
import dev.warden.server.authz.PrincipalPolicyCache;
import dev.warden.server.authz.RequestKeys;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.query.QueryParameters;
import dev.warden.server.query.QueryService;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a workload may have its role's sessions, as AWS decides when a service is handed a
 * role, and names the check that failed:
 *
 * <ul>
 *   <li>with a service: the launcher needs {@code iam:PassRole} on the role, with
 *       {@code iam:PassedToService} = the service principal and {@code iam:AssociatedResourceArn} = the
 *       workload's ARN in that service; then the role's trust policy must allow the service principal
 *       {@code sts:AssumeRole}, with {@code aws:SourceAccount} and {@code aws:SourceArn} set, so
 *       confused-deputy conditions work;
 *   <li>without one: the launcher assumes the role itself, decided exactly like an STS AssumeRole call
 *       (trust policy, the launcher's own policies, role chaining).
 * </ul>
 *
 * <p>Run at registration and again before every new session is minted, so removing the trust or the
 * permission stops a running workload at its next refresh.
 */
public final class WorkloadChecks {

    static final String PASS_ROLE = "iam:PassRole";
    static final String ASSUME_ROLE = "sts:AssumeRole";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Iam iam;
    private final PrincipalPolicyCache policies;
    private final PolicyDocuments documents;
    private final Authorizer engine;
    private final RequestAuthorizer<WardenPrincipal> stsAuthorizer;

    /** @param stsAuthorizer the server's authorizer of STS calls, for the launcher's own AssumeRole */
    public WorkloadChecks(Iam iam, PrincipalPolicyCache policies, PolicyDocuments documents, Authorizer engine,
            RequestAuthorizer<WardenPrincipal> stsAuthorizer) {
        this.iam = iam;
        this.policies = policies;
        this.documents = documents;
        this.engine = engine;
        this.stsAuthorizer = stsAuthorizer;
    }

    public AuthorizationDecision authorize(Workload workload, Instant now) {
        Optional<Role> role = iam.roles().findRoleByArn(workload.roleArn());
        if (role.isEmpty()) {
            String message = "Check failed: role. The role " + workload.roleArn() + " no longer exists.";
            return new AuthorizationDecision.Deny(message);
        }
        if (workload.service().isEmpty()) {
            return launcherAssumesRole(workload, now);
        }
        ArrayNode decisions = JSON.createArrayNode();
        AuthorizationDecision passRole = passRole(workload, now, decisions);
        if (passRole instanceof AuthorizationDecision.Deny) {
            return passRole;
        }
        return serviceTrust(workload, role.get(), now, decisions);
    }

    private AuthorizationDecision launcherAssumesRole(Workload workload, Instant now) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("Action", "AssumeRole");
        params.put("Version", QueryService.STS.version());
        params.put("RoleArn", workload.roleArn());
        params.put("RoleSessionName", workload.sessionName());
        params.put("DurationSeconds", Long.toString(workload.sessionDuration().toSeconds()));
        QueryCall<WardenPrincipal> call = new QueryCall<>("workload-" + workload.id(), QueryService.STS, "AssumeRole",
                QueryParameters.of(params), Optional.of(workload.launcher()), now, workload.sourceIp(),
                workload.userAgent(), false);
        AuthorizationDecision decision = stsAuthorizer.authorize(call);
        if (decision instanceof AuthorizationDecision.Deny deny) {
            return new AuthorizationDecision.Deny("Check failed: sts:AssumeRole by the caller (the role's trust policy"
                    + " and the caller's own policies, as for STS AssumeRole). " + deny.message(), deny.explanation());
        }
        return decision;
    }

    private AuthorizationDecision passRole(Workload workload, Instant now, ArrayNode decisions) {
        WardenPrincipal launcher = workload.launcher().principal();
        CompiledPrincipal compiled = policies.get(launcher);
        QueryCall<WardenPrincipal> call = new QueryCall<>("workload-" + workload.id(), QueryService.IAM, "PassRole",
                QueryParameters.of(Map.of()), Optional.of(workload.launcher()), now, workload.sourceIp(),
                workload.userAgent(), false);
        RequestContext.Builder keys = RequestKeys.forCall(call, compiled.principalTags());
        ServicePrincipal service = workload.service().orElseThrow();
        keys.put("iam:PassedToService", service.name());
        workload.sourceArn().ifPresent(arn -> keys.put("iam:AssociatedResourceArn", arn));
        Decision decision = engine.authorize(compiled.policySet(), new AuthorizationRequest(launcher.caller(), PASS_ROLE,
                workload.roleArn(), Optional.empty(), keys.build()));
        decisions.add(DecisionJson.toJson(decision));
        if (!decision.allowed()) {
            String message = "Check failed: iam:PassRole. The caller may not pass the role to " + service.name()
                    + " (iam:PassedToService=" + service.name() + "). " + decision.accessDeniedMessage().orElseThrow();
            return new AuthorizationDecision.Deny(message, wrap(decisions));
        }
        return new AuthorizationDecision.Allow(wrap(decisions));
    }

    private AuthorizationDecision serviceTrust(Workload workload, Role role, Instant now, ArrayNode decisions) {
        ServicePrincipal service = workload.service().orElseThrow();
        Caller serviceCaller = Caller.service(service.name());
        CompiledPolicy trust = documents.compileStored(role.assumeRolePolicyDocument(), PolicyKind.TRUST, role.arn(),
                PolicyType.RESOURCE);
        PolicySet policySet = PolicySet.builder().resource(trust).resourcePolicyRequired(true).build();
        RequestContext.Builder keys = CallerContext.derive(serviceCaller, now).toBuilder();
        keys.put("aws:SourceAccount", workload.accountId());
        String sourceArn = workload.sourceArn().orElseThrow();
        keys.put("aws:SourceArn", sourceArn);
        keys.put("aws:RequestedRegion", workload.region());
        keys.put("sts:RoleSessionName", workload.sessionName());
        Decision decision = engine.authorize(policySet, new AuthorizationRequest(serviceCaller, ASSUME_ROLE, role.arn(),
                Optional.of(role.accountId()), keys.build()));
        decisions.add(DecisionJson.toJson(decision));
        if (!decision.allowed()) {
            String message = "Check failed: trust policy. The trust policy of role " + role.arn()
                    + " does not allow the service principal " + service.name() + " to perform sts:AssumeRole"
                    + " (aws:SourceAccount=" + workload.accountId() + ", aws:SourceArn=" + sourceArn + ").";
            return new AuthorizationDecision.Deny(message, wrap(decisions));
        }
        return new AuthorizationDecision.Allow(wrap(decisions));
    }

    private static ObjectNode wrap(ArrayNode decisions) {
        ObjectNode node = JSON.createObjectNode();
        node.set("decisions", decisions);
        return node;
    }
}
