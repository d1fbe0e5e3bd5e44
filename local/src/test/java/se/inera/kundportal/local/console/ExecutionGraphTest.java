package se.inera.kundportal.local.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.inera.kundportal.local.asl.json.Json;
import se.inera.kundportal.local.console.ExecutionGraph.Edge;
import se.inera.kundportal.local.console.ExecutionGraph.EdgeKind;
import se.inera.kundportal.local.console.ExecutionGraph.Node;

class ExecutionGraphTest {
    /** Fifteen states with two loops, a Parallel with a loop inside a branch, a Map, a Catch and an unreachable state. */
    static final String ORDER_MACHINE = """
            {"StartAt": "Receive Order", "States": {
              "Receive Order": {"Type": "Pass", "Next": "Validate Order"},
              "Validate Order": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "Validate"}, "Next": "Order Valid?",
                "Catch": [{"ErrorEquals": ["Order.Invalid"], "Next": "Reject Order"}]},
              "Order Valid?": {"Type": "Choice", "Choices": [
                  {"Variable": "$.valid", "BooleanEquals": true, "Next": "Fan Out"},
                  {"Variable": "$.retry", "BooleanEquals": true, "Next": "Wait Before Retry", "Comment": "Retry later"}],
                "Default": "Reject Order"},
              "Wait Before Retry": {"Type": "Wait", "Seconds": 10, "Next": "Validate Order"},
              "Fan Out": {"Type": "Parallel", "Next": "Each Line", "Branches": [
                {"StartAt": "Notify Attestants", "States": {
                  "Notify Attestants": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Attested?"},
                  "Attested?": {"Type": "Choice", "Choices": [{"Variable": "$.ok", "BooleanEquals": true, "Next": "Attested"}],
                    "Default": "Notify Attestants"},
                  "Attested": {"Type": "Succeed"}}},
                {"StartAt": "Reserve Stock", "States": {"Reserve Stock": {"Type": "Pass", "End": true}}}]},
              "Each Line": {"Type": "Map", "Next": "Send Confirmation", "ItemProcessor": {
                "ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Price Line", "States": {
                  "Price Line": {"Type": "Pass", "Next": "Book Line"},
                  "Book Line": {"Type": "Pass", "End": true}}}},
              "Send Confirmation": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Done",
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Reject Order"}]},
              "Reject Order": {"Type": "Fail", "Error": "Order.Rejected"},
              "Done": {"Type": "Succeed"},
              "Orphan": {"Type": "Pass", "Next": "Done"}}}
            """;

    private final ExecutionGraph graph = ExecutionGraph.of(Json.parse(ORDER_MACHINE));

    @Test
    void placesEveryStateIncludingNestedOnes() {
        assertThat(graph.nodes()).extracting(Node::name).containsExactlyInAnyOrder(
                "Receive Order", "Validate Order", "Order Valid?", "Wait Before Retry", "Fan Out", "Notify Attestants",
                "Attested?", "Attested", "Reserve Stock", "Each Line", "Price Line", "Book Line", "Send Confirmation",
                "Reject Order", "Done", "Orphan");
        assertThat(graph.nodes()).allSatisfy(node -> {
            assertThat(node.x()).isGreaterThanOrEqualTo(0);
            assertThat(node.y()).isGreaterThanOrEqualTo(0);
            assertThat(node.right()).isLessThanOrEqualTo(graph.width());
            assertThat(node.bottom()).isLessThanOrEqualTo(graph.height());
        });
    }

    @Test
    void noTwoBoxesOverlapUnlessOneIsNestedInTheOther() {
        List<Node> nodes = graph.nodes();
        for (Node a : nodes) {
            for (Node b : nodes) {
                if (a == b || graph.isNestedIn(a, b) || graph.isNestedIn(b, a)) {
                    continue;
                }
                assertThat(overlap(a, b)).as("%s overlaps %s", a.name(), b.name()).isFalse();
            }
        }
    }

    @Test
    void nestedStatesLieInsideTheirParallelOrMapBox() {
        Node fanOut = graph.nodeNamed("Fan Out").orElseThrow();
        Node eachLine = graph.nodeNamed("Each Line").orElseThrow();
        for (String name : List.of("Notify Attestants", "Attested?", "Attested", "Reserve Stock")) {
            Node nested = graph.nodeNamed(name).orElseThrow();
            assertThat(nested.groupId()).isEqualTo(fanOut.id());
            assertThat(contains(fanOut, nested)).as(name).isTrue();
        }
        assertThat(contains(eachLine, graph.nodeNamed("Price Line").orElseThrow())).isTrue();
        assertThat(graph.frames()).filteredOn(frame -> frame.ownerId().equals(fanOut.id())).hasSize(2);
        assertThat(graph.frames()).filteredOn(frame -> frame.ownerId().equals(eachLine.id()))
                .extracting(ExecutionGraph.Frame::label).containsExactly("Item processor");
    }

    @Test
    void detectsTheEdgesThatCloseLoopsAsBackEdges() {
        Set<String> backEdges = graph.edges().stream().filter(Edge::backEdge)
                .map(edge -> name(edge.fromId()) + " -> " + name(edge.toId())).collect(Collectors.toSet());

        assertThat(backEdges).containsExactlyInAnyOrder("Wait Before Retry -> Validate Order",
                "Attested? -> Notify Attestants");
    }

    @Test
    void forwardEdgesPointDownAndBackEdgesUp() {
        for (Edge edge : graph.edges()) {
            Node from = graph.node(edge.fromId()).orElseThrow();
            Node to = graph.node(edge.toId()).orElseThrow();
            if (edge.backEdge()) {
                assertThat(to.y()).as("%s -> %s", from.name(), to.name()).isLessThan(from.y());
            } else if (!from.name().equals("Orphan")) {
                assertThat(to.y()).as("%s -> %s", from.name(), to.name()).isGreaterThan(from.y());
            }
            assertThat(edge.route().get(edge.route().size() - 1).y()).as("arrow ends on the target's top")
                    .isEqualTo(to.y());
        }
    }

    @Test
    void edgesDoNotRunThroughStatesOtherThanTheirEnds() {
        for (Edge edge : graph.edges()) {
            Node from = graph.node(edge.fromId()).orElseThrow();
            Node to = graph.node(edge.toId()).orElseThrow();
            for (Node node : graph.nodes()) {
                if (node == from || node == to || graph.isNestedIn(from, node) || graph.isNestedIn(node, from)
                        || graph.isNestedIn(node, to)) {
                    continue;
                }
                for (int i = 1; i < edge.route().size(); i++) {
                    assertThat(crosses(edge.route().get(i - 1), edge.route().get(i), node))
                            .as("%s -> %s runs through %s", from.name(), to.name(), node.name()).isFalse();
                }
            }
        }
    }

    @Test
    void startAtIsOnTopAndUnreachableStatesAtTheBottom() {
        Node start = graph.nodeNamed("Receive Order").orElseThrow();
        Node orphan = graph.nodeNamed("Orphan").orElseThrow();
        List<Node> topLevel = graph.nodes().stream().filter(node -> node.groupId() == null).toList();

        assertThat(topLevel).allSatisfy(node -> assertThat(node.y()).isGreaterThanOrEqualTo(start.y()));
        assertThat(topLevel).filteredOn(node -> node != orphan)
                .allSatisfy(node -> assertThat(node.y()).isLessThan(orphan.y()));
    }

    @Test
    void labelsEdgesByHowTheyAreDeclared() {
        assertThat(edge("Order Valid?", "Reject Order").kind()).isEqualTo(EdgeKind.DEFAULT);
        assertThat(edge("Order Valid?", "Wait Before Retry").label()).isEqualTo("Retry later");
        assertThat(edge("Order Valid?", "Fan Out").label()).isEqualTo("Rule 1");
        assertThat(edge("Validate Order", "Reject Order").kind()).isEqualTo(EdgeKind.CATCH);
        assertThat(edge("Validate Order", "Reject Order").label()).isEqualTo("Order.Invalid");
        assertThat(edge("Receive Order", "Validate Order").kind()).isEqualTo(EdgeKind.NEXT);
    }

    @Test
    void aLongChainOfStatesIsLaidOutInOneColumn() {
        StringBuilder states = new StringBuilder();
        for (int i = 1; i <= 15; i++) {
            states.append(i == 1 ? "" : ",").append("\"Step ").append(i).append("\": {\"Type\": \"Pass\", ")
                    .append(i == 15 ? "\"End\": true}" : "\"Next\": \"Step " + (i + 1) + "\"}");
        }
        ExecutionGraph chain = ExecutionGraph.of(Json.parse("{\"StartAt\": \"Step 1\", \"States\": {" + states + "}}"));

        assertThat(chain.nodes()).hasSize(15);
        assertThat(chain.nodes()).extracting(Node::centerX).containsOnly(chain.nodes().get(0).centerX());
        assertThat(chain.edges()).noneMatch(Edge::backEdge);
    }

    private Edge edge(String from, String to) {
        return graph.edges().stream().filter(e -> name(e.fromId()).equals(from) && name(e.toId()).equals(to))
                .findFirst().orElseThrow(() -> new AssertionError("no edge " + from + " -> " + to));
    }

    private String name(String id) {
        return graph.node(id).orElseThrow().name();
    }

    private static boolean overlap(Node a, Node b) {
        return a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom();
    }

    /** Whether an axis-parallel segment enters the inside of the node's box. */
    private static boolean crosses(ExecutionGraph.Point a, ExecutionGraph.Point b, Node node) {
        double left = Math.min(a.x(), b.x());
        double right = Math.max(a.x(), b.x());
        double top = Math.min(a.y(), b.y());
        double bottom = Math.max(a.y(), b.y());
        return left < node.right() - 1 && right > node.x() + 1 && top < node.bottom() - 1 && bottom > node.y() + 1;
    }

    private static boolean contains(Node outer, Node inner) {
        return inner.x() >= outer.x() && inner.right() <= outer.right() && inner.y() >= outer.y()
                && inner.bottom() <= outer.bottom();
    }
}
