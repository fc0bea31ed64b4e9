package dev.warden.insight.graph;

import java.util.List;
import java.util.Optional;

/** The trust and access graph of an account: principals, who may assume what, and escalation paths. */
public record AccessGraph(List<GraphNode> nodes, List<GraphEdge> edges) {
    public AccessGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public Optional<GraphNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public List<GraphEdge> edges(EdgeKind kind) {
        return edges.stream().filter(e -> e.kind() == kind).toList();
    }
}
