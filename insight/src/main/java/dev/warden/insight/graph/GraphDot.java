package dev.warden.insight.graph;

import java.util.HashMap;
import java.util.Map;

/** Graphviz DOT: one node per principal (shape by kind), edges styled by kind, conditional ones dashed. */
public final class GraphDot {

    private GraphDot() {}

    public static String of(AccessGraph graph) {
        StringBuilder out = new StringBuilder("digraph warden {\n  rankdir=LR;\n  node [fontname=\"Helvetica\", fontsize=10];\n"
                + "  edge [fontname=\"Helvetica\", fontsize=9];\n");
        Map<String, String> ids = new HashMap<>();
        int n = 0;
        for (GraphNode node : graph.nodes()) {
            String id = "n" + n++;
            ids.put(node.id(), id);
            out.append("  ").append(id).append(" [label=").append(quote(node.label() + "\n" + kindWords(node.kind())))
                    .append(", shape=").append(shape(node.kind())).append(", tooltip=").append(quote(node.id()))
                    .append("];\n");
        }
        for (GraphEdge edge : graph.edges()) {
            String from = ids.get(edge.from());
            String to = ids.get(edge.to());
            if (from == null || to == null) {
                continue;
            }
            out.append("  ").append(from).append(" -> ").append(to).append(" [label=").append(quote(edge.label()))
                    .append(", color=").append(color(edge.kind()));
            if (edge.conditional()) {
                out.append(", style=dashed");
            }
            out.append("];\n");
        }
        return out.append("}\n").toString();
    }

    static String kindWords(NodeKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    static String color(EdgeKind kind) {
        return switch (kind) {
            case MEMBER_OF -> "gray40";
            case ATTACHED -> "gray70";
            case CAN_ASSUME -> "blue";
            case ESCALATION -> "red";
        };
    }

    private static String shape(NodeKind kind) {
        return switch (kind) {
            case USER -> "ellipse";
            case GROUP -> "folder";
            case ROLE -> "box";
            case POLICY -> "note";
            case SERVICE -> "hexagon";
            default -> "diamond";
        };
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
