package dev.warden.server.iam;

import dev.warden.catalog.ManagedPolicies;
import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.eval.Caller;
import dev.warden.policy.eval.PolicyType;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.xml.XmlResult;
import java.util.List;

/**
 * The policy simulator (iam-semantics.md §10): SimulatePrincipalPolicy, SimulateCustomPolicy and
 * GetContextKeysFor{Principal,Custom}Policy. Decisions come from the policy engine's authorizer.
 *
 * <p>Policies given in the request are named {@code PolicyInputList.N},
 * {@code PermissionsBoundaryPolicyInputList.N} and {@code ResourcePolicy}, with the source types AWS
 * reports for them ({@code IAM Policy}, {@code Permissions Boundary Policy}, {@code Resource Policy}).
 * A permissions boundary given in the request replaces the entity's own.
 */
final class SimulationActions {

    private static final int MAX_BOUNDARIES = 1;

    private SimulationActions() {}

    static void register(ActionTable table, IamApiContext context) {
        EnginePolicyDocumentCheck parser = new EnginePolicyDocumentCheck(context.iam().context().quotas());
        PrincipalPolicySource principals = new PrincipalPolicySource(context.iam(), parser, ManagedPolicies.get());
        String account = context.accountId();

        table.add("SimulatePrincipalPolicy", r -> {
            PrincipalPolicySource.Entity entity = principals.entity(r.required("PolicySourceArn"));
            SimulationInput input = SimulationInput.read(r);
            SimulatedPolicies policies = new SimulatedPolicies();
            List<String> boundaries = boundaries(r);
            principals.addTo((document, type, source, origin) -> policies.add(document, type, source), entity,
                    boundaries.isEmpty());
            addInputs(policies, parser, r.strings("PolicyInputList"), boundaries, input);
            if (input.resourcePolicy() != null && input.callerArn() == null && !entity.kind().equals("user")) {
                throw new AwsError(AwsErrorCode.INVALID_INPUT, "CallerArn is required with a ResourcePolicy when"
                        + " PolicySourceArn is not the ARN of an IAM user.");
            }
            Caller caller = input.callerArn() != null ? caller(input.callerArn()) : PrincipalPolicySource.caller(entity);
            return SimulationResults.run(policies, caller, input);
        });
        table.add("SimulateCustomPolicy", r -> {
            List<String> documents = r.requiredStrings("PolicyInputList");
            SimulationInput input = SimulationInput.read(r);
            SimulatedPolicies policies = new SimulatedPolicies();
            addInputs(policies, parser, documents, boundaries(r), input);
            if (input.resourcePolicy() != null && input.callerArn() == null) {
                throw new AwsError(AwsErrorCode.INVALID_INPUT, "CallerArn is required with a ResourcePolicy.");
            }
            Caller caller = input.callerArn() != null ? caller(input.callerArn())
                    : Caller.user(account, "arn:aws:iam::" + account + ":user/simulated-user");
            return SimulationResults.run(policies, caller, input);
        });
        table.add("GetContextKeysForCustomPolicy", r -> {
            SimulatedPolicies policies = new SimulatedPolicies();
            addIdentityInputs(policies, parser, r.requiredStrings("PolicyInputList"));
            return contextKeys(policies);
        });
        table.add("GetContextKeysForPrincipalPolicy", r -> {
            PrincipalPolicySource.Entity entity = principals.entity(r.required("PolicySourceArn"));
            SimulatedPolicies policies = new SimulatedPolicies();
            principals.addTo((document, type, source, origin) -> policies.add(document, type, source), entity, true);
            addIdentityInputs(policies, parser, r.strings("PolicyInputList"));
            return contextKeys(policies);
        });
    }

    private static List<String> boundaries(IamRequest request) {
        List<String> boundaries = request.strings("PermissionsBoundaryPolicyInputList");
        if (boundaries.size() > MAX_BOUNDARIES) {
            throw new AwsError(AwsErrorCode.INVALID_INPUT,
                    "PermissionsBoundaryPolicyInputList takes at most " + MAX_BOUNDARIES + " policy.");
        }
        return boundaries;
    }

    private static void addInputs(SimulatedPolicies policies, EnginePolicyDocumentCheck parser,
            List<String> identity, List<String> boundaries, SimulationInput input) {
        addIdentityInputs(policies, parser, identity);
        for (int i = 0; i < boundaries.size(); i++) {
            PolicyDocument document = parser.parse(boundaries.get(i), PolicyKind.BOUNDARY,
                    "permissionsBoundaryPolicyInputList");
            policies.add(document, PolicyType.PERMISSIONS_BOUNDARY,
                    new SimulatedPolicies.Source("PermissionsBoundaryPolicyInputList." + (i + 1),
                            PolicyType.PERMISSIONS_BOUNDARY.simulatorName()));
        }
        if (input.resourcePolicy() != null) {
            PolicyDocument document = parser.parse(input.resourcePolicy(), PolicyKind.RESOURCE, "resourcePolicy");
            policies.add(document, PolicyType.RESOURCE,
                    new SimulatedPolicies.Source("ResourcePolicy", PolicyType.RESOURCE.simulatorName()));
        }
    }

    private static void addIdentityInputs(SimulatedPolicies policies, EnginePolicyDocumentCheck parser,
            List<String> documents) {
        for (int i = 0; i < documents.size(); i++) {
            PolicyDocument document = parser.parse(documents.get(i), PolicyKind.IDENTITY_INLINE_ROLE, "policyInputList");
            policies.add(document, PolicyType.IDENTITY,
                    new SimulatedPolicies.Source("PolicyInputList." + (i + 1), PolicyType.IDENTITY.simulatorName()));
        }
    }

    /**
     * CallerArn may name an IAM user only: the API reference says "You can specify only the ARN of
     * an IAM user", not a role, an assumed role, a federated user or a service principal.
     */
    private static Caller caller(String arn) {
        if (!arn.matches("arn:aws:iam::\\d{12}:user/.+")) {
            throw new AwsError(AwsErrorCode.INVALID_INPUT, "CallerArn must be the ARN of an IAM user, not '" + arn + "'.");
        }
        return Caller.parse(arn);
    }

    private static XmlResult contextKeys(SimulatedPolicies policies) {
        List<String> names = policies.contextKeys().inOrder();
        return xml -> xml.stringList("ContextKeyNames", names);
    }
}
