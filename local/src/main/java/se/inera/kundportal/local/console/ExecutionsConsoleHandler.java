package se.inera.kundportal.local.console;

import static se.inera.kundportal.local.console.Html.text;
import static se.inera.kundportal.local.console.Html.url;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import se.inera.kundportal.local.asl.AslApiException;
import se.inera.kundportal.local.asl.AslEngine;
import se.inera.kundportal.local.asl.ExecutionDescription;
import se.inera.kundportal.local.asl.ExecutionSnapshot;
import se.inera.kundportal.local.asl.ExecutionStatus;
import se.inera.kundportal.local.asl.HistoryEvent;
import se.inera.kundportal.local.asl.StateMachineDescription;
import se.inera.kundportal.local.asl.json.Json;
import se.inera.kundportal.local.console.ExecutionGraph.Edge;
import se.inera.kundportal.local.console.ExecutionGraph.Node;
import se.inera.kundportal.local.console.ExecutionPath.StateVisit;

/**
 * The operator view of executions, the local counterpart of the Step Functions console. Mounted
 * by the runtime under a base path (e.g. {@code /_local/executions}):
 * <ul>
 *   <li>{@code GET base} - state machines with their executions counted per status;</li>
 *   <li>{@code GET base/machine?arn=...&status=FAILED} - a machine's executions, newest first;</li>
 *   <li>{@code GET base/execution?arn=...} - one execution: status, input, output or error, the
 *       state machine drawn with the path taken, and the history. Reloads itself while RUNNING.</li>
 * </ul>
 * Each page answers {@code ?format=json} with the same data as JSON, for scripts and tests.
 * Pages load only {@code base/static/console.css} and {@code console.js}, under a CSP that forbids
 * everything else.
 */
public final class ExecutionsConsoleHandler implements HttpHandler {
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; script-src 'self';"
            + " img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final int REFRESH_SECONDS = 3;
    private static final Map<String, String> STATIC_FILES = Map.of(
            "console.css", "text/css; charset=utf-8",
            "console.js", "text/javascript; charset=utf-8");

    private final String basePath;
    private final AslEngine engine;

    /** @param basePath where the runtime mounts this handler, e.g. {@code /_local/executions} (no trailing slash) */
    public ExecutionsConsoleHandler(String basePath, AslEngine engine) {
        this.basePath = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
        this.engine = Objects.requireNonNull(engine);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String relative = path.startsWith(basePath) ? path.substring(basePath.length()) : path;
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            boolean json = "json".equals(query.get("format"));
            try {
                route(exchange, relative, query, json);
            } catch (AslApiException e) {
                // Unknown machine or execution: the engine's error names what was not found.
                error(exchange, json, 404, e.errorCode(), e.getMessage());
            } catch (BadRequest e) {
                error(exchange, json, 400, "ValidationException", e.getMessage());
            }
        }
    }

    private void route(HttpExchange exchange, String relative, Map<String, String> query, boolean json)
            throws IOException {
        switch (relative) {
            case "", "/" -> {
                if (json) {
                    sendJson(exchange, 200, machinesJson());
                } else {
                    sendHtml(exchange, 200, machinesPage());
                }
            }
            case "/machine" -> {
                String arn = required(query, "arn");
                ExecutionStatus status = status(query.get("status"));
                if (json) {
                    sendJson(exchange, 200, machineJson(arn, status));
                } else {
                    sendHtml(exchange, 200, machinePage(arn, status));
                }
            }
            case "/execution" -> {
                ExecutionView view = executionView(required(query, "arn"));
                if (json) {
                    sendJson(exchange, 200, view.toJson());
                } else {
                    sendHtml(exchange, 200, executionPage(view));
                }
            }
            default -> {
                String file = relative.startsWith("/static/") ? relative.substring("/static/".length()) : "";
                if (STATIC_FILES.containsKey(file)) {
                    sendStatic(exchange, file);
                } else {
                    error(exchange, json, 404, "NotFound", "No such page: " + relative);
                }
            }
        }
    }

    // ---- state machines ----

    private ObjectNode machinesJson() {
        ObjectNode json = Json.object();
        ArrayNode machines = json.putArray("stateMachines");
        for (StateMachineDescription machine : engine.listStateMachines()) {
            ObjectNode item = machines.addObject();
            item.put("stateMachineArn", machine.stateMachineArn());
            item.put("name", machine.name());
            item.put("creationDate", machine.creationDate().toString());
            ObjectNode counts = item.putObject("executionCounts");
            countsByStatus(machine.stateMachineArn()).forEach((status, count) -> counts.put(status.name(), count));
        }
        return json;
    }

    private Map<ExecutionStatus, Integer> countsByStatus(String machineArn) {
        Map<ExecutionStatus, Integer> counts = new EnumMap<>(ExecutionStatus.class);
        for (ExecutionStatus status : ExecutionStatus.values()) {
            counts.put(status, 0);
        }
        engine.listExecutions(machineArn, null).forEach(e -> counts.merge(e.status(), 1, Integer::sum));
        return counts;
    }

    private String machinesPage() {
        StringBuilder body = new StringBuilder();
        body.append("<h1>State machines</h1>");
        List<StateMachineDescription> machines = engine.listStateMachines();
        if (machines.isEmpty()) {
            body.append("<p class=\"empty\">No state machines have been created.</p>");
        } else {
            body.append("<table class=\"machines\"><thead><tr><th>Name</th><th>Created</th>");
            for (ExecutionStatus status : ExecutionStatus.values()) {
                body.append("<th>").append(statusLabel(status)).append("</th>");
            }
            body.append("<th>Total</th></tr></thead><tbody>");
            for (StateMachineDescription machine : machines) {
                Map<ExecutionStatus, Integer> counts = countsByStatus(machine.stateMachineArn());
                body.append("<tr><td><a href=\"").append(text(machineHref(machine.stateMachineArn(), null)))
                        .append("\">").append(text(machine.name())).append("</a></td><td>")
                        .append(time(machine.creationDate())).append("</td>");
                for (ExecutionStatus status : ExecutionStatus.values()) {
                    int count = counts.get(status);
                    body.append("<td class=\"count\">");
                    if (count > 0) {
                        body.append("<a class=\"status ").append(statusClass(status)).append("\" href=\"")
                                .append(text(machineHref(machine.stateMachineArn(), status))).append("\">")
                                .append(count).append("</a>");
                    } else {
                        body.append("<span class=\"zero\">0</span>");
                    }
                    body.append("</td>");
                }
                body.append("<td class=\"count\">").append(counts.values().stream().mapToInt(Integer::intValue).sum())
                        .append("</td></tr>");
            }
            body.append("</tbody></table>");
        }
        return page("State machines", List.of(), body.toString(), false);
    }

    // ---- one machine's executions ----

    private ObjectNode machineJson(String arn, ExecutionStatus filter) {
        StateMachineDescription machine = engine.describeStateMachine(arn);
        ObjectNode json = Json.object();
        json.put("stateMachineArn", machine.stateMachineArn());
        json.put("name", machine.name());
        json.put("statusFilter", filter == null ? null : filter.name());
        ArrayNode executions = json.putArray("executions");
        for (ExecutionDescription execution : engine.listExecutions(arn, filter)) {
            ObjectNode item = executions.addObject();
            item.put("executionArn", execution.executionArn());
            item.put("name", execution.name());
            item.put("status", execution.status().name());
            item.put("startDate", execution.startDate().toString());
            item.put("stopDate", execution.stopDate() == null ? null : execution.stopDate().toString());
        }
        return json;
    }

    private String machinePage(String arn, ExecutionStatus filter) {
        StateMachineDescription machine = engine.describeStateMachine(arn);
        List<ExecutionDescription> executions = engine.listExecutions(arn, filter);
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(text(machine.name())).append("</h1>");
        body.append("<p class=\"arn\">").append(text(arn)).append("</p>");
        body.append("<nav class=\"filters\" aria-label=\"Filter by status\">");
        body.append(filterLink(arn, null, filter));
        for (ExecutionStatus status : ExecutionStatus.values()) {
            body.append(filterLink(arn, status, filter));
        }
        body.append("</nav>");
        if (executions.isEmpty()) {
            body.append("<p class=\"empty\">No executions").append(filter == null ? "" : " with status "
                    + statusLabel(filter)).append(".</p>");
        } else {
            body.append("<table class=\"executions\"><thead><tr><th>Name</th><th>Status</th><th>Started</th>"
                    + "<th>Ended</th></tr></thead><tbody>");
            for (ExecutionDescription execution : executions) {
                body.append("<tr data-status=\"").append(execution.status().name()).append("\"><td><a href=\"")
                        .append(text(executionHref(execution.executionArn()))).append("\">")
                        .append(text(execution.name())).append("</a></td><td>").append(statusBadge(execution.status()))
                        .append("</td><td>").append(time(execution.startDate())).append("</td><td>")
                        .append(time(execution.stopDate())).append("</td></tr>");
            }
            body.append("</tbody></table>");
        }
        return page(machine.name(), List.of(crumb(basePath + "/", "State machines")), body.toString(), false);
    }

    private String filterLink(String arn, ExecutionStatus status, ExecutionStatus current) {
        String label = status == null ? "All" : statusLabel(status);
        String cssClass = "filter" + (status == current ? " current" : "");
        return "<a class=\"" + cssClass + "\" href=\"" + text(machineHref(arn, status)) + "\""
                + (status == current ? " aria-current=\"page\"" : "") + ">" + label + "</a>";
    }

    // ---- one execution ----

    /** Everything the execution page shows, gathered once. */
    private record ExecutionView(ExecutionDescription execution, String machineName, List<HistoryEvent> history,
            ExecutionGraph graph, ExecutionPath path) {

        ObjectNode toJson() {
            ObjectNode json = Json.object();
            json.put("executionArn", execution.executionArn());
            json.put("stateMachineArn", execution.stateMachineArn());
            json.put("stateMachineName", machineName);
            json.put("name", execution.name());
            json.put("status", execution.status().name());
            json.put("startDate", execution.startDate().toString());
            json.put("stopDate", execution.stopDate() == null ? null : execution.stopDate().toString());
            json.put("input", execution.input());
            json.put("output", execution.output());
            json.put("error", execution.error());
            json.put("cause", execution.cause());
            ArrayNode current = json.putArray("currentStates");
            path.currentStates().forEach(current::add);
            ArrayNode failed = json.putArray("failedStates");
            path.failedStates().forEach(failed::add);
            ObjectNode graphJson = json.putObject("graph");
            graphJson.put("width", graph.width());
            graphJson.put("height", graph.height());
            ArrayNode nodes = graphJson.putArray("nodes");
            for (Node node : graph.nodes()) {
                ObjectNode item = nodes.addObject();
                item.put("id", node.id());
                item.put("name", node.name());
                item.put("type", node.type());
                item.put("group", node.groupId());
                item.put("x", node.x());
                item.put("y", node.y());
                item.put("width", node.width());
                item.put("height", node.height());
                StateVisit visit = path.visit(node.name()).orElse(null);
                item.put("outcome", visit == null ? "NOT_VISITED" : visit.outcome().name());
                item.put("entries", visit == null ? 0 : visit.entries());
            }
            ArrayNode edges = graphJson.putArray("edges");
            for (Edge edge : graph.edges()) {
                String from = graph.node(edge.fromId()).map(Node::name).orElseThrow();
                String to = graph.node(edge.toId()).map(Node::name).orElseThrow();
                ObjectNode item = edges.addObject();
                item.put("from", edge.fromId());
                item.put("to", edge.toId());
                item.put("kind", edge.kind().name());
                item.put("label", edge.label());
                item.put("backEdge", edge.backEdge());
                item.put("taken", path.followed(from, to));
            }
            ArrayNode events = json.putArray("history");
            history.forEach(event -> events.add(event.toJson()));
            return json;
        }
    }

    private ExecutionView executionView(String executionArn) {
        ExecutionDescription execution = engine.describeExecution(executionArn);
        List<HistoryEvent> history = engine.getExecutionHistory(executionArn);
        JsonNode definition = definitionOf(execution);
        String machineName = execution.stateMachineArn().substring(execution.stateMachineArn().lastIndexOf(':') + 1);
        return new ExecutionView(execution, machineName, history, ExecutionGraph.of(definition),
                ExecutionPath.of(history, execution.status()));
    }

    /**
     * The definition the execution runs: the snapshot holds it when there is one (the machine may have
     * been updated since the start); otherwise the machine's current definition.
     */
    private JsonNode definitionOf(ExecutionDescription execution) {
        JsonNode fromSnapshot = engine.snapshot(execution.executionArn()).map(ExecutionSnapshot::toJson)
                .map(Json::parse).map(snapshot -> snapshot.get("definition")).orElse(null);
        if (fromSnapshot != null && fromSnapshot.isObject()) {
            return fromSnapshot;
        }
        return Json.parse(engine.describeStateMachine(execution.stateMachineArn()).definition());
    }

    private String executionPage(ExecutionView view) {
        ExecutionDescription execution = view.execution();
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(text(execution.name())).append(' ').append(statusBadge(execution.status()))
                .append("</h1>");
        body.append("<dl class=\"summary\"><dt>Execution ARN</dt><dd class=\"arn\">")
                .append(text(execution.executionArn())).append("</dd><dt>State machine</dt><dd><a href=\"")
                .append(text(machineHref(execution.stateMachineArn(), null))).append("\">")
                .append(text(view.machineName())).append("</a></dd><dt>Started</dt><dd>")
                .append(time(execution.startDate())).append("</dd><dt>Ended</dt><dd>")
                .append(time(execution.stopDate())).append("</dd>");
        if (!view.path().currentStates().isEmpty()) {
            body.append("<dt>Current state</dt><dd class=\"current-states\">")
                    .append(text(String.join(", ", view.path().currentStates()))).append("</dd>");
        }
        if (!view.path().failedStates().isEmpty()) {
            body.append("<dt>Failed state</dt><dd class=\"failed-states\">")
                    .append(text(String.join(", ", view.path().failedStates()))).append("</dd>");
        }
        body.append("</dl>");
        if (execution.status() == ExecutionStatus.RUNNING) {
            body.append("<p class=\"refresh\">Running: this page reloads every ").append(REFRESH_SECONDS)
                    .append(" seconds.</p>");
        }

        body.append("<section class=\"graph-view\"><h2>Graph</h2><div class=\"legend\">"
                + "<span class=\"key succeeded\">Succeeded</span><span class=\"key running\">Current</span>"
                + "<span class=\"key failed\">Failed</span><span class=\"key caught\">Caught</span>"
                + "<span class=\"key cancelled\">Cancelled</span><span class=\"key not-visited\">Not visited</span>"
                + "<span class=\"key catch-edge\">Catch</span><span class=\"key back-edge\">Loop back</span></div>"
                + "<div class=\"graph-scroll\">");
        body.append(GraphSvg.render(view.graph(), view.path()));
        body.append("</div></section>");

        body.append("<section class=\"data\"><div><h2>Input</h2><pre class=\"json input\">")
                .append(text(Html.prettyJson(execution.input()))).append("</pre></div>");
        if (execution.status() == ExecutionStatus.SUCCEEDED) {
            body.append("<div><h2>Output</h2><pre class=\"json output\">")
                    .append(text(Html.prettyJson(execution.output()))).append("</pre></div>");
        } else if (execution.status().isTerminal()) {
            body.append("<div><h2>Error</h2><pre class=\"error\">").append(text(execution.error()))
                    .append("</pre><h2>Cause</h2><pre class=\"json cause\">")
                    .append(text(Html.prettyJson(execution.cause()))).append("</pre></div>");
        }
        body.append("</section>");

        body.append("<section class=\"history\"><h2>History (").append(view.history().size())
                .append(" events)</h2><table class=\"history\"><thead><tr><th>ID</th><th>Type</th><th>Timestamp</th>"
                        + "<th>State</th><th>Details</th></tr></thead><tbody>");
        for (HistoryEvent event : view.history()) {
            body.append("<tr id=\"event-").append(event.id()).append("\" class=\"")
                    .append(event.type().endsWith("Failed") || event.type().endsWith("TimedOut")
                            || event.type().endsWith("Aborted") ? "failure" : "")
                    .append("\"><td>").append(event.id()).append("</td><td>").append(text(event.type()))
                    .append("</td><td>").append(time(event.timestamp())).append("</td><td>")
                    .append(text(view.path().stateOf(event))).append("</td><td>");
            if (event.details() != null) {
                body.append("<details data-event=\"").append(event.id()).append("\"><summary>")
                        .append(text(event.detailsMember())).append("</summary><pre class=\"json\">")
                        .append(text(Html.pretty(expandJsonTexts(event.details())))).append("</pre></details>");
            }
            body.append("</td></tr>");
        }
        body.append("</tbody></table></section>");
        return page(execution.name(), List.of(crumb(basePath + "/", "State machines"),
                crumb(machineHref(execution.stateMachineArn(), null), view.machineName())), body.toString(),
                execution.status() == ExecutionStatus.RUNNING);
    }

    /** Input/output/cause fields hold JSON as text; shown as JSON they are far easier to read. */
    private static JsonNode expandJsonTexts(JsonNode details) {
        ObjectNode copy = details.deepCopy();
        for (String field : List.of("input", "output", "cause", "parameters")) {
            JsonNode value = copy.get(field);
            if (value != null && value.isTextual()) {
                try {
                    copy.set(field, Json.parse(value.asText()));
                } catch (IllegalArgumentException notJson) {
                    // plain text stays as it is
                }
            }
        }
        return copy;
    }

    // ---- page frame ----

    private String page(String title, List<String> crumbs, String body, boolean refresh) {
        StringBuilder html = new StringBuilder(body.length() + 1024);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(text(title)).append(" - Step Functions (local)</title>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<link rel=\"stylesheet\" href=\"").append(text(basePath)).append("/static/console.css\">")
                .append("<script src=\"").append(text(basePath)).append("/static/console.js\" defer></script>")
                .append("</head><body");
        if (refresh) {
            html.append(" data-refresh-seconds=\"").append(REFRESH_SECONDS).append('"');
        }
        html.append("><header><span class=\"product\">Step Functions (local)</span>");
        if (!crumbs.isEmpty()) {
            html.append("<nav class=\"crumbs\" aria-label=\"Breadcrumb\">").append(String.join(" / ", crumbs))
                    .append("</nav>");
        }
        html.append("</header><main>").append(body).append("</main></body></html>");
        return html.toString();
    }

    private static String crumb(String href, String label) {
        return "<a href=\"" + text(href) + "\">" + text(label) + "</a>";
    }

    private String machineHref(String machineArn, ExecutionStatus status) {
        return basePath + "/machine?arn=" + url(machineArn) + (status == null ? "" : "&status=" + status.name());
    }

    private String executionHref(String executionArn) {
        return basePath + "/execution?arn=" + url(executionArn);
    }

    private static String statusBadge(ExecutionStatus status) {
        return "<span class=\"status " + statusClass(status) + "\">" + statusLabel(status) + "</span>";
    }

    private static String statusClass(ExecutionStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The console's wording: "Timed out" for TIMED_OUT. */
    private static String statusLabel(ExecutionStatus status) {
        String lower = status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String time(Instant instant) {
        return instant == null ? "-" : "<time datetime=\"" + instant + "\">" + instant.toString().replace('T', ' ')
                + "</time>";
    }

    // ---- HTTP ----

    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    private static String required(Map<String, String> query, String name) {
        String value = query.get(name);
        if (value == null || value.isBlank()) {
            throw new BadRequest("Query parameter '" + name + "' is required");
        }
        return value;
    }

    private static ExecutionStatus status(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return ExecutionStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("Unknown status; use one of RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED");
        }
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new HashMap<>();
        if (rawQuery == null) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            query.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }

    private void error(HttpExchange exchange, boolean json, int status, String code, String message)
            throws IOException {
        if (json) {
            ObjectNode body = Json.object();
            body.put("__type", code);
            body.put("message", message);
            sendJson(exchange, status, body);
        } else {
            sendHtml(exchange, status, page(code, List.of(crumb(basePath + "/", "State machines")),
                    "<h1>" + text(code) + "</h1><p class=\"message\">" + text(message) + "</p>", false));
        }
    }

    private static void sendHtml(HttpExchange exchange, int status, String html) throws IOException {
        exchange.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, "text/html; charset=utf-8", html);
    }

    private static void sendJson(HttpExchange exchange, int status, JsonNode json) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, "application/json", Html.pretty(json));
    }

    private static void sendStatic(HttpExchange exchange, String file) throws IOException {
        try (InputStream resource = ExecutionsConsoleHandler.class.getResourceAsStream(file)) {
            if (resource == null) {
                throw new UncheckedIOException(new IOException("console resource missing from the jar: " + file));
            }
            exchange.getResponseHeaders().set("Cache-Control", "max-age=60");
            send(exchange, 200, STATIC_FILES.get(file), new String(resource.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
