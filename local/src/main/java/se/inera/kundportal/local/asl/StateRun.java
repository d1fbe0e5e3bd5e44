package se.inera.kundportal.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import se.inera.kundportal.local.asl.json.Json;

/** One visit of one state: its definition, raw input, when it was entered, and its retry count. */
final class StateRun {
    final ExecutionRun runner;
    final Block block;
    final String name;
    final JsonNode definition;
    final JsonNode rawInput;
    final long enteredEventId;
    final Instant enteredTime;
    final boolean jsonata;
    /** Inspection data as the TestState API reports it; null unless a single state is being tested. */
    final ObjectNode inspection;
    int retryCount;
    /** Attempts used per Retry rule, in rule order. */
    int[] retrierAttempts = new int[0];
    String taskToken;

    StateRun(ExecutionRun runner, Block block, String name, JsonNode definition, JsonNode rawInput, long enteredEventId,
            Instant enteredTime, ObjectNode inspection) {
        this.runner = runner;
        this.block = block;
        this.name = name;
        this.definition = definition;
        this.rawInput = rawInput;
        this.enteredEventId = enteredEventId;
        this.enteredTime = enteredTime;
        this.jsonata = "JSONata".equals(definition.path("QueryLanguage").asText(block.queryLanguage));
        this.inspection = inspection;
    }

    String type() {
        return definition.path("Type").asText();
    }

    JsonNode field(String fieldName) {
        return definition.get(fieldName);
    }

    boolean has(String fieldName) {
        return definition.has(fieldName);
    }

    /** AWS's prefix of every runtime error cause. */
    String errorPrefix() {
        return "An error occurred while executing the state '" + name + "' (entered at the event id #" + enteredEventId + "). ";
    }

    StatesError runtimeError(String message) {
        return new StatesError(StatesError.RUNTIME, errorPrefix() + message);
    }

    /** A JSONata evaluation failure: AWS records an EvaluationFailed event before the state fails. */
    StatesError evaluationError(String message) {
        return evaluationError(message, null);
    }

    /** @param location the field whose expression failed, e.g. {@code Output/FunctionResult} (may be null) */
    StatesError evaluationError(String message, String location) {
        String cause = errorPrefix() + message;
        ObjectNode details = Json.object();
        details.put("error", StatesError.QUERY_EVALUATION);
        details.put("cause", cause);
        if (location != null) {
            details.put("location", location);
        }
        details.put("state", name);
        runner.event(block, "EvaluationFailed", "evaluationFailedEventDetails", details);
        return new StatesError(StatesError.QUERY_EVALUATION, cause, true);
    }

    void inspect(String step, JsonNode value) {
        if (inspection != null && value != null) {
            inspection.set(step, value);
        }
    }

    /** The context object {@code $$} (and {@code $states.context}) as this state sees it. */
    ObjectNode contextObject() {
        return contextObject(null);
    }

    /** The context object inside a Map state's ItemSelector, with {@code Map.Item.Index/Value}. */
    ObjectNode contextObject(ObjectNode mapItem) {
        Execution execution = runner.execution;
        ObjectNode context = Json.object();
        ObjectNode executionNode = context.putObject("Execution");
        executionNode.put("Id", execution.executionArn);
        executionNode.set("Input", execution.input);
        executionNode.put("StartTime", ExecutionRun.timestamp(execution.startDate));
        executionNode.put("Name", execution.name);
        executionNode.put("RoleArn", execution.roleArn);
        executionNode.put("RedriveCount", 0);
        ObjectNode machine = context.putObject("StateMachine");
        machine.put("Id", execution.stateMachineArn);
        machine.put("Name", execution.stateMachineName);
        ObjectNode state = context.putObject("State");
        state.put("Name", name);
        state.put("EnteredTime", ExecutionRun.timestamp(enteredTime));
        String type = type();
        if (type.equals("Task") || type.equals("Map") || type.equals("Parallel")) {
            state.put("RetryCount", retryCount);
        }
        if (taskToken != null) {
            context.putObject("Task").put("Token", taskToken);
        }
        if (mapItem != null) {
            context.putObject("Map").set("Item", mapItem);
        }
        return context;
    }
}
