package dev.warden.insight.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.policy.document.ConditionEntry;
import java.util.List;

/**
 * A least-privilege policy written from the audit log, with the diff against the current grant.
 *
 * @param calls how many of the principal's calls were read from the audit log
 */
public record GeneratedPolicy(String principalArn, List<GeneratedStatement> statements, PolicyDiff diff, int calls) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public GeneratedPolicy {
        statements = List.copyOf(statements);
    }

    /** The policy document, as IAM takes it. */
    public ObjectNode document() {
        ObjectNode root = MAPPER.createObjectNode().put("Version", "2012-10-17");
        ArrayNode array = root.putArray("Statement");
        for (GeneratedStatement statement : statements) {
            ObjectNode node = array.addObject().put("Sid", statement.sid()).put("Effect", "Allow");
            valueOrList(node, "Action", statement.actions());
            valueOrList(node, "Resource", statement.resources());
            if (!statement.conditions().isEmpty()) {
                ObjectNode condition = node.putObject("Condition");
                for (ConditionEntry entry : statement.conditions()) {
                    ObjectNode operator = condition.has(entry.operator())
                            ? (ObjectNode) condition.get(entry.operator()) : condition.putObject(entry.operator());
                    valueOrList(operator, entry.key(), entry.values());
                }
            }
        }
        return root;
    }

    private static void valueOrList(ObjectNode node, String name, List<String> values) {
        if (values.size() == 1) {
            node.put(name, values.get(0));
        } else {
            values.forEach(node.putArray(name)::add);
        }
    }
}
