package dev.warden.insight.graph;

/** @param id the principal's ARN, a service name, an account id or {@code *} */
public record GraphNode(String id, NodeKind kind, String label) {}
