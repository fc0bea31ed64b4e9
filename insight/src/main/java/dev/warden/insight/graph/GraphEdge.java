package dev.warden.insight.graph;

import java.util.List;

/**
 * One relation between two nodes, as the engine decided it.
 *
 * @param via the actions that make it (e.g. {@code iam:PassRole + lambda:CreateFunction}); empty
 *     for membership and attachment
 * @param conditions the request-dependent conditions it needs; empty when unconditional
 */
public record GraphEdge(String from, String to, EdgeKind kind, String via, List<String> conditions) {
    public GraphEdge {
        conditions = List.copyOf(conditions);
    }

    public boolean conditional() {
        return !conditions.isEmpty();
    }

    /** The text shown on the edge: what makes it, and under which conditions. */
    public String label() {
        String what = via.isEmpty() ? kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') : via;
        return conditions.isEmpty() ? what : what + " if " + String.join(" and ", conditions);
    }
}
