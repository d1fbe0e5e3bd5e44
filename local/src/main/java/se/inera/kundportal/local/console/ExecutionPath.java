package se.inera.kundportal.local.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.inera.kundportal.local.asl.ExecutionStatus;
import se.inera.kundportal.local.asl.HistoryEvent;

/**
 * The path an execution took, read from its history: which states it entered, how each ended and
 * which transitions it followed.
 *
 * <p>The engine chains each event to the one before it in the same state list
 * ({@code previousEventId}), so walking that chain back from any event reaches the state it
 * belongs to (its {@code ...StateEntered}) or the state it follows (a {@code ...StateExited}).
 * A state left by a Catch is exited right after its failure event, as in AWS.
 */
public final class ExecutionPath {

    /** How a state's latest visit stands. */
    public enum StateOutcome {
        /** Exited normally (possibly after retries). */
        SUCCEEDED,
        /** Failed, and a Catch led on to another state. */
        CAUGHT,
        /** Failed and ended the execution, or was where the execution was stopped or timed out. */
        FAILED,
        /** Entered and not yet left while the execution runs: the current state. */
        RUNNING,
        /** Left unfinished because something else ended the execution (e.g. a sibling branch failed). */
        CANCELLED
    }

    /** A state by name, how often it was entered and how its latest visit stands. */
    public record StateVisit(String name, int entries, StateOutcome outcome) {}

    /** A transition the execution followed, by state names. */
    public record Transition(String from, String to) {}

    private final Map<String, StateVisit> visits;
    private final Set<Transition> transitions;
    private final Map<Long, String> stateOfEvent;

    private ExecutionPath(Map<String, StateVisit> visits, Set<Transition> transitions, Map<Long, String> stateOfEvent) {
        this.visits = Collections.unmodifiableMap(visits);
        this.transitions = Collections.unmodifiableSet(transitions);
        this.stateOfEvent = Collections.unmodifiableMap(stateOfEvent);
    }

    public static ExecutionPath of(List<HistoryEvent> history, ExecutionStatus status) {
        Map<Long, HistoryEvent> byId = new HashMap<>();
        history.forEach(event -> byId.put(event.id(), event));

        Map<Long, Entry> entries = new LinkedHashMap<>();
        Set<Transition> transitions = new LinkedHashSet<>();
        Map<Long, String> stateOfEvent = new HashMap<>();
        for (HistoryEvent event : history) {
            stateOfEvent.put(event.id(), owningState(event, byId));
            if (event.type().endsWith("StateEntered")) {
                Entry entry = new Entry(stateName(event));
                entries.put(event.id(), entry);
                HistoryEvent before = stateEventBefore(event, byId);
                if (before != null) {
                    transitions.add(new Transition(stateName(before), entry.name));
                }
            } else if (event.type().endsWith("StateExited")) {
                HistoryEvent entered = stateEventBefore(event, byId);
                if (entered != null && entries.containsKey(entered.id())) {
                    Entry entry = entries.get(entered.id());
                    entry.exited = true;
                    // A Catch exits the state straight after the failure; a retry would have run the task again.
                    HistoryEvent justBefore = byId.get(event.previousEventId());
                    entry.caught = justBefore != null && isFailure(justBefore.type());
                }
            } else if (isFailure(event.type())) {
                HistoryEvent owner = stateEventBefore(event, byId);
                if (owner != null && entries.containsKey(owner.id())) {
                    entries.get(owner.id()).failed = true;
                }
            }
        }

        Map<String, StateVisit> visits = new LinkedHashMap<>();
        for (Entry entry : entries.values()) {
            StateOutcome outcome = entry.outcome(status);
            StateVisit previous = visits.get(entry.name);
            int count = previous == null ? 1 : previous.entries() + 1;
            // A state with a visit still running (e.g. one Map iteration of many) shows as running.
            boolean keepRunning = previous != null && previous.outcome() == StateOutcome.RUNNING;
            visits.put(entry.name, new StateVisit(entry.name, count, keepRunning ? StateOutcome.RUNNING : outcome));
        }
        return new ExecutionPath(visits, transitions, stateOfEvent);
    }

    /** Visited states by name, in order of first entry. */
    public Map<String, StateVisit> visits() {
        return visits;
    }

    public Optional<StateVisit> visit(String stateName) {
        return Optional.ofNullable(visits.get(stateName));
    }

    /** The state an event belongs to (its own name for state events), "" for events between or outside states. */
    public String stateOf(HistoryEvent event) {
        return stateOfEvent.getOrDefault(event.id(), "");
    }

    public Set<Transition> transitions() {
        return transitions;
    }

    public boolean followed(String from, String to) {
        return transitions.contains(new Transition(from, to));
    }

    /** The states the execution is in now (empty once it has ended). */
    public List<String> currentStates() {
        return namesWith(StateOutcome.RUNNING);
    }

    public List<String> failedStates() {
        return namesWith(StateOutcome.FAILED);
    }

    private List<String> namesWith(StateOutcome outcome) {
        return visits.values().stream().filter(v -> v.outcome() == outcome).map(StateVisit::name)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static final class Entry {
        final String name;
        boolean exited;
        boolean failed;
        boolean caught;

        Entry(String name) {
            this.name = name;
        }

        StateOutcome outcome(ExecutionStatus status) {
            if (exited) {
                return caught ? StateOutcome.CAUGHT : StateOutcome.SUCCEEDED;
            }
            if (failed) {
                return StateOutcome.FAILED;
            }
            return status == ExecutionStatus.RUNNING ? StateOutcome.RUNNING : StateOutcome.CANCELLED;
        }
    }

    /** Failures recorded against a state: task, function, state and execution failures, time-outs and aborts. */
    private static boolean isFailure(String type) {
        return (type.endsWith("Failed") || type.endsWith("TimedOut") || type.endsWith("Aborted"))
                && !type.equals("MapIterationFailed");
    }

    private static String owningState(HistoryEvent event, Map<Long, HistoryEvent> byId) {
        if (event.type().endsWith("StateEntered") || event.type().endsWith("StateExited")) {
            return stateName(event);
        }
        HistoryEvent before = stateEventBefore(event, byId);
        return before == null || before.type().endsWith("StateExited") ? "" : stateName(before);
    }

    /** The nearest StateEntered or StateExited event up the previousEventId chain, null at the start. */
    private static HistoryEvent stateEventBefore(HistoryEvent event, Map<Long, HistoryEvent> byId) {
        HistoryEvent current = byId.get(event.previousEventId());
        while (current != null) {
            if (current.type().endsWith("StateEntered") || current.type().endsWith("StateExited")) {
                return current;
            }
            current = byId.get(current.previousEventId());
        }
        return null;
    }

    private static String stateName(HistoryEvent event) {
        JsonNode details = event.details();
        return details == null ? "" : details.path("name").asText();
    }
}
