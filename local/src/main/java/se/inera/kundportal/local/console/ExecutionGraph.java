package se.inera.kundportal.local.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A state machine definition as a laid-out graph, independent of any drawing: states are boxes,
 * transitions are edges with a route, Parallel branches and Map item processors are frames nested
 * in their state's box.
 *
 * <p>Each state list (the top level, a branch, an item processor) is laid out on its own in layers
 * by the longest path from {@code StartAt}; edges that close a loop (found by depth-first search)
 * are back edges and are routed up a lane on the right of their state list, so loops stay readable.
 * Coordinates are absolute, with the origin top left.
 */
public final class ExecutionGraph {
    static final double NODE_HEIGHT = 40;
    static final double MIN_NODE_WIDTH = 120;
    static final double MAX_NODE_WIDTH = 240;
    /** Average width of one character of the 12px label font, for sizing boxes. */
    static final double CHAR_WIDTH = 7;
    static final double LABEL_PADDING = 40; // room for a Choice's pointed ends
    private static final double HORIZONTAL_GAP = 32;
    private static final double VERTICAL_GAP = 60;
    private static final double LANE_WIDTH = 14;
    static final double GROUP_HEADER = 30;
    private static final double GROUP_PADDING = 12;
    static final double FRAME_LABEL = 20;
    private static final double FRAME_PADDING = 12;
    private static final double MARGIN = 16;

    /** How a transition is declared in the definition. */
    public enum EdgeKind { NEXT, DEFAULT, CHOICE, CATCH }

    public record Point(double x, double y) {
        Point moved(double dx, double dy) {
            return new Point(x + dx, y + dy);
        }
    }

    /**
     * One state. {@code id} is unique in the graph (nested states are prefixed by their Parallel or
     * Map state's id and branch index); {@code groupId} is the enclosing Parallel/Map state's id, null
     * at the top level. {@code x}/{@code y} is the top left corner.
     */
    public record Node(String id, String name, String type, String groupId, double x, double y, double width,
            double height) {
        public boolean isGroup() {
            return type.equals("Parallel") || type.equals("Map");
        }

        public double centerX() {
            return x + width / 2;
        }

        public double bottom() {
            return y + height;
        }

        public double right() {
            return x + width;
        }

        Node moved(double dx, double dy) {
            return new Node(id, name, type, groupId, x + dx, y + dy, width, height);
        }
    }

    /** A Parallel branch or a Map item processor: the frame around a nested state list. */
    public record Frame(String ownerId, String label, double x, double y, double width, double height) {
        Frame moved(double dx, double dy) {
            return new Frame(ownerId, label, x + dx, y + dy, width, height);
        }
    }

    /**
     * A transition from one state to another in the same state list. {@code backEdge} marks an edge
     * that closes a loop; {@code route} is the polyline to draw, ending at the target's border.
     */
    public record Edge(String fromId, String toId, EdgeKind kind, String label, boolean backEdge, List<Point> route) {
        Edge moved(double dx, double dy) {
            return new Edge(fromId, toId, kind, label, backEdge, route.stream().map(p -> p.moved(dx, dy)).toList());
        }
    }

    private final List<Node> nodes;
    private final List<Edge> edges;
    private final List<Frame> frames;
    private final double width;
    private final double height;
    private final Map<String, Node> nodesById = new HashMap<>();

    private ExecutionGraph(Layout layout) {
        Layout placed = layout.moved(MARGIN, MARGIN);
        this.nodes = List.copyOf(placed.nodes);
        this.edges = List.copyOf(placed.edges);
        this.frames = List.copyOf(placed.frames);
        this.width = layout.width + 2 * MARGIN;
        this.height = layout.height + 2 * MARGIN;
        nodes.forEach(node -> nodesById.put(node.id(), node));
    }

    /** Lays out a state machine definition (an object with {@code StartAt} and {@code States}). */
    public static ExecutionGraph of(JsonNode definition) {
        return new ExecutionGraph(layoutStateList(definition, "", null));
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Edge> edges() {
        return edges;
    }

    public List<Frame> frames() {
        return frames;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public Optional<Node> node(String id) {
        return Optional.ofNullable(nodesById.get(id));
    }

    /** The node of a state by its name (the first one, should a nested state list reuse a name). */
    public Optional<Node> nodeNamed(String name) {
        return nodes.stream().filter(node -> node.name().equals(name)).findFirst();
    }

    /** Whether {@code inner} lies, directly or deeper, inside the Parallel/Map state {@code outer}. */
    public boolean isNestedIn(Node inner, Node outer) {
        String group = inner.groupId();
        while (group != null) {
            if (group.equals(outer.id())) {
                return true;
            }
            group = nodesById.get(group).groupId();
        }
        return false;
    }

    // ---- layout of one state list ----

    /** A laid-out state list, relative to its own top left corner. */
    private record Layout(List<Node> nodes, List<Edge> edges, List<Frame> frames, double width, double height) {
        Layout moved(double dx, double dy) {
            return new Layout(nodes.stream().map(n -> n.moved(dx, dy)).toList(),
                    edges.stream().map(e -> e.moved(dx, dy)).toList(),
                    frames.stream().map(f -> f.moved(dx, dy)).toList(), width, height);
        }
    }

    /** A declared transition, by state name, before layout. */
    private record Transition(String from, String to, EdgeKind kind, String label) {}

    private static Layout layoutStateList(JsonNode stateList, String idPrefix, String groupId) {
        JsonNode states = stateList.path("States");
        List<String> names = new ArrayList<>();
        states.fieldNames().forEachRemaining(names::add);
        String startAt = stateList.path("StartAt").asText();

        // Sizes first: a Parallel or Map state is as large as its nested state lists.
        Map<String, double[]> sizes = new HashMap<>();
        Map<String, List<Layout>> nested = new HashMap<>();
        Map<String, List<String>> nestedLabels = new HashMap<>();
        for (String name : names) {
            JsonNode state = states.get(name);
            String id = idPrefix + name;
            List<JsonNode> children = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            String type = state.path("Type").asText();
            if (type.equals("Parallel")) {
                int index = 1;
                for (JsonNode branch : state.path("Branches")) {
                    children.add(branch);
                    labels.add("Branch " + index++);
                }
            } else if (type.equals("Map")) {
                JsonNode processor = state.has("ItemProcessor") ? state.get("ItemProcessor") : state.get("Iterator");
                if (processor != null) {
                    children.add(processor);
                    labels.add("Item processor");
                }
            }
            List<Layout> childLayouts = new ArrayList<>();
            for (int i = 0; i < children.size(); i++) {
                childLayouts.add(layoutStateList(children.get(i), id + "/" + i + "/", id));
            }
            nested.put(name, childLayouts);
            nestedLabels.put(name, labels);
            double labelWidth = labelWidth(name);
            if (childLayouts.isEmpty()) {
                sizes.put(name, new double[] {labelWidth, NODE_HEIGHT});
            } else {
                double framesWidth = childLayouts.stream().mapToDouble(l -> l.width + 2 * FRAME_PADDING).sum()
                        + HORIZONTAL_GAP / 2 * (childLayouts.size() - 1);
                double framesHeight = childLayouts.stream().mapToDouble(l -> l.height + FRAME_LABEL + FRAME_PADDING)
                        .max().orElse(0);
                sizes.put(name, new double[] {Math.max(labelWidth, framesWidth + 2 * GROUP_PADDING),
                        GROUP_HEADER + framesHeight + GROUP_PADDING});
            }
        }

        List<Transition> transitions = transitions(states, names);
        Set<Transition> backEdges = backEdges(startAt, names, transitions);
        Map<String, Integer> layers = layers(startAt, names, transitions, backEdges);
        List<List<String>> rows = rows(names, layers, transitions, backEdges);

        // Vertical placement by layer; horizontal under the predecessors, pushed right to avoid overlap.
        boolean hasUpwardEdges = transitions.stream().anyMatch(t -> layers.get(t.to) <= layers.get(t.from));
        double top = hasUpwardEdges ? VERTICAL_GAP / 2 : 0;
        Map<String, double[]> positions = new HashMap<>();
        double y = top;
        for (List<String> row : rows) {
            double rowHeight = 0;
            double previousRight = Double.NEGATIVE_INFINITY;
            double pushedRight = 0;
            int wanting = 0;
            for (String name : row) {
                double[] size = sizes.get(name);
                double desiredCenter = predecessorCenter(name, transitions, backEdges, positions, sizes);
                double x = Double.isNaN(desiredCenter) ? (previousRight == Double.NEGATIVE_INFINITY ? 0
                        : previousRight + HORIZONTAL_GAP) : desiredCenter - size[0] / 2;
                if (previousRight != Double.NEGATIVE_INFINITY) {
                    x = Math.max(x, previousRight + HORIZONTAL_GAP);
                }
                if (!Double.isNaN(desiredCenter)) {
                    pushedRight += x - (desiredCenter - size[0] / 2);
                    wanting++;
                }
                positions.put(name, new double[] {x, y});
                previousRight = x + size[0];
                rowHeight = Math.max(rowHeight, size[1]);
            }
            // Siblings pushed apart shift back left together, so they stay centred under their parents.
            double shift = wanting == 0 ? 0 : pushedRight / wanting;
            row.forEach(name -> positions.get(name)[0] -= shift);
            y += rowHeight + VERTICAL_GAP;
        }
        // Forward edges that skip layers and would run through a state go down a lane on the left instead.
        List<Transition> detours = transitions.stream()
                .filter(t -> layers.get(t.to) > layers.get(t.from) + 1
                        && obstructed(t, leaveX(t, positions, sizes), names, positions, sizes))
                .toList();
        // One lane per target: the Catch edges of many tasks to one failure state run down together.
        List<String> laneTargets = detours.stream().map(Transition::to).distinct().toList();
        double leftLanes = laneTargets.isEmpty() ? 0 : LANE_WIDTH * (laneTargets.size() + 1);
        double minX = positions.values().stream().mapToDouble(p -> p[0]).min().orElse(0);
        positions.values().forEach(p -> p[0] += leftLanes - minX);
        Map<Integer, Double> rowBottoms = new HashMap<>();
        names.forEach(n -> rowBottoms.merge(layers.get(n), positions.get(n)[1] + sizes.get(n)[1], Math::max));
        double contentWidth = names.stream().mapToDouble(n -> positions.get(n)[0] + sizes.get(n)[0]).max().orElse(0);
        double contentBottom = names.stream().mapToDouble(n -> positions.get(n)[1] + sizes.get(n)[1]).max().orElse(0);

        List<Node> nodes = new ArrayList<>();
        List<Frame> frames = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        Map<String, Node> byName = new HashMap<>();
        for (String name : names) {
            double[] position = positions.get(name);
            double[] size = sizes.get(name);
            Node node = new Node(idPrefix + name, name, states.get(name).path("Type").asText(), groupId,
                    position[0], position[1], size[0], size[1]);
            nodes.add(node);
            byName.put(name, node);
            double frameX = node.x() + GROUP_PADDING;
            List<Layout> children = nested.get(name);
            for (int i = 0; i < children.size(); i++) {
                Layout child = children.get(i);
                double frameY = node.y() + GROUP_HEADER;
                frames.add(new Frame(node.id(), nestedLabels.get(name).get(i), frameX, frameY,
                        child.width + 2 * FRAME_PADDING, child.height + FRAME_LABEL + FRAME_PADDING));
                Layout placed = child.moved(frameX + FRAME_PADDING, frameY + FRAME_LABEL);
                nodes.addAll(placed.nodes);
                edges.addAll(placed.edges);
                frames.addAll(placed.frames);
                frameX += child.width + 2 * FRAME_PADDING + HORIZONTAL_GAP / 2;
            }
        }

        int lane = 0;
        for (Transition transition : transitions) {
            Node from = byName.get(transition.from);
            Node to = byName.get(transition.to);
            boolean upward = layers.get(transition.to) <= layers.get(transition.from);
            // Lanes leave below the whole row, so they never cross a taller neighbour of the source.
            double rowBottom = rowBottoms.get(layers.get(transition.from));
            double leaveX = leaveX(transition, positions, sizes);
            List<Point> route;
            if (upward) {
                double laneX = contentWidth + LANE_WIDTH * ++lane;
                double arriveX = to.centerX() + to.width() / 4;
                double below = rowBottom + VERTICAL_GAP / 3;
                double above = to.y() - VERTICAL_GAP / 3;
                route = List.of(new Point(leaveX, from.bottom()), new Point(leaveX, below), new Point(laneX, below),
                        new Point(laneX, above), new Point(arriveX, above), new Point(arriveX, to.y()));
            } else if (detours.contains(transition)) {
                double laneX = LANE_WIDTH * (laneTargets.indexOf(transition.to) + 1);
                double arriveX = to.centerX() - to.width() / 4;
                double below = rowBottom + VERTICAL_GAP / 4;
                double above = to.y() - VERTICAL_GAP / 4;
                route = List.of(new Point(leaveX, from.bottom()), new Point(leaveX, below), new Point(laneX, below),
                        new Point(laneX, above), new Point(arriveX, above), new Point(arriveX, to.y()));
            } else {
                double bend = to.y() - VERTICAL_GAP / 2;
                route = Math.abs(leaveX - to.centerX()) < 0.5
                        ? List.of(new Point(leaveX, from.bottom()), new Point(to.centerX(), to.y()))
                        : List.of(new Point(leaveX, from.bottom()), new Point(leaveX, bend),
                                new Point(to.centerX(), bend), new Point(to.centerX(), to.y()));
            }
            edges.add(new Edge(from.id(), to.id(), transition.kind, transition.label, backEdges.contains(transition),
                    route));
        }
        double width = contentWidth + (lane > 0 ? LANE_WIDTH * (lane + 1) : 0);
        double height = contentBottom + (hasUpwardEdges ? VERTICAL_GAP / 2 : 0);
        return new Layout(nodes, edges, frames, width, height);
    }

    /** Where an edge leaves its source's bottom: Catch edges left of centre, loops right of it, the rest central. */
    private static double leaveX(Transition transition, Map<String, double[]> positions, Map<String, double[]> sizes) {
        double[] position = positions.get(transition.from);
        double width = sizes.get(transition.from)[0];
        double center = position[0] + width / 2;
        if (transition.kind == EdgeKind.CATCH) {
            return center - width / 4;
        }
        return position[1] >= positions.get(transition.to)[1] ? center + width / 4 : center;
    }

    /** Whether a straight drop from the source at {@code x} down to the target's row would pass through another state. */
    private static boolean obstructed(Transition transition, double x, List<String> names,
            Map<String, double[]> positions, Map<String, double[]> sizes) {
        double top = positions.get(transition.from)[1] + sizes.get(transition.from)[1];
        double bottom = positions.get(transition.to)[1];
        for (String name : names) {
            double[] position = positions.get(name);
            double[] size = sizes.get(name);
            boolean across = position[0] - 4 <= x && x <= position[0] + size[0] + 4;
            boolean between = position[1] < bottom && position[1] + size[1] > top;
            if (!name.equals(transition.from) && !name.equals(transition.to) && across && between) {
                return true;
            }
        }
        return false;
    }

    static double labelWidth(String name) {
        return Math.min(MAX_NODE_WIDTH, Math.max(MIN_NODE_WIDTH, name.length() * CHAR_WIDTH + LABEL_PADDING));
    }

    /** Next, Default, Choices and Catch targets, in declaration order; several rules to one target make one edge. */
    private static List<Transition> transitions(JsonNode states, List<String> names) {
        Map<String, Transition> byEnds = new LinkedHashMap<>();
        for (String name : names) {
            JsonNode state = states.get(name);
            int rule = 1;
            for (JsonNode choice : state.path("Choices")) {
                String label = choice.hasNonNull("Comment") ? choice.get("Comment").asText() : "Rule " + rule;
                add(byEnds, names, new Transition(name, choice.path("Next").asText(), EdgeKind.CHOICE, label));
                rule++;
            }
            if (state.hasNonNull("Default")) {
                add(byEnds, names, new Transition(name, state.get("Default").asText(), EdgeKind.DEFAULT, "Default"));
            }
            if (state.hasNonNull("Next")) {
                add(byEnds, names, new Transition(name, state.get("Next").asText(), EdgeKind.NEXT, ""));
            }
            for (JsonNode catcher : state.path("Catch")) {
                List<String> errors = new ArrayList<>();
                catcher.path("ErrorEquals").forEach(error -> errors.add(error.asText()));
                add(byEnds, names, new Transition(name, catcher.path("Next").asText(), EdgeKind.CATCH,
                        String.join(", ", errors)));
            }
        }
        return new ArrayList<>(byEnds.values());
    }

    private static void add(Map<String, Transition> byEnds, List<String> names, Transition transition) {
        if (!names.contains(transition.to)) {
            return; // the validator refuses such definitions; a drawing simply leaves the edge out
        }
        String key = transition.from + "\u0000" + transition.to + "\u0000" + transition.kind;
        byEnds.merge(key, transition, (first, more) -> new Transition(first.from, first.to, first.kind,
                first.label + " | " + more.label));
    }

    /** Edges to a state still on the depth-first search stack: they close a loop. */
    private static Set<Transition> backEdges(String startAt, List<String> names, List<Transition> transitions) {
        Map<String, List<Transition>> outgoing = outgoing(transitions);
        Set<Transition> backEdges = new HashSet<>();
        Set<String> done = new HashSet<>();
        Set<String> onStack = new HashSet<>();
        List<String> roots = new ArrayList<>();
        if (names.contains(startAt)) {
            roots.add(startAt);
        }
        roots.addAll(names);
        for (String root : roots) {
            if (!done.contains(root)) {
                depthFirst(root, outgoing, done, onStack, backEdges);
            }
        }
        return backEdges;
    }

    private static void depthFirst(String state, Map<String, List<Transition>> outgoing, Set<String> done,
            Set<String> onStack, Set<Transition> backEdges) {
        onStack.add(state);
        for (Transition transition : outgoing.getOrDefault(state, List.of())) {
            if (onStack.contains(transition.to)) {
                backEdges.add(transition);
            } else if (!done.contains(transition.to)) {
                depthFirst(transition.to, outgoing, done, onStack, backEdges);
            }
        }
        onStack.remove(state);
        done.add(state);
    }

    /**
     * Longest path from StartAt over the edges that are not back edges. States StartAt does not
     * reach come below all that it reaches, so they never push the main flow down.
     */
    private static Map<String, Integer> layers(String startAt, List<String> names, List<Transition> transitions,
            Set<Transition> backEdges) {
        Set<String> reachable = new HashSet<>();
        List<String> pending = new ArrayList<>();
        if (names.contains(startAt)) {
            pending.add(startAt);
        }
        Map<String, List<Transition>> outgoing = outgoing(transitions);
        while (!pending.isEmpty()) {
            String state = pending.remove(pending.size() - 1);
            if (reachable.add(state)) {
                outgoing.getOrDefault(state, List.of()).forEach(t -> pending.add(t.to));
            }
        }
        Map<String, Integer> reachableLayers = longestPaths(names.stream().filter(reachable::contains).toList(),
                transitions, backEdges);
        int below = reachableLayers.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        Map<String, Integer> layers = new HashMap<>(reachableLayers);
        longestPaths(names.stream().filter(n -> !reachable.contains(n)).toList(), transitions, backEdges)
                .forEach((name, layer) -> layers.put(name, layer + below));
        return layers;
    }

    /** Longest path layering of {@code members}, using only forward edges between members (Kahn's order). */
    private static Map<String, Integer> longestPaths(List<String> members, List<Transition> transitions,
            Set<Transition> backEdges) {
        Set<String> memberSet = new HashSet<>(members);
        List<Transition> forward = transitions.stream().filter(t -> !backEdges.contains(t))
                .filter(t -> memberSet.contains(t.from) && memberSet.contains(t.to)).toList();
        Map<String, Integer> incoming = new HashMap<>();
        members.forEach(m -> incoming.put(m, 0));
        forward.forEach(t -> incoming.merge(t.to, 1, Integer::sum));
        Map<String, Integer> layers = new HashMap<>();
        List<String> ready = new ArrayList<>(members.stream().filter(m -> incoming.get(m) == 0).toList());
        ready.forEach(m -> layers.put(m, 0));
        Map<String, List<Transition>> outgoing = outgoing(forward);
        while (!ready.isEmpty()) {
            String state = ready.remove(0);
            for (Transition transition : outgoing.getOrDefault(state, List.of())) {
                layers.merge(transition.to, layers.get(state) + 1, Math::max);
                if (incoming.merge(transition.to, -1, Integer::sum) == 0) {
                    ready.add(transition.to);
                }
            }
        }
        return layers;
    }

    /** States per layer, each layer ordered by the mean position of its predecessors (one barycentre sweep). */
    private static List<List<String>> rows(List<String> names, Map<String, Integer> layers,
            List<Transition> transitions, Set<Transition> backEdges) {
        int count = layers.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new ArrayList<>());
        }
        names.forEach(name -> rows.get(layers.get(name)).add(name));
        Map<String, Double> order = new HashMap<>();
        for (List<String> row : rows) {
            Map<String, Double> keys = new HashMap<>();
            for (int i = 0; i < row.size(); i++) {
                String name = row.get(i);
                double fallback = i;
                keys.put(name, transitions.stream()
                        .filter(t -> t.to.equals(name) && !backEdges.contains(t) && order.containsKey(t.from))
                        .mapToDouble(t -> order.get(t.from)).average().orElse(fallback));
            }
            row.sort(Comparator.comparingDouble(keys::get));
            for (int i = 0; i < row.size(); i++) {
                order.put(row.get(i), (double) i);
            }
        }
        return rows;
    }

    /** The mean centre of the already placed predecessors over forward edges, NaN when there are none. */
    private static double predecessorCenter(String name, List<Transition> transitions, Set<Transition> backEdges,
            Map<String, double[]> positions, Map<String, double[]> sizes) {
        return transitions.stream()
                .filter(t -> t.to.equals(name) && !backEdges.contains(t) && positions.containsKey(t.from))
                .mapToDouble(t -> positions.get(t.from)[0] + sizes.get(t.from)[0] / 2)
                .average().orElse(Double.NaN);
    }

    private static Map<String, List<Transition>> outgoing(List<Transition> transitions) {
        Map<String, List<Transition>> outgoing = new HashMap<>();
        transitions.forEach(t -> outgoing.computeIfAbsent(t.from, k -> new ArrayList<>()).add(t));
        return outgoing;
    }
}
