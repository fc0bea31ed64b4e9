package dev.warden.insight.generate;

import dev.warden.policy.document.ConditionEntry;
import java.util.List;

/**
 * One Allow statement of a generated policy: actions of one service on the same resources.
 *
 * @param conditions the request conditions under which the current policies granted these
 *     actions (kept, so the generated grant is never wider than the current one); empty when the
 *     grant was unconditional
 */
public record GeneratedStatement(String sid, List<String> actions, List<String> resources, List<ConditionEntry> conditions) {
    public GeneratedStatement {
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        conditions = List.copyOf(conditions);
    }
}
