package dev.warden.server.iam;

import dev.warden.policy.arn.Arn;
import dev.warden.policy.eval.AuthorizationRequest;
import dev.warden.policy.eval.Authorizer;
import dev.warden.policy.eval.Caller;
import dev.warden.policy.eval.Decision;
import dev.warden.policy.eval.EvalDecision;
import dev.warden.policy.eval.PolicySet;
import dev.warden.policy.eval.PolicyType;
import dev.warden.server.xml.XmlResult;
import dev.warden.server.xml.XmlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Runs a simulation through the policy engine, one decision per action and resource, and writes
 * the {@code SimulatePolicyResponse} members: {@code EvaluationResults} (paged by MaxItems/Marker),
 * {@code IsTruncated}, {@code Marker}. Every verdict and matched statement comes from the engine's
 * {@link Decision}; this class only shapes it.
 */
final class SimulationResults {

    private static final Authorizer AUTHORIZER = new Authorizer();
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    private SimulationResults() {}

    private record Evaluated(String action, String resource, Decision decision, boolean crossAccount) {}

    static XmlResult run(SimulatedPolicies policies, Caller caller, SimulationInput input) {
        PolicySet set = policies.build();
        List<Evaluated> all = new ArrayList<>();
        int index = 0;
        int end = input.afterIndex() + input.maxItems();
        int total = input.actions().size() * input.resources().size();
        for (String action : input.actions()) {
            for (String resource : input.resources()) {
                if (index >= input.afterIndex() && index < end) {
                    AuthorizationRequest request = new AuthorizationRequest(caller, action, resource,
                            owner(resource, input), input.context());
                    all.add(new Evaluated(action, resource, AUTHORIZER.authorize(set, request), request.crossAccount()));
                }
                index++;
            }
        }
        boolean truncated = end < total;
        String marker = truncated ? ListMarker.encode(Integer.toString(end)) : null;
        Set<String> missing = missingContextValues(policies, input);
        return xml -> {
            xml.list("EvaluationResults", all, (x, result) -> writeResult(x, result, policies, missing));
            PageXml.write(xml, truncated, marker);
        };
    }

    /**
     * The account owning a simulated resource: the one its ARN names, else ResourceOwner ("the owner
     * of any simulated resource that does not identify its owner in the resource ARN", API
     * reference), else none (the caller's own account). Only a 12-digit account counts, so that
     * {@code arn:aws:iam::aws:policy/...} stays the caller's to read.
     */
    private static Optional<String> owner(String resource, SimulationInput input) {
        return Arn.parse(resource).map(Arn::account).filter(account -> ACCOUNT_ID.matcher(account).matches())
                .or(input::resourceOwner);
    }

    /**
     * Every key the simulated policies refer to that ContextEntries does not give, whatever the
     * action: AWS lists "context keys that are required by the included input policies but that
     * were not provided" (EvaluationResult reference), including keys of statements for other
     * actions (as reported in boto/boto3#3111 and aws/aws-sdk-java-v2#1751), not only the keys the
     * decision happened to look at.
     */
    private static Set<String> missingContextValues(SimulatedPolicies policies, SimulationInput input) {
        Set<String> missing = new TreeSet<>();
        for (String key : policies.contextKeys().inOrder()) {
            if (!input.context().contains(key)) {
                missing.add(key);
            }
        }
        return missing;
    }

    private static void writeResult(XmlWriter xml, Evaluated result, SimulatedPolicies policies, Set<String> missing) {
        Decision decision = result.decision();
        xml.element("EvalActionName", result.action())
                .element("EvalResourceName", result.resource())
                .element("EvalDecision", decision.decision().awsName());
        writeStatements(xml, decision, policies);
        boolean specificResource = !result.resource().equals("*");
        // AWS lists missing keys at the top only for "*"; for named resources they move to
        // ResourceSpecificResults (EvaluationResult.MissingContextValues in the API reference).
        xml.stringList("MissingContextValues",
                specificResource ? Set.of() : missing);
        if (policies.hasBoundary()) {
            writeBoundary(xml, decision);
        }
        if (specificResource) {
            writeDecisionDetails(xml, decision, result.crossAccount());
            xml.start("ResourceSpecificResults").start("member")
                    .element("EvalResourceName", result.resource())
                    .element("EvalResourceDecision", decision.decision().awsName());
            writeStatements(xml, decision, policies);
            xml.stringList("MissingContextValues", missing);
            // ResourceSpecificResult.EvalDecisionDetails "is returned only for cross-account simulations".
            if (result.crossAccount()) {
                writeDecisionDetails(xml, decision, true);
            }
            if (policies.hasBoundary()) {
                writeBoundary(xml, decision);
            }
            xml.end().end();
        }
    }

    /** Only the statements that decided, as AWS shows them (a winning deny is the only entry). */
    private static void writeStatements(XmlWriter xml, Decision decision, SimulatedPolicies policies) {
        xml.list("MatchedStatements", decision.decidingStatements(), (x, statement) -> {
            SimulatedPolicies.Source source = policies.source(statement.policyId());
            x.element("SourcePolicyId", source.id())
                    .element("SourcePolicyType", source.type());
            // AWS counts the start just past the statement's opening brace: the AWS CLI's
            // simulate-custom-policy example reports column 38 for a '{' in column 37.
            position(x, "StartPosition", statement.start().line(), statement.start().column() + 1);
            position(x, "EndPosition", statement.end().line(), statement.end().column());
        });
    }

    private static void position(XmlWriter xml, String name, int line, int column) {
        xml.start(name).element("Line", line).element("Column", column).end();
    }

    private static void writeBoundary(XmlWriter xml, Decision decision) {
        boolean allowed = decision.policyTypeDecisions().get(PolicyType.PERMISSIONS_BOUNDARY) == EvalDecision.ALLOWED;
        xml.start("PermissionsBoundaryDecisionDetail").element("AllowedByPermissionsBoundary", allowed).end();
    }

    /**
     * Per policy type verdicts: AWS fills them in for cross-account simulations only and sends the
     * empty map for a specific resource in the same account.
     */
    private static void writeDecisionDetails(XmlWriter xml, Decision decision, boolean crossAccount) {
        xml.start("EvalDecisionDetails");
        if (crossAccount) {
            for (Map.Entry<PolicyType, EvalDecision> entry : new java.util.TreeMap<>(decision.policyTypeDecisions())
                    .entrySet()) {
                xml.start("entry")
                        .element("key", entry.getKey().simulatorName())
                        .element("value", entry.getValue().awsName())
                        .end();
            }
        }
        xml.end();
    }
}
