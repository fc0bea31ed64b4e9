package dev.warden.insight.graph;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A picture of the graph as SVG, laid out in layers by kind (outside principals, users, groups,
 * roles, policies; top to bottom), edges as curves coloured by kind (dashed when conditional) with
 * their label on a hover title and, when short, on the curve. No Graphviz needed.
 */
public final class GraphSvg {

    private static final int NODE_WIDTH = 170;
    private static final int NODE_HEIGHT = 40;
    private static final int GAP_X = 40;
    private static final int GAP_Y = 120;
    private static final int MARGIN = 40;
    private static final int LEGEND = 30;
    private static final List<List<NodeKind>> LAYERS = List.of(
            List.of(NodeKind.ANYONE, NodeKind.ACCOUNT, NodeKind.SERVICE, NodeKind.OIDC_PROVIDER),
            List.of(NodeKind.USER),
            List.of(NodeKind.GROUP),
            List.of(NodeKind.ROLE),
            List.of(NodeKind.POLICY));

    private GraphSvg() {}

    /** Where a node is drawn: its top-left corner. */
    private record Place(int x, int y) {
        int centerX() {
            return x + NODE_WIDTH / 2;
        }
    }

    public static String of(AccessGraph graph) {
        Map<NodeKind, Integer> layerOf = new EnumMap<>(NodeKind.class);
        for (int i = 0; i < LAYERS.size(); i++) {
            for (NodeKind kind : LAYERS.get(i)) {
                layerOf.put(kind, i);
            }
        }
        List<List<GraphNode>> rows = new ArrayList<>();
        LAYERS.forEach(l -> rows.add(new ArrayList<>()));
        graph.nodes().forEach(node -> rows.get(layerOf.get(node.kind())).add(node));
        rows.removeIf(List::isEmpty);
        int widest = rows.stream().mapToInt(List::size).max().orElse(1);
        int width = Math.max(2 * MARGIN + widest * (NODE_WIDTH + GAP_X), 640);
        int height = 2 * MARGIN + LEGEND + Math.max(1, rows.size()) * (NODE_HEIGHT + GAP_Y);
        Map<String, Place> places = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            List<GraphNode> row = rows.get(r);
            int rowWidth = row.size() * (NODE_WIDTH + GAP_X) - GAP_X;
            int x = (width - rowWidth) / 2;
            for (GraphNode node : row) {
                places.put(node.id(), new Place(x, MARGIN + LEGEND + r * (NODE_HEIGHT + GAP_Y)));
                x += NODE_WIDTH + GAP_X;
            }
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">\n")
                .append("<title>Warden access graph</title>\n<defs>\n");
        for (EdgeKind kind : EdgeKind.values()) {
            svg.append("<marker id=\"arrow-").append(kind.name()).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
                    .append(" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
                    .append(color(kind)).append("\"/></marker>\n");
        }
        svg.append("</defs>\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        legend(svg);
        int index = 0;
        for (GraphEdge edge : graph.edges()) {
            Place from = places.get(edge.from());
            Place to = places.get(edge.to());
            if (from != null && to != null) {
                edge(svg, edge, from, to, index++);
            }
        }
        for (GraphNode node : graph.nodes()) {
            node(svg, node, places.get(node.id()));
        }
        return svg.append("</svg>\n").toString();
    }

    private static void legend(StringBuilder svg) {
        int x = MARGIN;
        for (EdgeKind kind : EdgeKind.values()) {
            svg.append("<line x1=\"").append(x).append("\" y1=\"").append(MARGIN - 4).append("\" x2=\"").append(x + 30)
                    .append("\" y2=\"").append(MARGIN - 4).append("\" stroke=\"").append(color(kind))
                    .append("\" stroke-width=\"2\"/><text x=\"").append(x + 36).append("\" y=\"").append(MARGIN)
                    .append("\">").append(kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append("</text>\n");
            x += 140;
        }
        svg.append("<text x=\"").append(x).append("\" y=\"").append(MARGIN).append("\">dashed: behind a condition</text>\n");
    }

    private static void edge(StringBuilder svg, GraphEdge edge, Place from, Place to, int index) {
        boolean down = to.y() >= from.y();
        int x1 = from.centerX();
        int y1 = down ? from.y() + NODE_HEIGHT : from.y();
        int x2 = to.centerX();
        int y2 = down ? to.y() : to.y() + NODE_HEIGHT;
        if (from.y() == to.y()) {
            // Same layer: leave from the bottom and come back to the bottom, bending below the row.
            y1 = from.y() + NODE_HEIGHT;
            y2 = to.y() + NODE_HEIGHT;
        }
        // Spread parallel curves apart so their labels do not sit on each other.
        int bend = 30 + (index % 5) * 12;
        int cx = (x1 + x2) / 2 + (index % 2 == 0 ? bend : -bend);
        int cy = from.y() == to.y() ? y1 + GAP_Y / 2 + (index % 3) * 10 : (y1 + y2) / 2;
        svg.append("<g><title>").append(escape(edge.from() + " → " + edge.to() + ": " + edge.label())).append("</title>")
                .append("<path d=\"M").append(x1).append(',').append(y1).append(" Q").append(cx).append(',').append(cy)
                .append(' ').append(x2).append(',').append(y2).append("\" fill=\"none\" stroke=\"").append(color(edge.kind()))
                .append("\" stroke-width=\"1.5\"").append(edge.conditional() ? " stroke-dasharray=\"6,4\"" : "")
                .append(" marker-end=\"url(#arrow-").append(edge.kind().name()).append(")\"/>");
        if (edge.kind() == EdgeKind.CAN_ASSUME || edge.kind() == EdgeKind.ESCALATION) {
            String label = edge.label().length() > 48 ? edge.label().substring(0, 45) + "..." : edge.label();
            int lx = (x1 + 2 * cx + x2) / 4;
            int ly = (y1 + 2 * cy + y2) / 4;
            svg.append("<text x=\"").append(lx).append("\" y=\"").append(ly).append("\" text-anchor=\"middle\" fill=\"")
                    .append(color(edge.kind())).append("\" font-size=\"9\">").append(escape(label)).append("</text>");
        }
        svg.append("</g>\n");
    }

    private static void node(StringBuilder svg, GraphNode node, Place at) {
        String fill = switch (node.kind()) {
            case USER -> "#e8f0fe";
            case GROUP -> "#e6f4ea";
            case ROLE -> "#fef7e0";
            case POLICY -> "#f1f3f4";
            default -> "#fce8e6";
        };
        int rx = node.kind() == NodeKind.USER ? 20 : node.kind() == NodeKind.ROLE ? 2 : 8;
        svg.append("<g><title>").append(escape(node.id())).append("</title><rect x=\"").append(at.x()).append("\" y=\"")
                .append(at.y()).append("\" width=\"").append(NODE_WIDTH).append("\" height=\"").append(NODE_HEIGHT)
                .append("\" rx=\"").append(rx).append("\" fill=\"").append(fill).append("\" stroke=\"#5f6368\"/>")
                .append("<text x=\"").append(at.centerX()).append("\" y=\"").append(at.y() + 17)
                .append("\" text-anchor=\"middle\" font-weight=\"bold\">").append(escape(shorten(node.label())))
                .append("</text><text x=\"").append(at.centerX()).append("\" y=\"").append(at.y() + 31)
                .append("\" text-anchor=\"middle\" fill=\"#5f6368\" font-size=\"9\">")
                .append(GraphDot.kindWords(node.kind())).append("</text></g>\n");
    }

    private static String shorten(String label) {
        return label.length() > 26 ? label.substring(0, 23) + "..." : label;
    }

    private static String color(EdgeKind kind) {
        return switch (kind) {
            case MEMBER_OF -> "#5f6368";
            case ATTACHED -> "#9aa0a6";
            case CAN_ASSUME -> "#1a73e8";
            case ESCALATION -> "#d93025";
        };
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
