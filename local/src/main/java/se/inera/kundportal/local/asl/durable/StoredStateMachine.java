package se.inera.kundportal.local.asl.durable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.inera.kundportal.local.asl.StateMachineDescription;
import se.inera.kundportal.local.asl.json.Json;

/**
 * A state machine's file: what CreateStateMachine needs to make it again, plus the ARN it had, so that a store
 * opened by an engine of another region or account is noticed rather than silently renaming everything.
 */
record StoredStateMachine(String stateMachineArn, String name, String definition, String roleArn,
        String creationDate) {

    static String toJson(StateMachineDescription machine) {
        ObjectNode json = Json.object();
        json.put("stateMachineArn", machine.stateMachineArn());
        json.put("name", machine.name());
        json.put("roleArn", machine.roleArn());
        json.put("creationDate", machine.creationDate().toString());
        json.put("definition", machine.definition());
        return Json.write(json);
    }

    /** @throws IllegalArgumentException when the text is not a complete state machine file */
    static StoredStateMachine fromJson(String text) {
        JsonNode json = Json.parse(text);
        return new StoredStateMachine(required(json, "stateMachineArn"), required(json, "name"),
                required(json, "definition"), json.hasNonNull("roleArn") ? json.get("roleArn").asText() : null,
                json.path("creationDate").asText(null));
    }

    private static String required(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("no text field \"" + field + "\"");
        }
        return value.asText();
    }
}
