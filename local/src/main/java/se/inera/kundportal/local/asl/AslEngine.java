package se.inera.kundportal.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import se.inera.kundportal.local.asl.ExecutionRun.SingleStateProbe;
import se.inera.kundportal.local.asl.json.Json;
import se.inera.kundportal.local.asl.lambda.LambdaRegistry;
import se.inera.kundportal.local.asl.time.Scheduler;
import se.inera.kundportal.local.asl.time.VirtualScheduler;

/**
 * The local Step Functions engine: state machines, their Standard executions, task tokens.
 * Thread-safe. See {@code package-info.java} for how to use it.
 */
public final class AslEngine implements StateMachineCatalog {
    public static final String DEFAULT_REGION = "us-east-1";
    private static final System.Logger LOG = System.getLogger(AslEngine.class.getName());
    public static final String DEFAULT_ACCOUNT_ID = "111111111111";
    /** Finished executions kept in memory unless the constructor says otherwise. */
    public static final int DEFAULT_FINISHED_EXECUTIONS_IN_MEMORY = 1_000;
    private static final Duration TEST_STATE_TIMEOUT = Duration.ofMinutes(5);
    /** AWS's naming rule: 1 to 80 characters, no white space, brackets, wildcards, control or listed special characters. */
    private static final Pattern NAME = Pattern.compile("[^\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\p{Cntrl}]{1,80}");

    private final Scheduler scheduler;
    private final LambdaRegistry lambdas;
    private final String region;
    private final String accountId;
    private final TaskTokens tokens = new TaskTokens();
    private final Map<String, StateMachine> machines = new ConcurrentHashMap<>();
    private final Map<String, Execution> executions = new ConcurrentHashMap<>();
    private final List<ExecutionListener> listeners = new CopyOnWriteArrayList<>();
    private final int finishedExecutionsInMemory;
    /** The finished executions in memory, oldest stop date first: the next to evict. Guarded by itself. */
    private final NavigableSet<Finished> finishedInMemory = new TreeSet<>();
    private volatile ExecutionArchive archive = ExecutionArchive.NONE;

    private record Finished(Instant stopDate, String executionArn) implements Comparable<Finished> {
        @Override
        public int compareTo(Finished other) {
            int byDate = stopDate.compareTo(other.stopDate);
            return byDate != 0 ? byDate : executionArn.compareTo(other.executionArn);
        }
    }

    public AslEngine(Scheduler scheduler, LambdaRegistry lambdas) {
        this(scheduler, lambdas, DEFAULT_REGION, DEFAULT_ACCOUNT_ID);
    }

    public AslEngine(Scheduler scheduler, LambdaRegistry lambdas, String region, String accountId) {
        this(scheduler, lambdas, region, accountId, DEFAULT_FINISHED_EXECUTIONS_IN_MEMORY);
    }

    /**
     * @param finishedExecutionsInMemory how many finished executions (the newest, by stop date) stay in memory with
     *     their history; older ones are handed to the {@link ExecutionArchive} and dropped. Running executions always
     *     stay. See {@link #archiveEvictedExecutions}.
     */
    public AslEngine(Scheduler scheduler, LambdaRegistry lambdas, String region, String accountId,
            int finishedExecutionsInMemory) {
        if (finishedExecutionsInMemory < 0) {
            throw new IllegalArgumentException("finishedExecutionsInMemory must not be negative: " + finishedExecutionsInMemory);
        }
        this.scheduler = Objects.requireNonNull(scheduler);
        this.lambdas = Objects.requireNonNull(lambdas);
        this.region = region;
        this.accountId = accountId;
        this.finishedExecutionsInMemory = finishedExecutionsInMemory;
    }

    /**
     * Told about every history event (e.g. to stream them to a UI) and about every pause point, the
     * moment to persist a waiting execution: {@code snapshot} is then resumable. A terminal
     * execution is told by its last event; {@link #snapshot} gives its final snapshot. An exception
     * from {@code onEvent} is logged; one from {@code onPaused} fails the pause (the waiting state
     * fails with {@code States.Runtime}, a heartbeat call fails).
     */
    @FunctionalInterface
    public interface ExecutionListener {
        void onEvent(String executionArn, HistoryEvent event);

        default void onPaused(String executionArn, ExecutionSnapshot snapshot) {
        }
    }

    private record StateMachine(StateMachineDescription description, JsonNode definition) {}

    public void addListener(ExecutionListener listener) {
        listeners.add(listener);
    }

    /**
     * From now on, finished executions evicted from memory go to {@code archive}, which then answers for them
     * (describe, history, snapshot, list, and names staying used). Set it before executions finish, e.g. right after
     * construction; a persistent store does this itself.
     */
    public void archiveEvictedExecutions(ExecutionArchive archive) {
        this.archive = Objects.requireNonNull(archive);
    }

    /** How many executions (running and finished) the engine holds in memory now. */
    public int executionsInMemory() {
        return executions.size();
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    public LambdaRegistry lambdas() {
        return lambdas;
    }

    public String region() {
        return region;
    }

    public String accountId() {
        return accountId;
    }

    TaskTokens tokens() {
        return tokens;
    }

    // ---- state machines ----

    /**
     * Validates and registers a Standard state machine.
     *
     * @throws InvalidDefinitionException as CreateStateMachine would refuse the definition
     * @throws AslApiException {@code InvalidName}, or {@code StateMachineAlreadyExists} for a name in use with another definition
     */
    @Override
    public StateMachineDescription createStateMachine(String name, String definition, String roleArn) {
        return createStateMachine(name, definition, roleArn, scheduler.now());
    }

    /**
     * As {@link #createStateMachine(String, String, String)}, with the machine's original creation
     * date: for recreating persisted machines after a restart, so that describe and list calls show
     * the date they showed before.
     */
    public StateMachineDescription createStateMachine(String name, String definition, String roleArn,
            Instant creationDate) {
        Objects.requireNonNull(creationDate, "creationDate");
        requireName(name);
        JsonNode parsed = parseAndValidate(definition);
        String arn = "arn:aws:states:" + region + ":" + accountId + ":stateMachine:" + name;
        StateMachine machine = new StateMachine(
                new StateMachineDescription(arn, name, definition, roleArn, creationDate), parsed);
        StateMachine existing = machines.putIfAbsent(arn, machine);
        if (existing != null) {
            if (existing.definition().equals(parsed) && Objects.equals(existing.description().roleArn(), roleArn)) {
                return existing.description();
            }
            throw new AslApiException("StateMachineAlreadyExists", "State Machine Already Exists: '" + arn + "'");
        }
        return machine.description();
    }

    /**
     * Replaces a machine's definition (UpdateStateMachine); running executions keep the old one.
     *
     * @throws InvalidDefinitionException as UpdateStateMachine would refuse the definition (not JSON included)
     * @throws AslApiException {@code StateMachineDoesNotExist}
     */
    @Override
    public StateMachineDescription updateStateMachine(String stateMachineArn, String definition, String roleArn) {
        StateMachine current = machine(stateMachineArn);
        JsonNode parsed = parseAndValidate(definition);
        StateMachineDescription old = current.description();
        StateMachine updated = new StateMachine(new StateMachineDescription(old.stateMachineArn(), old.name(), definition,
                roleArn == null ? old.roleArn() : roleArn, old.creationDate()), parsed);
        machines.put(stateMachineArn, updated);
        return updated.description();
    }

    /** The definition as JSON, refused as AWS refuses it: text that is not JSON is INVALID_JSON_DESCRIPTION. */
    private static JsonNode parseAndValidate(String definition) {
        JsonNode parsed;
        try {
            parsed = Json.parse(definition);
        } catch (IllegalArgumentException e) {
            throw new InvalidDefinitionException(List.of("INVALID_JSON_DESCRIPTION: " + e.getMessage()));
        }
        DefinitionValidator.validate(parsed);
        return parsed;
    }

    public StateMachineDescription describeStateMachine(String stateMachineArn) {
        return machine(stateMachineArn).description();
    }

    public List<StateMachineDescription> listStateMachines() {
        return machines.values().stream().map(StateMachine::description)
                .sorted(Comparator.comparing(StateMachineDescription::creationDate)).toList();
    }

    @Override
    public void deleteStateMachine(String stateMachineArn) {
        machines.remove(stateMachineArn);
    }

    private StateMachine machine(String arn) {
        StateMachine machine = machines.get(arn);
        if (machine == null) {
            throw new AslApiException("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
        }
        return machine;
    }

    // ---- executions ----

    /**
     * Starts an execution; it runs on the scheduler, this call returns at once.
     *
     * @param name null for a generated name; a name already used by this machine is refused with
     *     {@code ExecutionAlreadyExists} unless the earlier execution is still running with the same input
     *     (AWS's idempotent start), in which case that execution is returned
     * @param input JSON text, null for {@code {}}
     */
    public ExecutionDescription startExecution(String stateMachineArn, String name, String input) {
        StateMachine machine = machine(stateMachineArn);
        String executionName = name == null ? UUID.randomUUID().toString() : name;
        requireName(executionName);
        JsonNode parsedInput;
        try {
            parsedInput = input == null ? Json.object() : Json.parse(input);
        } catch (IllegalArgumentException e) {
            throw new AslApiException("InvalidExecutionInput", "Invalid State Machine Execution Input: '" + e.getMessage() + "'");
        }
        String executionArn = "arn:aws:states:" + region + ":" + accountId + ":execution:"
                + machine.description().name() + ":" + executionName;
        Execution execution = new Execution(executionArn, executionName, stateMachineArn, machine.description().name(),
                machine.description().roleArn(), parsedInput, scheduler.now(), machine.definition(),
                event -> onEvent(executionArn, event), this::notifyPaused);
        if (archive.contains(executionArn)) {
            throw alreadyExists(executionArn);
        }
        Execution existing = executions.putIfAbsent(executionArn, execution);
        if (existing != null) {
            if (existing.status() == ExecutionStatus.RUNNING && existing.input.equals(parsedInput)) {
                return existing.describe();
            }
            throw alreadyExists(executionArn);
        }
        if (archive.contains(executionArn)) {
            // An execution of that name was evicted between the check above and registering this one.
            executions.remove(executionArn, execution);
            throw alreadyExists(executionArn);
        }
        ExecutionRun run = new ExecutionRun(this, execution);
        scheduler.execute(() -> run.start(machine.definition()));
        return execution.describe();
    }

    public ExecutionDescription describeExecution(String executionArn) {
        return execution(executionArn).describe();
    }

    /** The history in event order (ids from 1). */
    public List<HistoryEvent> getExecutionHistory(String executionArn) {
        return execution(executionArn).history();
    }

    /**
     * The machine's executions, newest first, optionally only those with {@code statusFilter}. Executions evicted
     * from memory come from the {@link ExecutionArchive} and may lack input, output, error and cause (use
     * {@link #describeExecution} for those).
     */
    public List<ExecutionDescription> listExecutions(String stateMachineArn, ExecutionStatus statusFilter) {
        machine(stateMachineArn);
        Map<String, ExecutionDescription> found = new HashMap<>();
        for (Execution execution : executions.values()) {
            if (execution.stateMachineArn.equals(stateMachineArn)) {
                found.put(execution.executionArn, execution.describe());
            }
        }
        // Memory first: eviction archives before it removes, so one evicted meanwhile is in the archive by now.
        for (ExecutionDescription archived : archive.list(stateMachineArn)) {
            found.putIfAbsent(archived.executionArn(), archived);
        }
        List<ExecutionDescription> result = new ArrayList<>();
        for (ExecutionDescription description : found.values()) {
            if (statusFilter == null || description.status() == statusFilter) {
                result.add(description);
            }
        }
        result.sort(Comparator.comparing(ExecutionDescription::startDate).reversed());
        return result;
    }

    /**
     * Aborts a running execution (StopExecution): records ExecutionAborted, cancels its timers and
     * invalidates its task tokens. Stopping an ended execution changes nothing.
     */
    public ExecutionDescription stopExecution(String executionArn, String error, String cause) {
        Execution execution = execution(executionArn);
        if (execution.finish(scheduler.now(), execution.lastEventId(), ExecutionStatus.ABORTED, null, error, cause)) {
            execution.openTokens().forEach(token -> tokens.close(token, false));
        }
        return execution.describe();
    }

    // ---- persistence ----

    /**
     * The execution as JSON, to persist it. Empty while it is RUNNING but not paused in a
     * resumable way: resumable are a top-level {@code .waitForTaskToken} task waiting for its
     * token and a top-level Wait state; everything else finishes within moments, so ask again.
     */
    public Optional<ExecutionSnapshot> snapshot(String executionArn) {
        return execution(executionArn).snapshot();
    }

    /**
     * Brings a persisted execution back, e.g. after a restart. A finished one is only listed and
     * described again; a resumable RUNNING one goes on waiting where it stopped, with the same task
     * token and what is left of its timeout and heartbeat interval. Its token is accepted as soon as
     * this call returns.
     *
     * @throws AslApiException {@code ExecutionAlreadyExists} when this engine already has the execution
     * @throws IllegalArgumentException for a RUNNING snapshot without a pause point, or one whose pause
     *     state is not a state of that kind at the top level of the snapshot's definition
     */
    public ExecutionDescription restore(ExecutionSnapshot snapshot) {
        if (snapshot.status() == ExecutionStatus.RUNNING && !snapshot.isResumable()) {
            throw new IllegalArgumentException("a running execution can only be restored at a pause point");
        }
        if (snapshot.isResumable()) {
            requirePauseStateInDefinition(snapshot);
        }
        String executionArn = snapshot.executionArn();
        Execution execution = Execution.restore(snapshot, event -> onEvent(executionArn, event), this::notifyPaused);
        if (archive.contains(executionArn) || executions.putIfAbsent(executionArn, execution) != null) {
            throw alreadyExists(executionArn);
        }
        if (snapshot.status().isTerminal()) {
            retire(execution);
        }
        if (snapshot.isResumable()) {
            ExecutionRun run = new ExecutionRun(this, execution);
            PausePoint pause = snapshot.pause();
            // Accept SendTask* calls at once, even before the resumed task is back in place; the
            // resumed task waits on this very entry, so an answer given meanwhile is not lost.
            TaskTokens.PendingTask pendingTask = pause.taskToken() == null ? null
                    : tokens.reissue(pause.taskToken(), executionArn);
            if (pendingTask != null && pause.heartbeatSeconds() != null) {
                TaskStates.holdHeartbeats(pendingTask, execution, scheduler, pause.heartbeatSeconds());
            }
            scheduler.execute(() -> run.resume(pause, pendingTask));
        }
        return execution.describe();
    }

    /** Checked before anything is registered, so that a bad snapshot fails here and not later on a scheduler thread. */
    private static void requirePauseStateInDefinition(ExecutionSnapshot snapshot) {
        PausePoint pause = snapshot.pause();
        JsonNode state = snapshot.definition().path("States").path(pause.stateName());
        String expectedType = pause.kind().equals(PausePoint.WAIT) ? "Wait" : "Task";
        if (!state.isObject() || !expectedType.equals(state.path("Type").asText())) {
            throw new IllegalArgumentException("snapshot of " + snapshot.executionArn() + " is paused in "
                    + expectedType + " state '" + pause.stateName() + "', which its definition does not have");
        }
    }

    /** The execution in memory, or else a read-only copy of the archived one. */
    private Execution execution(String arn) {
        Execution execution = executions.get(arn);
        if (execution != null) {
            return execution;
        }
        return archive.read(arn)
                .map(snapshot -> Execution.restore(snapshot, event -> { }, paused -> { }))
                .orElseThrow(() -> new AslApiException("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'"));
    }

    private static AslApiException alreadyExists(String executionArn) {
        return new AslApiException("ExecutionAlreadyExists", "Execution Already Exists: '" + executionArn + "'");
    }

    /**
     * Counts a finished execution among those kept in memory and evicts the oldest beyond the limit, archive first,
     * so that a describe call in between finds it in one place or the other.
     */
    private void retire(Execution finished) {
        ExecutionDescription description = finished.describe();
        synchronized (finishedInMemory) {
            finishedInMemory.add(new Finished(description.stopDate(), description.executionArn()));
            while (finishedInMemory.size() > finishedExecutionsInMemory) {
                Finished oldest = finishedInMemory.pollFirst();
                Execution evicted = executions.get(oldest.executionArn());
                if (evicted != null) {
                    archive.evicted(evicted.describe());
                    executions.remove(oldest.executionArn(), evicted);
                }
            }
        }
    }

    // ---- task tokens ----

    /**
     * Completes a {@code .waitForTaskToken} task with {@code output} (JSON text) as its result.
     *
     * @throws AslApiException {@code InvalidToken}, {@code TaskDoesNotExist}, {@code TaskTimedOut} or {@code InvalidOutput}
     */
    public void sendTaskSuccess(String taskToken, String output) {
        JsonNode parsed;
        try {
            parsed = Json.parse(output);
        } catch (IllegalArgumentException e) {
            throw new AslApiException("InvalidOutput", "Invalid Output: '" + e.getMessage() + "'");
        }
        tokens.succeed(taskToken, parsed);
    }

    /** Fails a waiting task with {@code error} and {@code cause} (either may be null). */
    public void sendTaskFailure(String taskToken, String error, String cause) {
        tokens.fail(taskToken, error, cause);
    }

    /** Restarts the waiting task's HeartbeatSeconds countdown. */
    public void sendTaskHeartbeat(String taskToken) {
        tokens.heartbeat(taskToken);
    }

    // ---- TestState ----

    /**
     * Runs one state alone, like the TestState API at inspection level DEBUG: the state's output
     * (or error), the state it would go to next, and the value after each processing step.
     */
    public TestStateResult testState(String stateDefinition, String input, String roleArn) {
        JsonNode state = Json.parse(stateDefinition);
        ObjectNode machine = Json.object();
        machine.put("StartAt", "TestState");
        machine.putObject("States").set("TestState", state);
        String name = "test-state-" + UUID.randomUUID();
        String stateMachineArn = "arn:aws:states:" + region + ":" + accountId + ":stateMachine:" + name;
        Execution execution = new Execution(stateMachineArn.replace(":stateMachine:", ":execution:") + ":" + name, name,
                stateMachineArn, name, roleArn, Json.parse(input), scheduler.now(), machine, event -> { }, paused -> { });
        ExecutionRun run = new ExecutionRun(this, execution);
        SingleStateProbe probe = new SingleStateProbe();
        Block block = new Block(machine, state.path("QueryLanguage").asText("JSONPath"), new Variables(null), null, 0);
        CompletableFuture<TestStateResult> result = run.runBlock(block, execution.input, probe).handle((output, failure) -> {
            if (failure == null) {
                return new TestStateResult(ExecutionStatus.SUCCEEDED, output, null, null, probe.nextState, probe.inspection);
            }
            StatesError error = ExecutionRun.asStatesError(failure);
            return new TestStateResult(ExecutionStatus.FAILED, null, error.error(), error.errorCause(), null, probe.inspection);
        });
        if (scheduler instanceof VirtualScheduler virtual) {
            // Nothing runs on a virtual clock until someone drives it.
            virtual.runUntilIdle();
        }
        try {
            return result.get(TEST_STATE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while testing a state", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the tested state did not finish", e);
        }
    }

    /** The outcome of {@link #testState}: inspection data keys as AWS names them (input, afterInputPath, ...). */
    public record TestStateResult(ExecutionStatus status, JsonNode output, String error, String cause, String nextState,
            ObjectNode inspectionData) {}

    /** Listeners first (a store writes the final snapshot there), then the finished execution may be evicted. */
    private void onEvent(String executionArn, HistoryEvent event) {
        notifyListeners(executionArn, event);
        if (Execution.isTerminalEvent(event.type())) {
            Execution execution = executions.get(executionArn);
            if (execution != null) {
                retire(execution);
            }
        }
    }

    private void notifyListeners(String executionArn, HistoryEvent event) {
        for (ExecutionListener listener : listeners) {
            try {
                listener.onEvent(executionArn, event);
            } catch (RuntimeException e) {
                // A failing listener (e.g. a full disk) must not break the execution it observes.
                LOG.log(System.Logger.Level.WARNING, "execution listener failed on " + event.type() + " of " + executionArn, e);
            }
        }
    }

    private void notifyPaused(Execution execution) {
        if (listeners.isEmpty()) {
            return;
        }
        // Not caught: a store that cannot record the pause (e.g. a full disk) fails the pausing state, rather than
        // leaving an execution that waits in memory but would be lost on the next restart.
        execution.snapshot().ifPresent(snapshot -> {
            for (ExecutionListener listener : listeners) {
                listener.onPaused(execution.executionArn, snapshot);
            }
        });
    }

    private static void requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new AslApiException("InvalidName", "Invalid Name: '" + name + "'");
        }
    }

    /** For tests and tools: when the engine was asked for the time. */
    Instant now() {
        return scheduler.now();
    }
}
