package se.inera.kundportal.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.inera.kundportal.local.asl.json.Json;

/**
 * An execution at rest, as JSON: what {@link AslEngine#snapshot} returns and
 * {@link AslEngine#restore} accepts, so that executions outlive the engine process. Holds the
 * description, the definition the execution runs, the full history and, for a RUNNING
 * execution, its pause point (an opaque JSON object).
 */
public final class ExecutionSnapshot {
    private final ObjectNode json;

    private ExecutionSnapshot(ObjectNode json) {
        this.json = json;
    }

    static ExecutionSnapshot of(ExecutionDescription description, String stateMachineName, String roleArn,
            JsonNode definition, List<HistoryEvent> history, PausePoint pause) {
        ObjectNode json = Json.object();
        json.put("executionArn", description.executionArn());
        json.put("stateMachineArn", description.stateMachineArn());
        json.put("stateMachineName", stateMachineName);
        json.put("name", description.name());
        json.put("roleArn", roleArn);
        json.put("status", description.status().name());
        json.put("input", description.input());
        json.put("output", description.output());
        json.put("error", description.error());
        json.put("cause", description.cause());
        json.put("startDate", description.startDate().toString());
        json.put("stopDate", description.stopDate() == null ? null : description.stopDate().toString());
        json.set("definition", definition);
        ArrayNode events = json.putArray("history");
        for (HistoryEvent event : history) {
            ObjectNode eventJson = events.addObject();
            eventJson.put("id", event.id());
            eventJson.put("previousEventId", event.previousEventId());
            eventJson.put("timestamp", event.timestamp().toString());
            eventJson.put("type", event.type());
            if (event.detailsMember() != null) {
                eventJson.put("detailsMember", event.detailsMember());
                eventJson.set("details", event.details());
            }
        }
        if (pause != null) {
            json.set("pause", pause.toJson());
        }
        return new ExecutionSnapshot(json);
    }

    public static ExecutionSnapshot fromJson(String text) {
        JsonNode parsed = Json.parse(text);
        if (!parsed.isObject() || !parsed.has("executionArn") || !parsed.has("history")) {
            throw new IllegalArgumentException("not an execution snapshot");
        }
        return new ExecutionSnapshot((ObjectNode) parsed);
    }

    public String toJson() {
        return Json.write(json);
    }

    public String executionArn() {
        return json.path("executionArn").asText();
    }

    public ExecutionStatus status() {
        return ExecutionStatus.valueOf(json.path("status").asText());
    }

    /** The id of the last history event the snapshot holds. */
    public long lastEventId() {
        return json.path("history").size();
    }

    /** True when the snapshot holds a RUNNING execution that restore will resume. */
    public boolean isResumable() {
        return status() == ExecutionStatus.RUNNING && json.has("pause");
    }

    /**
     * When the paused task fails with States.HeartbeatTimeout unless a heartbeat comes first; empty
     * for a task without HeartbeatSeconds, a Wait state or an execution that is not paused. A
     * heartbeat moves it without adding a history event, so a store that skips snapshots whose
     * {@link #lastEventId()} it has already written should compare this too.
     */
    public Optional<Instant> heartbeatDeadline() {
        JsonNode deadline = json.path("pause").path("heartbeatDeadline");
        return deadline.isTextual() ? Optional.of(Instant.parse(deadline.textValue())) : Optional.empty();
    }

    ExecutionDescription description() {
        return new ExecutionDescription(executionArn(), json.path("stateMachineArn").asText(), json.path("name").asText(),
                status(), json.path("input").asText(), text("output"), text("error"), text("cause"),
                Instant.parse(json.path("startDate").asText()),
                json.hasNonNull("stopDate") ? Instant.parse(json.get("stopDate").asText()) : null);
    }

    String stateMachineName() {
        return json.path("stateMachineName").asText();
    }

    String roleArn() {
        return text("roleArn");
    }

    JsonNode definition() {
        return json.get("definition");
    }

    List<HistoryEvent> history() {
        List<HistoryEvent> events = new ArrayList<>();
        for (JsonNode event : json.path("history")) {
            events.add(new HistoryEvent(event.path("id").asLong(), event.path("previousEventId").asLong(),
                    Instant.parse(event.path("timestamp").asText()), event.path("type").asText(),
                    event.hasNonNull("detailsMember") ? event.get("detailsMember").asText() : null,
                    event.hasNonNull("details") ? (ObjectNode) event.get("details") : null));
        }
        return events;
    }

    PausePoint pause() {
        return json.has("pause") ? PausePoint.fromJson(json.get("pause")) : null;
    }

    private String text(String field) {
        return json.hasNonNull(field) ? json.get(field).asText() : null;
    }
}
