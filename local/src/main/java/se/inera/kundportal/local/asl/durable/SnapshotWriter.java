package se.inera.kundportal.local.asl.durable;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import se.inera.kundportal.local.asl.AslApiException;
import se.inera.kundportal.local.asl.AslEngine;
import se.inera.kundportal.local.asl.ExecutionSnapshot;
import se.inera.kundportal.local.asl.HistoryEvent;
import se.inera.kundportal.local.asl.StateMachineDescription;

/**
 * Writes an execution's file when it pauses resumably, when a heartbeat moves its paused task's deadline, and when
 * it ends; every other event costs a string comparison. A file is only ever replaced by a snapshot with more
 * history, or with the same history and a later heartbeat deadline, so a late pause snapshot can never overwrite
 * the final one (a StopExecution may race with the pause on another thread).
 */
final class SnapshotWriter implements AslEngine.ExecutionListener {
    private static final Set<String> TERMINAL_EVENTS =
            Set.of("ExecutionSucceeded", "ExecutionFailed", "ExecutionTimedOut", "ExecutionAborted");

    private final AslEngine engine;
    private final StoreFolder folder;
    /** Per execution, what its file holds; also serialises the writes of one execution. */
    private final Map<String, Written> written = new ConcurrentHashMap<>();
    /** Per state machine, what its file holds. */
    private final Map<String, StateMachineDescription> writtenMachines = new ConcurrentHashMap<>();
    private volatile boolean closed;

    SnapshotWriter(AslEngine engine, StoreFolder folder) {
        this.engine = engine;
        this.folder = folder;
    }

    @Override
    public void onEvent(String executionArn, HistoryEvent event) {
        if (!closed && TERMINAL_EVENTS.contains(event.type())) {
            engine.snapshot(executionArn).ifPresent(this::write);
        }
    }

    @Override
    public void onPaused(String executionArn, ExecutionSnapshot snapshot) {
        if (!closed) {
            write(snapshot);
        }
    }

    /**
     * How far an execution's file goes: its last event id and, for a task paused with HeartbeatSeconds, the heartbeat
     * deadline (a heartbeat moves it without adding an event). Null deadline: none.
     */
    private record Written(long lastEventId, Instant heartbeatDeadline) {
        static Written of(ExecutionSnapshot snapshot) {
            return new Written(snapshot.lastEventId(), snapshot.heartbeatDeadline().orElse(null));
        }

        /** True when {@code newer} holds more than this: more history, or the same with a later deadline. */
        boolean isBehind(Written newer) {
            if (newer.lastEventId != lastEventId) {
                return newer.lastEventId > lastEventId;
            }
            return newer.heartbeatDeadline != null
                    && (heartbeatDeadline == null || newer.heartbeatDeadline.isAfter(heartbeatDeadline));
        }
    }

    /** The file already holds this snapshot (the execution was just restored from it). */
    void alreadyWritten(ExecutionSnapshot snapshot) {
        written.put(snapshot.executionArn(), Written.of(snapshot));
    }

    void forget(String executionArn) {
        written.remove(executionArn);
    }

    void alreadyWritten(StateMachineDescription machine) {
        writtenMachines.put(machine.stateMachineArn(), machine);
    }

    void write(ExecutionSnapshot snapshot) {
        String executionArn = snapshot.executionArn();
        Written candidate = Written.of(snapshot);
        written.compute(executionArn, (arn, inFile) -> {
            if (inFile != null && !inFile.isBehind(candidate)) {
                return inFile;
            }
            folder.writeAtomically(folder.executionFile(arn), snapshot.toJson());
            return candidate;
        });
        // A machine created on the engine directly (not through DurableEngine) is saved with its first execution.
        String stateMachineArn = engine.describeExecution(executionArn).stateMachineArn();
        try {
            write(engine.describeStateMachine(stateMachineArn));
        } catch (AslApiException deleted) {
            // Deleted since the execution started: its executions stay describable, the machine is gone.
        }
    }

    void write(StateMachineDescription machine) {
        writtenMachines.compute(machine.stateMachineArn(), (arn, written) -> {
            if (machine.equals(written)) {
                return written;
            }
            folder.writeAtomically(folder.stateMachineFile(arn), StoredStateMachine.toJson(machine));
            return machine;
        });
    }

    void delete(String stateMachineArn) {
        writtenMachines.compute(stateMachineArn, (arn, written) -> {
            folder.delete(folder.stateMachineFile(arn));
            return null;
        });
    }

    /** Stops writing: the engine is being discarded and must no longer touch the folder. */
    void close() {
        closed = true;
    }

    boolean isClosed() {
        return closed;
    }
}
