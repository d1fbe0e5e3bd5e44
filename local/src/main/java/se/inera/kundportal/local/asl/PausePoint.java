package se.inera.kundportal.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import se.inera.kundportal.local.asl.json.Json;

/**
 * Where a top-level execution is paused and everything needed to pick it up again in another
 * engine process: a {@code .waitForTaskToken} task waiting for its token, or a Wait state
 * waiting for its time. Kinds: {@code TASK_TOKEN}, {@code WAIT}. {@code heartbeatDeadline} is
 * when the task fails with States.HeartbeatTimeout unless a heartbeat comes first; each
 * SendTaskHeartbeat moves it (null without HeartbeatSeconds, and in snapshots written before
 * the deadline was kept, which then resume with a fresh interval).
 */
record PausePoint(String kind, String stateName, JsonNode stateInput, long enteredEventId, Instant enteredTime,
        int retryCount, int[] retrierAttempts, ObjectNode variables, String taskToken, Instant timeoutAt,
        Long heartbeatSeconds, Instant heartbeatDeadline, Instant waitUntil) {

    static final String TASK_TOKEN = "TASK_TOKEN";
    static final String WAIT = "WAIT";

    static PausePoint taskToken(StateRun run, String token, Instant timeoutAt, Long heartbeatSeconds,
            Instant heartbeatDeadline) {
        return new PausePoint(TASK_TOKEN, run.name, run.rawInput, run.enteredEventId, run.enteredTime, run.retryCount,
                run.retrierAttempts.clone(), run.block.variables.toJson(), token, timeoutAt, heartbeatSeconds,
                heartbeatDeadline, null);
    }

    static PausePoint waitState(StateRun run, Instant until) {
        return new PausePoint(WAIT, run.name, run.rawInput, run.enteredEventId, run.enteredTime, run.retryCount,
                new int[0], run.block.variables.toJson(), null, null, null, null, until);
    }

    /** The same pause point after a heartbeat moved the deadline. */
    PausePoint withHeartbeatDeadline(Instant deadline) {
        return new PausePoint(kind, stateName, stateInput, enteredEventId, enteredTime, retryCount, retrierAttempts,
                variables, taskToken, timeoutAt, heartbeatSeconds, deadline, waitUntil);
    }

    ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("kind", kind);
        json.put("stateName", stateName);
        json.set("stateInput", stateInput);
        json.put("enteredEventId", enteredEventId);
        json.put("enteredTime", enteredTime.toString());
        json.put("retryCount", retryCount);
        ArrayNode attempts = json.putArray("retrierAttempts");
        for (int attempt : retrierAttempts) {
            attempts.add(attempt);
        }
        json.set("variables", variables);
        if (taskToken != null) {
            json.put("taskToken", taskToken);
            json.put("timeoutAt", timeoutAt.toString());
        }
        if (heartbeatSeconds != null) {
            json.put("heartbeatSeconds", heartbeatSeconds);
        }
        if (heartbeatDeadline != null) {
            json.put("heartbeatDeadline", heartbeatDeadline.toString());
        }
        if (waitUntil != null) {
            json.put("waitUntil", waitUntil.toString());
        }
        return json;
    }

    static PausePoint fromJson(JsonNode json) {
        JsonNode attemptsJson = json.path("retrierAttempts");
        int[] attempts = new int[attemptsJson.size()];
        for (int i = 0; i < attempts.length; i++) {
            attempts[i] = attemptsJson.get(i).asInt();
        }
        return new PausePoint(json.path("kind").asText(), json.path("stateName").asText(), json.get("stateInput"),
                json.path("enteredEventId").asLong(), Instant.parse(json.path("enteredTime").asText()),
                json.path("retryCount").asInt(), attempts, (ObjectNode) json.get("variables"),
                json.hasNonNull("taskToken") ? json.get("taskToken").asText() : null,
                json.hasNonNull("timeoutAt") ? Instant.parse(json.get("timeoutAt").asText()) : null,
                json.hasNonNull("heartbeatSeconds") ? json.get("heartbeatSeconds").asLong() : null,
                json.hasNonNull("heartbeatDeadline") ? Instant.parse(json.get("heartbeatDeadline").asText()) : null,
                json.hasNonNull("waitUntil") ? Instant.parse(json.get("waitUntil").asText()) : null);
    }
}
