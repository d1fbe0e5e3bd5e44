package se.inera.kundportal.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import se.inera.kundportal.local.asl.json.Json;
import se.inera.kundportal.local.asl.time.Scheduler;

/**
 * One execution's record: identity, status, result and its history. All mutation goes through
 * this class's synchronized methods because Parallel branches and Map iterations may run on
 * several scheduler threads at once. Once terminal, further events are ignored, which is how a
 * stopped execution's still-running branches fall silent.
 */
final class Execution {
    final String executionArn;
    final String name;
    final String stateMachineArn;
    final String stateMachineName;
    final String roleArn;
    final JsonNode input;
    final Instant startDate;
    /** The definition this execution runs (a later UpdateStateMachine does not change it). */
    final JsonNode definition;

    private final List<HistoryEvent> history = new ArrayList<>();
    private final Set<Scheduler.Timer> timers = new HashSet<>();
    private final Set<String> openTaskTokens = new HashSet<>();
    private final Consumer<HistoryEvent> eventListener;
    private final Consumer<Execution> pauseListener;
    private ExecutionStatus status = ExecutionStatus.RUNNING;
    private JsonNode output;
    private String error;
    private String cause;
    private Instant stopDate;
    private PausePoint pausePoint;

    Execution(String executionArn, String name, String stateMachineArn, String stateMachineName, String roleArn,
            JsonNode input, Instant startDate, JsonNode definition, Consumer<HistoryEvent> eventListener,
            Consumer<Execution> pauseListener) {
        this.executionArn = executionArn;
        this.name = name;
        this.stateMachineArn = stateMachineArn;
        this.stateMachineName = stateMachineName;
        this.roleArn = roleArn;
        this.input = input;
        this.startDate = startDate;
        this.definition = definition;
        this.eventListener = eventListener;
        this.pauseListener = pauseListener;
    }

    /** An execution as a snapshot recorded it, history and outcome included. */
    static Execution restore(ExecutionSnapshot snapshot, Consumer<HistoryEvent> eventListener,
            Consumer<Execution> pauseListener) {
        ExecutionDescription description = snapshot.description();
        Execution execution = new Execution(description.executionArn(), description.name(), description.stateMachineArn(),
                snapshot.stateMachineName(), snapshot.roleArn(), Json.parse(description.input()), description.startDate(),
                snapshot.definition(), eventListener, pauseListener);
        synchronized (execution) {
            execution.history.addAll(snapshot.history());
            execution.status = description.status();
            execution.output = description.output() == null ? null : Json.parse(description.output());
            execution.error = description.error();
            execution.cause = description.cause();
            execution.stopDate = description.stopDate();
            execution.pausePoint = snapshot.pause();
        }
        return execution;
    }

    /** The top-level state this execution now waits in, resumably; listeners may now snapshot it. */
    void pause(PausePoint point) {
        synchronized (this) {
            if (status.isTerminal()) {
                return;
            }
            pausePoint = point;
        }
        pauseListener.accept(this);
    }

    /**
     * A heartbeat moved the deadline of the task paused with {@code taskToken}; listeners are told
     * so that a persisted snapshot keeps it. Nothing happens once that task no longer waits.
     */
    void heartbeatMoved(String taskToken, Instant deadline) {
        synchronized (this) {
            if (status.isTerminal() || pausePoint == null || !taskToken.equals(pausePoint.taskToken())) {
                return;
            }
            pausePoint = pausePoint.withHeartbeatDeadline(deadline);
        }
        pauseListener.accept(this);
    }

    /** The state named has moved on: it is no longer the pause point. */
    synchronized void resumed(String stateName) {
        if (pausePoint != null && pausePoint.stateName().equals(stateName)) {
            pausePoint = null;
        }
    }

    synchronized PausePoint pausePoint() {
        return pausePoint;
    }

    /** The execution as JSON; empty while it is RUNNING but not at a resumable pause point. */
    synchronized Optional<ExecutionSnapshot> snapshot() {
        if (status == ExecutionStatus.RUNNING && pausePoint == null) {
            return Optional.empty();
        }
        return Optional.of(ExecutionSnapshot.of(describe(), stateMachineName, roleArn, definition,
                List.copyOf(history), status == ExecutionStatus.RUNNING ? pausePoint : null));
    }

    private static final Set<String> TERMINAL_EVENTS =
            Set.of("ExecutionSucceeded", "ExecutionFailed", "ExecutionTimedOut", "ExecutionAborted");

    /** Whether an event of this type ends an execution (it is then its last). */
    static boolean isTerminalEvent(String type) {
        return TERMINAL_EVENTS.contains(type);
    }

    /** Appends an event unless the execution has ended; returns its id (or -1 when ignored). */
    long addEvent(Instant timestamp, long previousEventId, String type, String detailsMember, ObjectNode details) {
        HistoryEvent event;
        synchronized (this) {
            if (status.isTerminal()) {
                return -1;
            }
            event = append(timestamp, previousEventId, type, detailsMember, details);
        }
        eventListener.accept(event);
        return event.id();
    }

    /** Ends the execution with its terminal event; false when it had already ended. */
    boolean finish(Instant timestamp, long previousEventId, ExecutionStatus finalStatus, JsonNode finalOutput,
            String finalError, String finalCause) {
        HistoryEvent event;
        List<Scheduler.Timer> toCancel;
        synchronized (this) {
            if (status.isTerminal()) {
                return false;
            }
            ObjectNode details = Json.object();
            String type;
            String member;
            switch (finalStatus) {
                case SUCCEEDED -> {
                    type = "ExecutionSucceeded";
                    member = "executionSucceededEventDetails";
                    details.put("output", Json.write(finalOutput));
                    details.putObject("outputDetails").put("truncated", false);
                }
                case FAILED -> {
                    type = "ExecutionFailed";
                    member = "executionFailedEventDetails";
                    putIfNotNull(details, finalError, finalCause);
                }
                case TIMED_OUT -> {
                    type = "ExecutionTimedOut";
                    member = "executionTimedOutEventDetails";
                    putIfNotNull(details, finalError, finalCause);
                }
                case ABORTED -> {
                    type = "ExecutionAborted";
                    member = "executionAbortedEventDetails";
                    putIfNotNull(details, finalError, finalCause);
                }
                default -> throw new IllegalArgumentException("not a final status: " + finalStatus);
            }
            event = append(timestamp, previousEventId, type, member, details);
            status = finalStatus;
            output = finalOutput;
            error = finalError;
            cause = finalCause;
            stopDate = timestamp;
            toCancel = List.copyOf(timers);
            timers.clear();
        }
        toCancel.forEach(Scheduler.Timer::cancel);
        eventListener.accept(event);
        return true;
    }

    private static void putIfNotNull(ObjectNode details, String error, String cause) {
        if (error != null) {
            details.put("error", error);
        }
        if (cause != null) {
            details.put("cause", cause);
        }
    }

    private HistoryEvent append(Instant timestamp, long previousEventId, String type, String member, ObjectNode details) {
        HistoryEvent event = new HistoryEvent(history.size() + 1L, previousEventId, timestamp, type, member, details);
        history.add(event);
        return event;
    }

    synchronized long lastEventId() {
        return history.size();
    }

    synchronized boolean isTerminal() {
        return status.isTerminal();
    }

    synchronized ExecutionStatus status() {
        return status;
    }

    /** Remembers a pending timer so that ending the execution cancels it; false if already ended. */
    synchronized boolean track(Scheduler.Timer timer) {
        if (status.isTerminal()) {
            return false;
        }
        timers.add(timer);
        return true;
    }

    synchronized void untrack(Scheduler.Timer timer) {
        timers.remove(timer);
    }

    synchronized void openToken(String token) {
        openTaskTokens.add(token);
    }

    synchronized void closeToken(String token) {
        openTaskTokens.remove(token);
    }

    synchronized Set<String> openTokens() {
        return Set.copyOf(openTaskTokens);
    }

    synchronized List<HistoryEvent> history() {
        return List.copyOf(history);
    }

    synchronized ExecutionDescription describe() {
        return new ExecutionDescription(executionArn, stateMachineArn, name, status, Json.write(input),
                output == null ? null : Json.write(output), error, cause, startDate, stopDate);
    }

    synchronized JsonNode output() {
        return output;
    }
}
