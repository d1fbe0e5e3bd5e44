package se.inera.kundportal.local.console;

import static se.inera.kundportal.local.console.Html.number;
import static se.inera.kundportal.local.console.Html.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.inera.kundportal.local.console.ExecutionGraph.Edge;
import se.inera.kundportal.local.console.ExecutionGraph.Frame;
import se.inera.kundportal.local.console.ExecutionGraph.Node;
import se.inera.kundportal.local.console.ExecutionGraph.Point;
import se.inera.kundportal.local.console.ExecutionPath.StateVisit;

/**
 * Draws an {@link ExecutionGraph} as inline SVG with an execution's path over it. Looks come from
 * classes styled by {@code console.css} (the page's CSP allows no inline styles): every state is a
 * {@code g.state} with its type, {@code visited} and its outcome ({@code succeeded}, {@code caught},
 * {@code failed}, {@code running}, {@code cancelled}); every edge a {@code g.edge} with its kind and
 * {@code back} / {@code taken}.
 */
final class GraphSvg {
    private static final double CHOICE_POINT = 14;

    private GraphSvg() {}

    static String render(ExecutionGraph graph, ExecutionPath path) {
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\" width=\"").append(number(graph.width()))
                .append("\" height=\"").append(number(graph.height())).append("\" viewBox=\"0 0 ")
                .append(number(graph.width())).append(' ').append(number(graph.height()))
                .append("\" role=\"img\" aria-label=\"State machine graph\">");
        svg.append("<defs>");
        for (String marker : List.of("arrow", "arrow-taken", "arrow-back")) {
            svg.append("<marker id=\"").append(marker).append("\" class=\"").append(marker)
                    .append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\""
                            + " orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker>");
        }
        svg.append("</defs>");

        // Parallel and Map boxes and their frames first (outer before inner), then edges, then plain states on top.
        for (Node node : graph.nodes()) {
            if (node.isGroup()) {
                group(svg, node, graph, path);
            }
        }
        for (Edge edge : graph.edges()) {
            edge(svg, edge, graph, path);
        }
        for (Node node : graph.nodes()) {
            if (!node.isGroup()) {
                state(svg, node, path);
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static void group(StringBuilder svg, Node node, ExecutionGraph graph, ExecutionPath path) {
        openState(svg, node, path);
        svg.append("<rect class=\"box\" x=\"").append(number(node.x())).append("\" y=\"").append(number(node.y()))
                .append("\" width=\"").append(number(node.width())).append("\" height=\"")
                .append(number(node.height())).append("\" rx=\"8\"/>");
        svg.append("<text class=\"label\" x=\"").append(number(node.x() + 10)).append("\" y=\"")
                .append(number(node.y() + 19)).append("\">")
                .append(text(Html.shorten(node.type() + ": " + node.name(), maxChars(node.width() - 40))))
                .append("</text>");
        visitCount(svg, node, path);
        for (Frame frame : graph.frames()) {
            if (frame.ownerId().equals(node.id())) {
                svg.append("<rect class=\"frame\" x=\"").append(number(frame.x())).append("\" y=\"")
                        .append(number(frame.y())).append("\" width=\"").append(number(frame.width()))
                        .append("\" height=\"").append(number(frame.height())).append("\" rx=\"6\"/>");
                svg.append("<text class=\"frame-label\" x=\"").append(number(frame.x() + 8)).append("\" y=\"")
                        .append(number(frame.y() + 14)).append("\">").append(text(frame.label())).append("</text>");
            }
        }
        svg.append("</g>");
    }

    private static void state(StringBuilder svg, Node node, ExecutionPath path) {
        openState(svg, node, path);
        if (node.type().equals("Choice")) {
            double middle = node.y() + node.height() / 2;
            svg.append("<polygon class=\"box\" points=\"")
                    .append(point(node.x(), middle)).append(' ')
                    .append(point(node.x() + CHOICE_POINT, node.y())).append(' ')
                    .append(point(node.right() - CHOICE_POINT, node.y())).append(' ')
                    .append(point(node.right(), middle)).append(' ')
                    .append(point(node.right() - CHOICE_POINT, node.bottom())).append(' ')
                    .append(point(node.x() + CHOICE_POINT, node.bottom())).append("\"/>");
        } else {
            boolean terminal = node.type().equals("Succeed") || node.type().equals("Fail");
            svg.append("<rect class=\"box\" x=\"").append(number(node.x())).append("\" y=\"")
                    .append(number(node.y())).append("\" width=\"").append(number(node.width()))
                    .append("\" height=\"").append(number(node.height())).append("\" rx=\"")
                    .append(terminal ? number(node.height() / 2) : "6").append("\"/>");
        }
        svg.append("<text class=\"label\" text-anchor=\"middle\" x=\"").append(number(node.centerX()))
                .append("\" y=\"").append(number(node.y() + node.height() / 2 + 4)).append("\">")
                .append(text(Html.shorten(node.name(), maxChars(node.width()
                        - (node.type().equals("Choice") ? 2 * CHOICE_POINT : 16))))).append("</text>");
        visitCount(svg, node, path);
        svg.append("</g>");
    }

    private static void openState(StringBuilder svg, Node node, ExecutionPath path) {
        Optional<StateVisit> visit = path.visit(node.name());
        svg.append("<g class=\"state ").append(node.type().toLowerCase(Locale.ROOT));
        visit.ifPresentOrElse(
                v -> svg.append(" visited ").append(v.outcome().name().toLowerCase(Locale.ROOT)),
                () -> svg.append(" not-visited"));
        svg.append("\" data-state=\"").append(text(node.name())).append("\"><title>")
                .append(text(node.name() + " (" + node.type() + ")"
                        + visit.map(v -> ": " + v.outcome().name().toLowerCase(Locale.ROOT)
                                + (v.entries() > 1 ? ", entered " + v.entries() + " times" : "")).orElse(": not visited")))
                .append("</title>");
    }

    private static void visitCount(StringBuilder svg, Node node, ExecutionPath path) {
        path.visit(node.name()).filter(v -> v.entries() > 1).ifPresent(v -> svg.append("<text class=\"count\" x=\"")
                .append(number(node.right() - 6)).append("\" y=\"").append(number(node.y() + 12))
                .append("\" text-anchor=\"end\">\u00d7").append(v.entries()).append("</text>"));
    }

    private static void edge(StringBuilder svg, Edge edge, ExecutionGraph graph, ExecutionPath path) {
        String from = graph.node(edge.fromId()).map(Node::name).orElse("");
        String to = graph.node(edge.toId()).map(Node::name).orElse("");
        boolean taken = path.followed(from, to);
        svg.append("<g class=\"edge ").append(edge.kind().name().toLowerCase(Locale.ROOT))
                .append(edge.backEdge() ? " back" : "").append(taken ? " taken" : "")
                .append("\" data-from=\"").append(text(from)).append("\" data-to=\"").append(text(to)).append("\">");
        svg.append("<title>").append(text(from + " \u2192 " + to
                + (edge.label().isEmpty() ? "" : " (" + edge.label() + ")"))).append("</title>");
        svg.append("<path d=\"");
        List<Point> route = edge.route();
        for (int i = 0; i < route.size(); i++) {
            svg.append(i == 0 ? "M" : " L").append(point(route.get(i).x(), route.get(i).y()));
        }
        String marker = taken ? "arrow-taken" : edge.backEdge() ? "arrow-back" : "arrow";
        svg.append("\" marker-end=\"url(#").append(marker).append(")\"/>");
        if (!edge.label().isEmpty()) {
            // The label sits by the bend where the edge turns towards its own target (edges fanning out of
            // one state share their first bend), or at the middle of a straight edge.
            Point anchor = route.size() > 3 ? route.get(2) : route.size() > 2 ? route.get(1)
                    : new Point((route.get(0).x() + route.get(1).x()) / 2, (route.get(0).y() + route.get(1).y()) / 2);
            svg.append("<text class=\"edge-label\" x=\"").append(number(anchor.x() + 4)).append("\" y=\"")
                    .append(number(anchor.y() - 4)).append("\">").append(text(Html.shorten(edge.label(), 28)))
                    .append("</text>");
        }
        svg.append("</g>");
    }

    private static int maxChars(double width) {
        return Math.max(4, (int) (width / ExecutionGraph.CHAR_WIDTH));
    }

    private static String point(double x, double y) {
        return number(x) + "," + number(y);
    }
}
