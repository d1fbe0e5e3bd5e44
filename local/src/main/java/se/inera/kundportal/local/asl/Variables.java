package se.inera.kundportal.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import se.inera.kundportal.local.asl.json.Json;

/**
 * Workflow variables set by {@code Assign}. A Parallel branch or Map iteration reads the variables
 * of its enclosing scope but its own assignments stay inside it, as in AWS.
 */
final class Variables {
    private final Variables outer;
    private final Map<String, JsonNode> own = new LinkedHashMap<>();

    Variables(Variables outer) {
        this.outer = outer;
    }

    synchronized JsonNode get(String name) {
        JsonNode value = own.get(name);
        if (value == null && outer != null) {
            return outer.get(name);
        }
        return value;
    }

    synchronized void assignAll(Map<String, JsonNode> values) {
        own.putAll(values);
    }

    /** Every visible variable, inner scopes shadowing outer ones. */
    synchronized Map<String, JsonNode> visible() {
        Map<String, JsonNode> all = outer == null ? new LinkedHashMap<>() : outer.visible();
        all.putAll(own);
        return all;
    }

    /** The visible variables as one JSON object, e.g. for persisting a paused execution. */
    ObjectNode toJson() {
        ObjectNode json = Json.object();
        visible().forEach(json::set);
        return json;
    }
}
