package se.inera.kundportal.local.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.inera.kundportal.local.asl.AslEngine;
import se.inera.kundportal.local.asl.ExecutionStatus;
import se.inera.kundportal.local.asl.json.Json;
import se.inera.kundportal.local.asl.lambda.LambdaFunctionException;
import se.inera.kundportal.local.asl.lambda.LambdaRegistry;
import se.inera.kundportal.local.asl.time.VirtualScheduler;

/** Real executions in an engine on a virtual clock, looked at through the console over HTTP. */
class ExecutionsConsoleHandlerTest {
    private static final String BASE = "/_local/executions";
    private static final String ROLE = "arn:aws:iam::111111111111:role/test";

    /** A Choice loop, a Parallel, a Map and a Task whose failure is caught. */
    private static final String ORDER_FLOW = """
            {"StartAt": "Start Count", "States": {
              "Start Count": {"Type": "Pass", "Result": 0, "ResultPath": "$.n", "Next": "Count Up"},
              "Count Up": {"Type": "Pass", "Parameters": {"n.$": "States.MathAdd($.n, 1)", "items.$": "$.items"},
                "Next": "Enough?"},
              "Enough?": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericGreaterThanEquals": 3, "Next": "Fan Out"}],
                "Default": "Count Up"},
              "Fan Out": {"Type": "Parallel", "ResultPath": "$.branches", "Next": "Each Item", "Branches": [
                {"StartAt": "Left Work", "States": {"Left Work": {"Type": "Task", "Resource": "Work", "End": true}}},
                {"StartAt": "Right Wait", "States": {"Right Wait": {"Type": "Wait", "Seconds": 5, "Next": "Right Done"},
                  "Right Done": {"Type": "Pass", "End": true}}}]},
              "Each Item": {"Type": "Map", "ItemsPath": "$.items", "ResultPath": "$.handled", "Next": "Risky Step",
                "ItemProcessor": {"StartAt": "Handle Item", "States": {
                  "Handle Item": {"Type": "Task", "Resource": "Work", "End": true}}}},
              "Risky Step": {"Type": "Task", "Resource": "Boom", "Next": "Done",
                "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Recover"}]},
              "Recover": {"Type": "Pass", "Next": "Done"},
              "Done": {"Type": "Succeed"}}}
            """;

    private static final String PAYMENT = """
            {"StartAt": "Charge Card", "States": {
              "Charge Card": {"Type": "Task", "Resource": "Boom", "Next": "Never Reached"},
              "Never Reached": {"Type": "Succeed"}}}
            """;

    private static final String ATTESTATION = """
            {"StartAt": "Wait For Attestation", "States": {
              "Wait For Attestation": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                "Parameters": {"FunctionName": "Notify", "Payload": {"token.$": "$$.Task.Token"}}, "Next": "Approved"},
              "Approved": {"Type": "Succeed"}}}
            """;

    private static final String HOSTILE = """
            {"StartAt": "<script>alert('state')</script>", "States": {
              "<script>alert('state')</script>": {"Type": "Pass", "Next": "\\"><img src=x onerror=alert(1)>"},
              "\\"><img src=x onerror=alert(1)>": {"Type": "Fail", "Error": "<b>Bad</b>", "Cause": "<script>alert('cause')</script>"}}}
            """;

    private final VirtualScheduler clock = new VirtualScheduler(Instant.parse("2026-01-01T08:00:00Z"));
    private final LambdaRegistry lambdas = new LambdaRegistry();
    private final AslEngine engine = new AslEngine(clock, lambdas);
    private final List<String> tokens = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private HttpServer server;

    @BeforeEach
    void startConsole() throws IOException {
        lambdas.register("Work", (request, invocation) -> CompletableFuture.completedFuture(request));
        lambdas.register("Boom", (request, invocation) -> CompletableFuture.failedFuture(
                new LambdaFunctionException("Payment.Declined", "{\"errorMessage\": \"card declined\"}")));
        lambdas.register("Notify", (request, invocation) -> {
            tokens.add(Json.parse(new String(request, StandardCharsets.UTF_8)).path("token").asText());
            return CompletableFuture.completedFuture("{}".getBytes(StandardCharsets.UTF_8));
        });
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(BASE, new ExecutionsConsoleHandler(BASE, engine));
        server.start();
    }

    @AfterEach
    void stopConsole() {
        server.stop(0);
    }

    @Test
    void marksTheStatesAndTransitionsOfAnExecutionThroughLoopParallelMapAndCatch() throws Exception {
        String execution = run("order-flow", ORDER_FLOW, "first", "{\"items\": [1, 2, 3]}");
        assertThat(engine.describeExecution(execution).status()).isEqualTo(ExecutionStatus.SUCCEEDED);

        JsonNode json = getJson(BASE + "/execution?format=json&arn=" + encode(execution));

        assertThat(outcome(json, "Count Up")).isEqualTo("SUCCEEDED");
        assertThat(node(json, "Count Up").path("entries").asInt()).isEqualTo(3);
        assertThat(outcome(json, "Left Work")).isEqualTo("SUCCEEDED");
        assertThat(outcome(json, "Right Done")).isEqualTo("SUCCEEDED");
        assertThat(outcome(json, "Handle Item")).isEqualTo("SUCCEEDED");
        assertThat(node(json, "Handle Item").path("entries").asInt()).isEqualTo(3);
        assertThat(outcome(json, "Risky Step")).isEqualTo("CAUGHT");
        assertThat(outcome(json, "Recover")).isEqualTo("SUCCEEDED");
        assertThat(outcome(json, "Done")).isEqualTo("SUCCEEDED");
        assertThat(json.path("failedStates")).isEmpty();
        assertThat(json.path("currentStates")).isEmpty();

        JsonNode loop = edge(json, "Enough?", "Count Up");
        assertThat(loop.path("backEdge").asBoolean()).isTrue();
        assertThat(loop.path("taken").asBoolean()).isTrue();
        assertThat(edge(json, "Risky Step", "Recover").path("kind").asText()).isEqualTo("CATCH");
        assertThat(edge(json, "Risky Step", "Recover").path("taken").asBoolean()).isTrue();
        assertThat(edge(json, "Risky Step", "Done").path("taken").asBoolean()).isFalse();
        assertThat(edge(json, "Right Wait", "Right Done").path("taken").asBoolean()).isTrue();

        String html = getPage(BASE + "/execution?arn=" + encode(execution)).body();
        assertThat(stateClasses(html, "Risky Step")).contains("task", "visited", "caught");
        assertThat(stateClasses(html, "Enough?")).contains("choice", "visited", "succeeded");
        assertThat(stateClasses(html, "Fan Out")).contains("parallel", "visited", "succeeded");
        assertThat(stateClasses(html, "Each Item")).contains("map", "visited", "succeeded");
        assertThat(edgeClasses(html, "Enough?", "Count Up")).contains("default", "back", "taken");
        assertThat(edgeClasses(html, "Risky Step", "Recover")).contains("catch", "taken");
        assertThat(edgeClasses(html, "Risky Step", "Done")).doesNotContain("taken");
        assertThat(html).contains("<pre class=\"json output\">").doesNotContain("data-refresh-seconds");
        assertThat(html).contains("<th>ID</th><th>Type</th><th>Timestamp</th><th>State</th><th>Details</th>");
        assertThat(html).contains("<td>ExecutionSucceeded</td>");
    }

    @Test
    void marksTheFailedStateAndShowsErrorAndCause() throws Exception {
        String execution = run("payment", PAYMENT, "declined", "{}");

        JsonNode json = getJson(BASE + "/execution?format=json&arn=" + encode(execution));
        assertThat(json.path("status").asText()).isEqualTo("FAILED");
        assertThat(json.path("error").asText()).isEqualTo("Payment.Declined");
        assertThat(json.path("failedStates")).extracting(JsonNode::asText).containsExactly("Charge Card");
        assertThat(outcome(json, "Never Reached")).isEqualTo("NOT_VISITED");

        String html = getPage(BASE + "/execution?arn=" + encode(execution)).body();
        assertThat(stateClasses(html, "Charge Card")).contains("visited", "failed");
        assertThat(stateClasses(html, "Never Reached")).contains("not-visited");
        assertThat(html).contains("<pre class=\"error\">Payment.Declined</pre>");
        assertThat(html).contains("&#34;errorMessage&#34; : &#34;card declined&#34;");
        assertThat(html).contains("<dd class=\"failed-states\">Charge Card</dd>");
    }

    @Test
    void marksTheCurrentStateOfAWaitingExecutionAndReloadsItsPage() throws Exception {
        String execution = runWithoutTimePassing("attestation", ATTESTATION, "waiting", "{}");
        assertThat(tokens).hasSize(1);

        JsonNode json = getJson(BASE + "/execution?format=json&arn=" + encode(execution));
        assertThat(json.path("status").asText()).isEqualTo("RUNNING");
        assertThat(json.path("currentStates")).extracting(JsonNode::asText).containsExactly("Wait For Attestation");

        String html = getPage(BASE + "/execution?arn=" + encode(execution)).body();
        assertThat(stateClasses(html, "Wait For Attestation")).contains("visited", "running");
        assertThat(stateClasses(html, "Approved")).contains("not-visited");
        assertThat(html).contains("<body data-refresh-seconds=\"3\">");
        assertThat(html).contains("<script src=\"" + BASE + "/static/console.js\" defer></script>");

        engine.sendTaskSuccess(tokens.get(0), "{}");
        clock.runUntilIdle();
        JsonNode after = getJson(BASE + "/execution?format=json&arn=" + encode(execution));
        assertThat(after.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(outcome(after, "Wait For Attestation")).isEqualTo("SUCCEEDED");
        assertThat(outcome(after, "Approved")).isEqualTo("SUCCEEDED");
    }

    @Test
    void countsExecutionsPerStatusAndFiltersAMachinesExecutions() throws Exception {
        run("payment", PAYMENT, "declined", "{}");
        String machine = engine.createStateMachine("attestation", ATTESTATION, ROLE).stateMachineArn();
        engine.startExecution(machine, "approved-earlier", "{}");
        clock.runReady();
        engine.sendTaskSuccess(tokens.get(0), "{}");
        clock.runUntilIdle();
        clock.advance(Duration.ofMinutes(1));
        engine.startExecution(machine, "still-waiting", "{}");
        clock.runReady();
        clock.advance(Duration.ofMinutes(1));
        engine.startExecution(machine, "stopped", "{}");
        clock.runReady();
        engine.stopExecution(engine.listExecutions(machine, ExecutionStatus.RUNNING).get(0).executionArn(),
                "Operator", "stopped by hand");

        JsonNode overview = getJson(BASE + "?format=json");
        JsonNode attestation = byName(overview.path("stateMachines"), "attestation");
        assertThat(attestation.path("executionCounts").path("SUCCEEDED").asInt()).isEqualTo(1);
        assertThat(attestation.path("executionCounts").path("RUNNING").asInt()).isEqualTo(1);
        assertThat(attestation.path("executionCounts").path("ABORTED").asInt()).isEqualTo(1);
        assertThat(byName(overview.path("stateMachines"), "payment").path("executionCounts").path("FAILED").asInt())
                .isEqualTo(1);

        JsonNode all = getJson(BASE + "/machine?format=json&arn=" + encode(machine));
        assertThat(all.path("executions")).extracting(e -> e.path("name").asText())
                .containsExactly("stopped", "still-waiting", "approved-earlier");
        JsonNode running = getJson(BASE + "/machine?format=json&status=RUNNING&arn=" + encode(machine));
        assertThat(running.path("executions")).extracting(e -> e.path("name").asText())
                .containsExactly("still-waiting");

        String page = getPage(BASE + "/machine?status=SUCCEEDED&arn=" + encode(machine)).body();
        assertThat(page).contains("approved-earlier").doesNotContain("still-waiting").doesNotContain("stopped</a>");
        assertThat(page).contains("class=\"filter current\" href=\"" + BASE + "/machine?arn="
                + encode(machine).replace("&", "&amp;") + "&amp;status=SUCCEEDED\" aria-current=\"page\"");
        String overviewPage = getPage(BASE).body();
        assertThat(overviewPage).contains(">attestation</a>").contains(">payment</a>");
    }

    @Test
    void escapesHostileStateNamesInputsAndCauses() throws Exception {
        String execution = run("hostile", HOSTILE, "hostile", "{\"comment\": \"<script>alert('input')</script>\"}");

        HttpResponse<String> response = getPage(BASE + "/execution?arn=" + encode(execution));
        String html = response.body();

        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img").doesNotContain("<b>Bad");
        assertThat(html).contains("&lt;script&gt;alert(&#39;state&#39;)&lt;/script&gt;");
        assertThat(html).contains("&lt;script&gt;alert(&#39;input&#39;)&lt;/script&gt;");
        assertThat(html).contains("&lt;script&gt;alert(&#39;cause&#39;)&lt;/script&gt;");
        assertThat(html).contains("&lt;b&gt;Bad&lt;/b&gt;");
        assertThat(html).contains("data-state=\"&#34;&gt;&lt;img src=x onerror=alert(1)&gt;\"");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(
                ExecutionsConsoleHandler.CONTENT_SECURITY_POLICY);
        assertThat(ExecutionsConsoleHandler.CONTENT_SECURITY_POLICY).doesNotContain("unsafe-inline");

        JsonNode json = getJson(BASE + "/execution?format=json&arn=" + encode(execution));
        assertThat(json.path("failedStates")).extracting(JsonNode::asText)
                .containsExactly("\"><img src=x onerror=alert(1)>");
    }

    @Test
    void answersUnknownExecutionsAndBadFiltersWithClientErrors() throws Exception {
        String machine = engine.createStateMachine("payment", PAYMENT, ROLE).stateMachineArn();

        HttpResponse<String> missing = getPage(BASE + "/execution?format=json&arn="
                + encode("arn:aws:states:us-east-1:111111111111:execution:payment:nope"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Json.parse(missing.body()).path("__type").asText()).isEqualTo("ExecutionDoesNotExist");

        HttpResponse<String> badStatus = getPage(BASE + "/machine?status=DONE&arn=" + encode(machine));
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(badStatus.body()).contains("Unknown status");

        assertThat(getPage(BASE + "/nowhere").statusCode()).isEqualTo(404);
        HttpResponse<String> css = getPage(BASE + "/static/console.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    }

    // ---- helpers ----

    /** Creates the machine, starts the execution and runs the clock until nothing more can happen. */
    private String run(String machineName, String definition, String executionName, String input) {
        String machine = engine.createStateMachine(machineName, definition, ROLE).stateMachineArn();
        String execution = engine.startExecution(machine, executionName, input).executionArn();
        clock.runUntilIdle();
        return execution;
    }

    /** As {@link #run}, but only what is ready now: a task token wait stays waiting instead of timing out. */
    private String runWithoutTimePassing(String machineName, String definition, String executionName, String input) {
        String machine = engine.createStateMachine(machineName, definition, ROLE).stateMachineArn();
        String execution = engine.startExecution(machine, executionName, input).executionArn();
        clock.runReady();
        return execution;
    }

    private HttpResponse<String> getPage(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = getPage(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        return Json.parse(response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonNode byName(JsonNode items, String name) {
        for (JsonNode item : items) {
            if (item.path("name").asText().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("nothing named " + name + " in " + items);
    }

    private static JsonNode node(JsonNode execution, String name) {
        return byName(execution.path("graph").path("nodes"), name);
    }

    private static String outcome(JsonNode execution, String name) {
        return node(execution, name).path("outcome").asText();
    }

    private static JsonNode edge(JsonNode execution, String from, String to) {
        String fromId = node(execution, from).path("id").asText();
        String toId = node(execution, to).path("id").asText();
        for (JsonNode edge : execution.path("graph").path("edges")) {
            if (edge.path("from").asText().equals(fromId) && edge.path("to").asText().equals(toId)) {
                return edge;
            }
        }
        throw new AssertionError("no edge " + from + " -> " + to);
    }

    /** The classes of the SVG group drawing the state, e.g. [state, task, visited, failed]. */
    private static List<String> stateClasses(String html, String stateName) {
        Matcher matcher = Pattern.compile("<g class=\"([^\"]*)\" data-state=\"" + Pattern.quote(Html.text(stateName))
                + "\"").matcher(html);
        assertThat(matcher.find()).as("a drawn state named " + stateName).isTrue();
        return List.of(matcher.group(1).split(" "));
    }

    private static List<String> edgeClasses(String html, String from, String to) {
        Matcher matcher = Pattern.compile("<g class=\"([^\"]*)\" data-from=\"" + Pattern.quote(Html.text(from))
                + "\" data-to=\"" + Pattern.quote(Html.text(to)) + "\"").matcher(html);
        assertThat(matcher.find()).as("a drawn edge " + from + " -> " + to).isTrue();
        return List.of(matcher.group(1).split(" "));
    }
}
