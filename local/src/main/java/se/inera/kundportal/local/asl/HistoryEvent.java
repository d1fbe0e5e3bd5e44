package se.inera.kundportal.local.asl;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import se.inera.kundportal.local.asl.json.Json;

/**
 * One entry of an execution's history, as GetExecutionHistory returns it: ids count from 1,
 * {@code previousEventId} is the event this one follows from (0 for the first), and the details
 * sit under AWS's member name for the event type (e.g. {@code stateEnteredEventDetails}).
 * {@code detailsMember} and {@code details} are null for types without details.
 */
public record HistoryEvent(long id, long previousEventId, Instant timestamp, String type, String detailsMember,
        ObjectNode details) {

    /** The event in GetExecutionHistory's JSON shape (timestamp as epoch seconds with fraction). */
    public ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("id", id);
        json.put("previousEventId", previousEventId);
        json.put("timestamp", BigDecimal.valueOf(timestamp.toEpochMilli(), 3));
        json.put("type", type);
        if (detailsMember != null) {
            json.set(detailsMember, details);
        }
        return json;
    }
}
