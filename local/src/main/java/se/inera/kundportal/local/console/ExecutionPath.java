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
 * <p>The history is walked in order while tracking its open state lists (scopes): the machine's top
 * level, each Parallel branch and each Map iteration, each with the state it is in or last left. An
 * event joins the scope of the event it names as {@code previousEventId}, which AWS keeps inside one
 * branch or iteration, except where AWS links across scopes: a branch's first state follows
 * {@code ParallelStateStarted} and opens a branch, a {@code MapIterationStarted} (following
 * {@code MapStateStarted} or the previous iteration's last state event) opens an iteration, and the
 * Map's or Parallel's own closing events (following the last iteration or branch event) return to the
 * scope holding that Map or Parallel state. A state left by a Catch is exited right after its failure
 * event, as in AWS.
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
        Walk walk = new Walk();
        history.forEach(walk::add);

        Map<String, StateVisit> visits = new LinkedHashMap<>();
        for (Entry entry : walk.entries) {
            StateOutcome outcome = entry.outcome(status);
            StateVisit previous = visits.get(entry.name);
            int count = previous == null ? 1 : previous.entries() + 1;
            // A state with a visit still running (e.g. one Map iteration of many) shows as running.
            boolean keepRunning = previous != null && previous.outcome() == StateOutcome.RUNNING;
            visits.put(entry.name, new StateVisit(entry.name, count, keepRunning ? StateOutcome.RUNNING : outcome));
        }
        return new ExecutionPath(visits, walk.transitions, walk.stateOfEvent);
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

    /** One walk through a history, event by event in id order. */
    private static final class Walk {
        final List<Entry> entries = new ArrayList<>();
        final Set<Transition> transitions = new LinkedHashSet<>();
        final Map<Long, String> stateOfEvent = new HashMap<>();
        private final Map<Long, Scope> scopeOfEvent = new HashMap<>();
        private final Map<Long, String> typeOfEvent = new HashMap<>();
        private final Scope top = new Scope(null, null);

        void add(HistoryEvent event) {
            String type = event.type();
            Scope scope = scopeOf(event);
            scopeOfEvent.put(event.id(), scope);
            typeOfEvent.put(event.id(), type);
            Entry current = scope.openState();
            if (type.endsWith("StateEntered")) {
                Entry entered = new Entry(stateName(event), type.startsWith("MapState") || type.startsWith("ParallelState"));
                entries.add(entered);
                if (scope.current != null) {
                    transitions.add(new Transition(scope.current.name, entered.name));
                }
                scope.current = entered;
                stateOfEvent.put(event.id(), entered.name);
            } else if (type.endsWith("StateExited")) {
                if (current != null) {
                    current.exited = true;
                    // A Catch exits the state straight after the failure; a retry would have run the task again.
                    current.caught = current.lastEventFailed;
                }
                stateOfEvent.put(event.id(), stateName(event));
            } else if (type.startsWith("MapIteration") && scope.owner != null) {
                stateOfEvent.put(event.id(), scope.owner.name);
            } else if (current != null) {
                boolean failure = isFailure(type);
                current.lastEventFailed = failure;
                current.failed |= failure;
                stateOfEvent.put(event.id(), current.name);
            }
        }

        private Scope scopeOf(HistoryEvent event) {
            Scope before = scopeOfEvent.get(event.previousEventId());
            if (before == null) {
                return top;
            }
            String type = event.type();
            String typeBefore = typeOfEvent.get(event.previousEventId());
            if (type.equals("MapIterationStarted")) {
                // The first iterations follow MapStateStarted, later ones the iteration that made room.
                Entry map = typeBefore.equals("MapStateStarted") ? before.current : before.owner;
                return new Scope(map, scopeHolding(before, map));
            }
            if (typeBefore.equals("ParallelStateStarted") && type.endsWith("StateEntered")) {
                return new Scope(before.current, before);
            }
            if (closesSpan(type)) {
                Scope scope = before;
                while (scope.parent != null && !holdsOpenSpan(scope)) {
                    scope = scope.parent;
                }
                return scope;
            }
            return before;
        }

        /** The scope whose state is the given Map: the iteration's parent, or the scope itself for the first ones. */
        private static Scope scopeHolding(Scope scope, Entry map) {
            return scope.owner == map ? scope.parent : scope;
        }

        private static boolean holdsOpenSpan(Scope scope) {
            Entry open = scope.openState();
            return open != null && open.opensScopes;
        }
    }

    /** A state list being walked: the machine's top level, a Parallel branch or a Map iteration. */
    private static final class Scope {
        /** The Parallel or Map state this branch or iteration belongs to; null at the top level. */
        final Entry owner;
        final Scope parent;
        /** The state the list is in, or last left. */
        Entry current;

        Scope(Entry owner, Scope parent) {
            this.owner = owner;
            this.parent = parent;
        }

        Entry openState() {
            return current == null || current.exited ? null : current;
        }
    }

    private static final class Entry {
        final String name;
        /** A Parallel or Map state, whose branches or iterations run in scopes of their own. */
        final boolean opensScopes;
        boolean exited;
        boolean failed;
        boolean caught;
        boolean lastEventFailed;

        Entry(String name, boolean opensScopes) {
            this.name = name;
            this.opensScopes = opensScopes;
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

    /** A Map's or Parallel's own events after its iterations or branches: they follow the last of those. */
    private static boolean closesSpan(String type) {
        return (type.startsWith("MapState") || type.startsWith("ParallelState"))
                && !type.endsWith("StateEntered") && !type.endsWith("StateStarted");
    }

    private static String stateName(HistoryEvent event) {
        JsonNode details = event.details();
        return details == null ? "" : details.path("name").asText();
    }
}
