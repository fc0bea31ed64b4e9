package dev.warden.insight.graph;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** {"nodes":[{"id","kind","label"}], "edges":[{"from","to","kind","via","conditions","label"}]} */
public final class GraphJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GraphJson() {}

    public static ObjectNode of(AccessGraph graph) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode nodes = root.putArray("nodes");
        for (GraphNode node : graph.nodes()) {
            nodes.addObject().put("id", node.id()).put("kind", name(node.kind())).put("label", node.label());
        }
        ArrayNode edges = root.putArray("edges");
        for (GraphEdge edge : graph.edges()) {
            ObjectNode e = edges.addObject().put("from", edge.from()).put("to", edge.to()).put("kind", name(edge.kind()));
            if (!edge.via().isEmpty()) {
                e.put("via", edge.via());
            }
            edge.conditions().forEach(e.putArray("conditions")::add);
            e.put("label", edge.label());
        }
        return root;
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
