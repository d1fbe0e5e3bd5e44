package se.inera.kundportal.local.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One running list of states: the machine's top level, a Parallel branch or a Map iteration.
 * It carries what its states share: query language default, variable scope, cancellation (a
 * failed sibling branch or a stopped execution) and the id of its latest history event, which
 * the next event names as {@code previousEventId}.
 */
final class Block {
    final JsonNode definition;
    final String queryLanguage;
    final Variables variables;
    private final Block parent;
    private volatile boolean cancelled;
    private long lastEventId;

    Block(JsonNode definition, String queryLanguage, Variables variables, Block parent, long lastEventId) {
        this.definition = definition;
        this.queryLanguage = queryLanguage;
        this.variables = variables;
        this.parent = parent;
        this.lastEventId = lastEventId;
    }

    String startAt() {
        return definition.path("StartAt").asText();
    }

    JsonNode state(String name) {
        return definition.path("States").get(name);
    }

    /** A branch or iteration block nested in this one. */
    Block child(JsonNode childDefinition, String childQueryLanguage, long startEventId) {
        String language = childDefinition.path("QueryLanguage").asText(childQueryLanguage);
        return new Block(childDefinition, language, new Variables(variables), this, startEventId);
    }

    /** The machine's own state list, not a branch or iteration. */
    boolean isTopLevel() {
        return parent == null;
    }

    void cancel() {
        cancelled = true;
    }

    boolean isCancelled() {
        return cancelled || (parent != null && parent.isCancelled());
    }

    synchronized long lastEventId() {
        return lastEventId;
    }

    synchronized void lastEventId(long id) {
        if (id > 0) {
            lastEventId = id;
        }
    }
}
