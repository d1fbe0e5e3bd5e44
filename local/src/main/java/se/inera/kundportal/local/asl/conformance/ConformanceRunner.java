package se.inera.kundportal.local.asl.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import se.inera.kundportal.local.asl.AslEngine;
import se.inera.kundportal.local.asl.AslEngine.TestStateResult;
import se.inera.kundportal.local.asl.ExecutionDescription;
import se.inera.kundportal.local.asl.HistoryEvent;
import se.inera.kundportal.local.asl.json.Json;
import se.inera.kundportal.local.asl.lambda.LambdaRegistry;
import se.inera.kundportal.local.asl.time.VirtualScheduler;

/**
 * Runs the recorded AWS corpus ({@code cases/}, {@code choice-operators/}, {@code path-processing/})
 * through the engine on a virtual clock and compares every outcome with what AWS produced.
 */
public final class ConformanceRunner {
    /** Where the virtual clock starts: fixed, so that every run sees the same "now". */
    private static final Instant VIRTUAL_START = Instant.parse("2025-06-01T12:00:00Z");
    private static final String ROLE_ARN = "arn:aws:iam::111111111111:role/kundportal-local-sfn";

    /** One case's verdict; {@code eventMismatch} is reported apart from the verdict. */
    public record CaseResult(String area, String id, boolean passed, String reason, String eventMismatch) {}

    /** All verdicts, with the per-area tally. */
    public record Report(List<CaseResult> results) {
        public long passed() {
            return results.stream().filter(CaseResult::passed).count();
        }

        public long failed() {
            return results.size() - passed();
        }

        public Map<String, long[]> byArea() {
            Map<String, long[]> areas = new LinkedHashMap<>();
            for (CaseResult result : results) {
                long[] tally = areas.computeIfAbsent(result.area(), area -> new long[2]);
                tally[result.passed() ? 0 : 1]++;
            }
            return areas;
        }

        public void print(PrintStream out) {
            for (CaseResult result : results) {
                if (!result.passed()) {
                    out.println("FAILED " + result.id() + ": " + result.reason());
                }
            }
            long eventMismatches = 0;
            for (CaseResult result : results) {
                if (result.eventMismatch() != null) {
                    eventMismatches++;
                    out.println("EVENTS " + result.id() + ": " + result.eventMismatch());
                }
            }
            out.println();
            for (Map.Entry<String, long[]> area : byArea().entrySet()) {
                long[] tally = area.getValue();
                out.printf("%-22s %4d passed, %3d failed (%.1f%%)%n", area.getKey(), tally[0], tally[1],
                        100.0 * tally[0] / (tally[0] + tally[1]));
            }
            out.println("History event types differing from AWS: " + eventMismatches);
            out.println("ASL conformance: " + passed() + " passed, " + failed() + " failed");
        }
    }

    public Report run(Path corpus) throws IOException {
        List<CaseResult> results = new ArrayList<>();
        for (Path file : jsonFiles(corpus.resolve("cases"))) {
            results.add(runExecutionCase(Json.MAPPER.readTree(file.toFile())));
        }
        for (Path file : jsonFiles(corpus.resolve("choice-operators"))) {
            for (JsonNode choiceCase : Json.MAPPER.readTree(file.toFile()).path("cases")) {
                results.add(runChoiceCase(choiceCase));
            }
        }
        for (Path file : jsonFiles(corpus.resolve("path-processing"))) {
            results.add(runPathCase(Json.MAPPER.readTree(file.toFile())));
        }
        return new Report(results);
    }

    private static List<Path> jsonFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(path -> path.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static AslEngine engineFor(JsonNode lambdas, VirtualScheduler scheduler) {
        LambdaRegistry registry = new LambdaRegistry();
        for (Map.Entry<String, JsonNode> entry : lambdas.properties()) {
            registry.register(entry.getKey(), CorpusLambdas.behaviour(entry.getValue().asText()));
        }
        return new AslEngine(scheduler, registry);
    }

    CaseResult runExecutionCase(JsonNode corpusCase) {
        String id = corpusCase.path("id").asText();
        String area = corpusCase.path("area").asText();
        try {
            VirtualScheduler scheduler = new VirtualScheduler(VIRTUAL_START);
            AslEngine engine = engineFor(corpusCase.path("lambdas"), scheduler);
            String machineArn = engine.createStateMachine("CorpusMachine", Json.write(corpusCase.get("definition")), ROLE_ARN)
                    .stateMachineArn();
            String executionArn = engine.startExecution(machineArn, "corpus-execution", Json.write(corpusCase.get("input")))
                    .executionArn();
            scheduler.runUntilIdle();
            ExecutionDescription outcome = engine.describeExecution(executionArn);
            ExpectedValues values = new ExpectedValues(tokens(corpusCase));
            String reason = compareOutcome(corpusCase.path("expected"), corpusCase.path("causeComparable").asBoolean(true),
                    outcome.status().name(), outcome.output() == null ? null : Json.parse(outcome.output()),
                    outcome.error(), outcome.cause(), values);
            List<String> actualTypes = engine.getExecutionHistory(executionArn).stream().map(HistoryEvent::type).toList();
            List<String> expectedTypes = new ArrayList<>();
            corpusCase.path("eventTypes").forEach(type -> expectedTypes.add(type.asText()));
            String eventMismatch = EventTypeSequence.normalise(expectedTypes).equals(EventTypeSequence.normalise(actualTypes))
                    ? null : "expected " + expectedTypes + " but was " + actualTypes;
            return new CaseResult(area, id, reason == null, reason, eventMismatch);
        } catch (RuntimeException e) {
            return new CaseResult(area, id, false, "not run: " + e, null);
        }
    }

    CaseResult runChoiceCase(JsonNode choiceCase) {
        String id = choiceCase.path("id").asText();
        try {
            ObjectNode rule = Json.object();
            rule.put("Variable", "$.Variable");
            rule.set(choiceCase.path("operator").asText(), choiceCase.get("value"));
            rule.put("Next", "ConditionTrue");
            ObjectNode definition = (ObjectNode) Json.parse("""
                    {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {
                      "CheckValues": {"Type": "Choice", "Choices": [], "Default": "ConditionFalse"},
                      "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true},
                      "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}}
                    """);
            ((ArrayNode) definition.path("States").path("CheckValues").path("Choices")).add(rule);
            VirtualScheduler scheduler = new VirtualScheduler(VIRTUAL_START);
            AslEngine engine = engineFor(Json.object(), scheduler);
            String machineArn = engine.createStateMachine("ChoiceMachine", Json.write(definition), ROLE_ARN).stateMachineArn();
            String executionArn = engine.startExecution(machineArn, "choice", Json.write(choiceCase.get("input"))).executionArn();
            scheduler.runUntilIdle();
            ExecutionDescription outcome = engine.describeExecution(executionArn);
            String expected = choiceCase.path("expected").asText();
            if (!"SUCCEEDED".equals(outcome.status().name())) {
                return new CaseResult("choice-operators", id, false,
                        "expected " + expected + " but the execution " + outcome.status() + ": " + outcome.error() + " " + outcome.cause(), null);
            }
            String taken = Json.parse(outcome.output()).path("TestResult.$").asText();
            return new CaseResult("choice-operators", id, expected.equals(taken),
                    expected.equals(taken) ? null : "expected " + expected + " but took " + taken, null);
        } catch (RuntimeException e) {
            return new CaseResult("choice-operators", id, false, "not run: " + e, null);
        }
    }

    CaseResult runPathCase(JsonNode pathCase) {
        String id = pathCase.path("id").asText();
        try {
            VirtualScheduler scheduler = new VirtualScheduler(VIRTUAL_START);
            AslEngine engine = engineFor(pathCase.path("lambdas"), scheduler);
            TestStateResult outcome = engine.testState(Json.write(pathCase.get("state")), Json.write(pathCase.get("input")), ROLE_ARN);
            JsonNode expected = pathCase.path("expected");
            ExpectedValues values = new ExpectedValues(tokens(pathCase));
            String reason = compareOutcome(expected, true, outcome.status().name(), outcome.output(), outcome.error(),
                    outcome.cause(), values);
            if (reason == null && expected.has("nextState") && !expected.get("nextState").asText().equals(outcome.nextState())) {
                reason = "next state " + outcome.nextState() + ", expected " + expected.get("nextState").asText();
            }
            if (reason == null) {
                JsonNode inspection = expected.path("inspectionData");
                for (Iterator<String> keys = inspection.fieldNames(); keys.hasNext(); ) {
                    String key = keys.next();
                    if (!values.matches(inspection.get(key), outcome.inspectionData().get(key))) {
                        reason = "inspection " + key + " was " + outcome.inspectionData().get(key) + ", expected " + inspection.get(key);
                        break;
                    }
                }
            }
            return new CaseResult("path-processing", id, reason == null, reason, null);
        } catch (RuntimeException e) {
            return new CaseResult("path-processing", id, false, "not run: " + e, null);
        }
    }

    private static List<String> tokens(JsonNode corpusCase) {
        List<String> tokens = new ArrayList<>();
        corpusCase.path("placeholderTokens").forEach(token -> tokens.add(token.asText()));
        return tokens;
    }

    /** Null when status and output (or error and cause) match; otherwise why not. */
    private static String compareOutcome(JsonNode expected, boolean causeComparable, String status, JsonNode output,
            String error, String cause, ExpectedValues values) {
        String expectedStatus = expected.path("status").asText();
        if (!expectedStatus.equals(status)) {
            return "status " + status + " (error " + error + ", cause " + abbreviate(cause) + "), expected " + expectedStatus
                    + (expected.has("error") ? " with error " + expected.get("error") : "");
        }
        if (expectedStatus.equals("SUCCEEDED")) {
            return values.matches(expected.get("output"), output) ? null
                    : "output " + abbreviate(output == null ? "null" : Json.write(output)) + ", expected "
                            + abbreviate(Json.write(expected.get("output")));
        }
        String expectedError = textOrNull(expected.get("error"));
        if (!values.matchesText(expectedError, error)) {
            return "error " + error + ", expected " + expectedError;
        }
        String expectedCause = textOrNull(expected.get("cause"));
        if (causeComparable && !values.matchesText(expectedCause, cause)
                && !(expectedCause != null && expectedCause.isEmpty() && cause == null)) {
            return "cause " + abbreviate(cause) + ", expected " + abbreviate(expectedCause);
        }
        return null;
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "null";
        }
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
