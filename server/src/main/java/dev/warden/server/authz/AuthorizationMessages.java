package dev.warden.server.authz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.core.sts.AuthorizationMessageSealer;
import dev.warden.policy.context.ContextValue;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.eval.Decision;
import dev.warden.policy.eval.DecisionStep;
import dev.warden.policy.eval.EvalDecision;
import dev.warden.policy.eval.MatchedStatement;
import dev.warden.server.principal.WardenPrincipal;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The encoded authorization messages STS DecodeAuthorizationMessage decodes: a decision as the JSON
 * AWS decodes to ({@code allowed}, {@code explicitDeny}, {@code matchedStatements},
 * {@code failures}, {@code context{principal{id,name,arn}, action, resource, conditions}}, lists as
 * {@code {"items":[…]}} like AWS's), sealed with the master-key-derived key so it cannot be forged.
 *
 * <p>AWS answers IAM and STS denials with plain "User: … is not authorized …" messages and encodes
 * only for other services (EC2 and the like); Warden answers IAM and STS exactly as AWS does, so the
 * encoded form of a denial goes to the audit record ({@value #AUDIT_MEMBER}), from where an operator
 * can hand it to the denied principal to decode.
 */
public final class AuthorizationMessages {

    public static final String AUDIT_MEMBER = "encodedAuthorizationMessage";
    /** The STS model's limit for DecodeAuthorizationMessage's input. */
    static final int MAX_ENCODED_CHARS = 10_240;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuthorizationMessageSealer sealer;

    public AuthorizationMessages(AuthorizationMessageSealer sealer) {
        this.sealer = sealer;
    }

    /** The sealed message; when it would exceed the model's limit, condition values are left out. */
    public String encode(Decision decision, WardenPrincipal principal, RequestContext context) {
        String encoded = sealer.seal(decoded(decision, principal, context, true).toString());
        if (encoded.length() > MAX_ENCODED_CHARS) {
            encoded = sealer.seal(decoded(decision, principal, context, false).toString());
        }
        return encoded;
    }

    static ObjectNode decoded(Decision decision, WardenPrincipal principal, RequestContext context,
            boolean withConditions) {
        ObjectNode root = JSON.createObjectNode();
        root.put("allowed", decision.allowed());
        root.put("explicitDeny", decision.decision() == EvalDecision.EXPLICIT_DENY);
        ArrayNode matched = items(root.putObject("matchedStatements"));
        for (MatchedStatement statement : decision.matchedStatements()) {
            ObjectNode item = matched.addObject();
            item.put("statementId", statement.sid().orElse(statement.policyId() + "#" + statement.statementIndex()));
            item.put("effect", statement.effect().json().toUpperCase(Locale.ROOT));
            item.put("policyId", statement.policyId());
            item.put("policyType", dev.warden.policy.eval.DecisionJson.name(statement.policyType()));
        }
        ArrayNode failures = items(root.putObject("failures"));
        if (!decision.allowed() && decision.step() != DecisionStep.EXPLICIT_DENY) {
            failures.addObject().put("reason", decision.reason());
        }
        ObjectNode ctx = root.putObject("context");
        ObjectNode who = ctx.putObject("principal");
        who.put("id", context.get("aws:userid").map(ContextValue::values).map(v -> v.get(0))
                .orElse(principal.caller().uniqueId().orElse("")));
        who.put("name", principal.userName().orElse(lastSegment(principal.caller().arn())));
        who.put("arn", principal.caller().arn());
        ctx.put("action", decision.action());
        ctx.put("resource", decision.resource());
        ArrayNode conditions = items(ctx.putObject("conditions"));
        if (withConditions) {
            Map<String, ContextValue> sorted = new TreeMap<>(context.asMap());
            sorted.forEach((key, value) -> {
                ObjectNode condition = conditions.addObject();
                condition.put("key", key);
                ArrayNode values = items(condition.putObject("values"));
                value.values().forEach(v -> values.addObject().put("value", v));
            });
        }
        return root;
    }

    private static ArrayNode items(ObjectNode holder) {
        return holder.putArray("items");
    }

    private static String lastSegment(String arn) {
        return arn.substring(arn.lastIndexOf('/') + 1);
    }
}
