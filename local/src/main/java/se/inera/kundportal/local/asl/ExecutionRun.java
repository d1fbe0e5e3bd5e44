package se.inera.kundportal.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import se.inera.kundportal.local.asl.json.Json;
import se.inera.kundportal.local.asl.time.Scheduler;

/**
 * Interprets one execution. Every state returns a future of its transition and every transition
 * is a new task on the scheduler, so no thread ever waits: a Wait state, a retry interval or a
 * task token is just a pending timer or an uncompleted future.
 */
final class ExecutionRun {
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    /** Wait states may not wait longer than this (AWS: "Wait state delay is too long."). */
    private static final Duration LONGEST_WAIT = Duration.ofDays(24_855);

    final AslEngine engine;
    final Execution execution;
    final Scheduler scheduler;
    private final TaskStates tasks;
    private final BranchStates branches;

    ExecutionRun(AslEngine engine, Execution execution) {
        this.engine = engine;
        this.execution = execution;
        this.scheduler = engine.scheduler();
        this.tasks = new TaskStates(this);
        this.branches = new BranchStates(this);
    }

    record Transition(String next, JsonNode output) {}

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    // ---- the whole execution ----

    void start(JsonNode definition) {
        ObjectNode details = Json.object();
        details.put("input", Json.write(execution.input));
        details.putObject("inputDetails").put("truncated", false);
        details.put("roleArn", execution.roleArn);
        execution.addEvent(scheduler.now(), 0, "ExecutionStarted", "executionStartedEventDetails", details);
        String language = definition.path("QueryLanguage").asText("JSONPath");
        // AWS links the first state's entry to no event (previousEventId 0), not to ExecutionStarted.
        Block top = new Block(definition, language, new Variables(null), null, 0);
        armExecutionTimeout(top);
        finishWhenDone(top, runBlock(top, execution.input, null));
    }

    /** The machine-level TimeoutSeconds: the whole execution ends TIMED_OUT when it runs longer. */
    private void armExecutionTimeout(Block top) {
        JsonNode timeoutSeconds = execution.definition.path("TimeoutSeconds");
        if (!timeoutSeconds.canConvertToLong()) {
            return;
        }
        Duration limit = Duration.between(scheduler.now(), execution.startDate.plusSeconds(timeoutSeconds.asLong()));
        Scheduler.Timer[] timer = new Scheduler.Timer[1];
        timer[0] = scheduler.schedule(limit, () -> {
            execution.untrack(timer[0]);
            top.cancel();
            execution.finish(scheduler.now(), top.lastEventId(), ExecutionStatus.TIMED_OUT, null, StatesError.TIMEOUT, null);
            closeOpenTokens();
        });
        execution.track(timer[0]);
    }

    /**
     * Picks a restored execution up at its pause point: the waiting task or Wait state goes on
     * waiting. {@code pendingTask} is the token entry {@code restore} registered for a waiting
     * task (null for a Wait state); it may already hold the answer.
     */
    void resume(PausePoint pause, TaskTokens.PendingTask pendingTask) {
        JsonNode definition = execution.definition;
        Block top = new Block(definition, definition.path("QueryLanguage").asText("JSONPath"), new Variables(null), null,
                execution.lastEventId());
        Map<String, JsonNode> variables = new LinkedHashMap<>();
        pause.variables().properties().forEach(field -> variables.put(field.getKey(), field.getValue()));
        top.variables.assignAll(variables);
        armExecutionTimeout(top);
        StateRun run = new StateRun(this, top, pause.stateName(), top.state(pause.stateName()), pause.stateInput(),
                pause.enteredEventId(), pause.enteredTime(), null);
        run.retryCount = pause.retryCount();
        run.retrierAttempts = pause.retrierAttempts();
        CompletableFuture<Transition> first;
        try {
            first = pause.kind().equals(PausePoint.WAIT)
                    ? finishWait(run, run.jsonata ? run.rawInput : StateData.inputPath(run, run.rawInput), pause.waitUntil())
                    : attempt(run, tasks.resumeWaiting(run, pause, pendingTask));
        } catch (RuntimeException e) {
            first = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<JsonNode> done = new CompletableFuture<>();
        first.whenComplete((transition, failure) -> {
            if (failure != null) {
                done.completeExceptionally(asStatesError(failure));
            } else if (transition.next() == null) {
                done.complete(transition.output());
            } else {
                step(top, transition.next(), transition.output(), done, null);
            }
        });
        finishWhenDone(top, done);
    }

    private void finishWhenDone(Block top, CompletableFuture<JsonNode> done) {
        done.whenComplete((output, failure) -> {
            if (failure == null) {
                execution.finish(scheduler.now(), top.lastEventId(), ExecutionStatus.SUCCEEDED, output, null, null);
            } else {
                StatesError error = asStatesError(failure);
                execution.finish(scheduler.now(), top.lastEventId(), ExecutionStatus.FAILED, null, error.error(),
                        error.errorCause());
            }
            closeOpenTokens();
        });
    }

    /** Tokens of tasks still waiting when the execution ended (e.g. in a cancelled branch) are no longer accepted. */
    private void closeOpenTokens() {
        for (String token : execution.openTokens()) {
            engine.tokens().close(token, false);
            execution.closeToken(token);
        }
    }

    /** Runs a block from its StartAt to an end state; completes with the last state's output. */
    CompletableFuture<JsonNode> runBlock(Block block, JsonNode input, SingleStateProbe probe) {
        CompletableFuture<JsonNode> done = new CompletableFuture<>();
        step(block, block.startAt(), input, done, probe);
        return done;
    }

    private void step(Block block, String stateName, JsonNode input, CompletableFuture<JsonNode> done,
            SingleStateProbe probe) {
        scheduler.execute(() -> {
            if (block.isCancelled() || execution.isTerminal()) {
                done.completeExceptionally(new StatesError(StatesError.CANCELLED, null));
                return;
            }
            CompletableFuture<Transition> transition;
            try {
                transition = runState(block, stateName, input, probe);
            } catch (RuntimeException e) {
                transition = CompletableFuture.failedFuture(e);
            }
            transition.whenComplete((result, failure) -> {
                if (failure != null) {
                    done.completeExceptionally(asStatesError(failure));
                } else if (result.next() == null || probe != null) {
                    if (probe != null) {
                        probe.nextState = result.next();
                    }
                    done.complete(result.output());
                } else {
                    step(block, result.next(), result.output(), done, probe);
                }
            });
        });
    }

    private CompletableFuture<Transition> runState(Block block, String name, JsonNode input, SingleStateProbe probe) {
        JsonNode definition = block.state(name);
        String type = definition.path("Type").asText();
        ObjectNode details = Json.object();
        details.put("name", name);
        details.put("input", Json.write(input));
        details.putObject("inputDetails").put("truncated", false);
        long entered = event(block, type + "StateEntered", "stateEnteredEventDetails", details);
        StateRun run = new StateRun(this, block, name, definition, input, entered, scheduler.now(),
                probe == null ? null : probe.inspection);
        run.inspect("input", input);
        return switch (type) {
            case "Pass" -> CompletableFuture.completedFuture(exit(run, pass(run)));
            case "Succeed" -> CompletableFuture.completedFuture(exit(run, succeed(run)));
            case "Fail" -> CompletableFuture.failedFuture(fail(run));
            case "Choice" -> CompletableFuture.completedFuture(choice(run));
            case "Wait" -> waitState(run);
            case "Task", "Parallel", "Map" -> withRetryAndCatch(run);
            default -> CompletableFuture.failedFuture(run.runtimeError("Unsupported state type " + type));
        };
    }

    /** Emits the StateExited event and moves on to Next (or ends). */
    Transition exit(StateRun run, JsonNode output) {
        String outputText = Json.write(output);
        if (outputText.length() > TaskStates.MAX_PAYLOAD_BYTES / 4
                && outputText.getBytes(StandardCharsets.UTF_8).length > TaskStates.MAX_PAYLOAD_BYTES) {
            throw new StatesError(StatesError.DATA_LIMIT, "The state/task '" + run.name
                    + "' returned a result with a size exceeding the maximum number of bytes service limit.");
        }
        ObjectNode details = Json.object();
        details.put("name", run.name);
        details.put("output", outputText);
        details.putObject("outputDetails").put("truncated", false);
        event(run.block, run.type() + "StateExited", "stateExitedEventDetails", details);
        return new Transition(nextOf(run.definition), output);
    }

    private static String nextOf(JsonNode definition) {
        JsonNode next = definition.get("Next");
        return next == null || next.isNull() ? null : next.asText();
    }

    long event(Block block, String type, String detailsMember, ObjectNode details) {
        long id = sideEvent(block, type, detailsMember, details);
        block.lastEventId(id);
        return id;
    }

    /**
     * An event that follows the block's latest event without becoming the one the next event follows, as
     * AWS links a Map's MapStateSucceeded and MapStateExited both to the last iteration's end.
     */
    long sideEvent(Block block, String type, String detailsMember, ObjectNode details) {
        if (block.isCancelled()) {
            return -1;
        }
        return execution.addEvent(scheduler.now(), block.lastEventId(), type, detailsMember, details);
    }

    // ---- simple states ----

    private JsonNode pass(StateRun run) {
        if (run.jsonata) {
            ObjectNode states = StateData.states(run, run.rawInput, null, null, null);
            JsonNode output = run.has("Output") ? StateData.evaluateRequired(run, run.field("Output"), states, "Output")
                    : run.rawInput;
            commit(run, StateData.jsonataAssignments(run, run.field("Assign"), states));
            return output;
        }
        JsonNode result;
        if (run.has("Result")) {
            // AWS reports no afterInputPath/afterParameters when a Pass state has a Result.
            result = run.field("Result");
            if (run.inspection == null) {
                StateData.inputPath(run, run.rawInput);
            }
        } else {
            JsonNode effective = StateData.inputPath(run, run.rawInput);
            result = run.has("Parameters") ? StateData.template(run, run.field("Parameters"), effective, null) : effective;
            run.inspect("afterParameters", result);
        }
        if (run.has("Result")) {
            run.inspect("result", result);
        }
        run.inspect("afterResultSelector", result);
        Map<String, JsonNode> assigned = StateData.assignments(run, run.field("Assign"), result);
        JsonNode afterResultPath = StateData.resultPath(run, run.rawInput, result, resultPathField(run));
        run.inspect("afterResultPath", afterResultPath);
        JsonNode output = StateData.outputPath(run, afterResultPath);
        commit(run, assigned);
        return output;
    }

    /** ResultPath defaults to {@code $} (the result replaces the input). */
    static JsonNode resultPathField(StateRun run) {
        return run.has("ResultPath") ? run.field("ResultPath") : Json.MAPPER.getNodeFactory().textNode("$");
    }

    private JsonNode succeed(StateRun run) {
        if (run.jsonata) {
            ObjectNode states = StateData.states(run, run.rawInput, null, null, null);
            return run.has("Output") ? StateData.evaluateRequired(run, run.field("Output"), states, "Output") : run.rawInput;
        }
        return StateData.outputPath(run, StateData.inputPath(run, run.rawInput));
    }

    private StatesError fail(StateRun run) {
        String error;
        String cause;
        if (run.jsonata) {
            ObjectNode states = StateData.states(run, run.rawInput, null, null, null);
            error = textOf(run.has("Error") ? StateData.evaluate(run, run.field("Error"), states, "Error") : null);
            cause = textOf(run.has("Cause") ? StateData.evaluate(run, run.field("Cause"), states, "Cause") : null);
        } else {
            run.inspect("afterInputPath", run.rawInput);
            error = run.has("ErrorPath") ? textOf(failDetail(run, "ErrorPath")) : textOf(run.field("Error"));
            cause = run.has("CausePath") ? textOf(failDetail(run, "CausePath")) : textOf(run.field("Cause"));
        }
        return new StatesError(error, cause);
    }

    private static JsonNode failDetail(StateRun run, String field) {
        String expression = run.field(field).asText();
        return StateData.dynamicValue(run, field, expression, run.rawInput, null);
    }

    private static String textOf(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isTextual() ? node.textValue() : Json.write(node);
    }

    private Transition choice(StateRun run) {
        JsonNode choices = run.field("Choices");
        if (run.jsonata) {
            ObjectNode states = StateData.states(run, run.rawInput, null, null, null);
            for (int i = 0; i < choices.size(); i++) {
                JsonNode rule = choices.get(i);
                JsonNode condition = StateData.evaluate(run, rule.get("Condition"), states, "Condition");
                if (condition == null || !condition.isBoolean()) {
                    throw run.evaluationError("The JSONata expression '" + rule.path("Condition").asText()
                            + "' specified for the field 'Condition' returned a non-boolean value.");
                }
                if (condition.booleanValue()) {
                    return choiceExit(run, rule, states, rule.path("Next").asText());
                }
            }
            return choiceExit(run, run.definition, states, defaultOf(run));
        }
        JsonNode effective = StateData.inputPath(run, run.rawInput);
        for (JsonNode rule : choices) {
            boolean matched;
            try {
                matched = ChoiceRules.matches(rule, path -> StateData.read(run, StateData.compile(run, path), effective, null));
            } catch (ChoiceRules.MissingVariableException e) {
                throw run.runtimeError("Invalid path '" + e.path() + "': The choice state's condition path references an invalid value.");
            }
            if (matched) {
                commit(run, StateData.assignments(run, rule.get("Assign"), effective));
                return exitTo(run, StateData.outputPath(run, effective), rule.path("Next").asText());
            }
        }
        String fallback = defaultOf(run);
        commit(run, StateData.assignments(run, run.field("Assign"), effective));
        return exitTo(run, StateData.outputPath(run, effective), fallback);
    }

    private Transition choiceExit(StateRun run, JsonNode source, ObjectNode states, String next) {
        JsonNode output = source.has("Output") ? StateData.evaluateRequired(run, source.get("Output"), states, "Output")
                : run.rawInput;
        commit(run, StateData.jsonataAssignments(run, source.get("Assign"), states));
        return exitTo(run, output, next);
    }

    private static String defaultOf(StateRun run) {
        if (!run.has("Default")) {
            throw new StatesError(StatesError.NO_CHOICE_MATCHED, run.errorPrefix()
                    + "Failed to transition out of the state. The state does not point to a next state.");
        }
        return run.field("Default").asText();
    }

    private Transition exitTo(StateRun run, JsonNode output, String next) {
        exit(run, output);
        return new Transition(next, output);
    }

    private CompletableFuture<Transition> waitState(StateRun run) {
        JsonNode effective;
        Instant until;
        try {
            effective = run.jsonata ? run.rawInput : StateData.inputPath(run, run.rawInput);
            until = waitUntil(run, effective);
        } catch (StatesError e) {
            return CompletableFuture.failedFuture(e);
        }
        if (Duration.between(scheduler.now(), until).compareTo(LONGEST_WAIT) > 0) {
            return CompletableFuture.failedFuture(run.runtimeError("Wait state delay is too long."));
        }
        return finishWait(run, effective, until);
    }

    private CompletableFuture<Transition> finishWait(StateRun run, JsonNode effective, Instant until) {
        if (run.block.isTopLevel()) {
            execution.pause(PausePoint.waitState(run, until));
        }
        return sleepUntil(until).thenApply(ignored -> {
            execution.resumed(run.name);
            JsonNode output;
            if (run.jsonata) {
                ObjectNode states = StateData.states(run, run.rawInput, null, null, null);
                output = run.has("Output") ? StateData.evaluateRequired(run, run.field("Output"), states, "Output") : run.rawInput;
                commit(run, StateData.jsonataAssignments(run, run.field("Assign"), states));
            } else {
                output = StateData.outputPath(run, effective);
                commit(run, StateData.assignments(run, run.field("Assign"), effective));
            }
            return exit(run, output);
        });
    }

    private Instant waitUntil(StateRun run, JsonNode effective) {
        Instant now = scheduler.now();
        if (run.jsonata) {
            ObjectNode states = StateData.states(run, run.rawInput, null, null, null);
            if (run.has("Seconds")) {
                JsonNode seconds = StateData.evaluateRequired(run, run.field("Seconds"), states, "Seconds");
                if (!seconds.isIntegralNumber() || seconds.longValue() < 0) {
                    throw run.evaluationError("The Seconds field must be a non-negative integer: " + Json.write(seconds));
                }
                return now.plusSeconds(seconds.longValue());
            }
            JsonNode timestamp = StateData.evaluateRequired(run, run.field("Timestamp"), states, "Timestamp");
            return parseTimestamp(timestamp).orElseThrow(() -> run.evaluationError(
                    "The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: "
                            + timestamp.asText()));
        }
        if (run.has("Seconds")) {
            return now.plusSeconds(run.field("Seconds").asLong());
        }
        if (run.has("Timestamp")) {
            return parseTimestamp(run.field("Timestamp")).orElseThrow(() -> run.runtimeError(
                    "The Timestamp field does not contain a valid ISO-8601 extended offset date-time format string: "
                            + run.field("Timestamp").asText()));
        }
        if (run.has("SecondsPath")) {
            String path = run.field("SecondsPath").asText();
            JsonNode seconds = StateData.readRequired(run, path, effective);
            if (!isLong(seconds)) {
                throw run.runtimeError("The SecondsPath parameter cannot be parsed as a long value: " + path + " == "
                        + (seconds.isTextual() ? seconds.textValue() : Json.write(seconds)));
            }
            if (seconds.longValue() < 0) {
                throw run.runtimeError("The SecondsPath parameter references a negative value: " + path + " == " + seconds.longValue());
            }
            return now.plusSeconds(seconds.longValue());
        }
        String path = run.field("TimestampPath").asText();
        JsonNode timestamp = StateData.readRequired(run, path, effective);
        return parseTimestamp(timestamp).orElseThrow(() -> run.runtimeError(
                "The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: "
                        + path + " == " + (timestamp.isTextual() ? timestamp.textValue() : Json.write(timestamp))));
    }

    private static boolean isLong(JsonNode value) {
        if (value.isIntegralNumber()) {
            return value.canConvertToLong();
        }
        if (value.isNumber()) {
            BigDecimal decimal = value.decimalValue();
            return decimal.stripTrailingZeros().scale() <= 0;
        }
        return false;
    }

    /** Timestamps must carry a 'T', an offset or Z, and at most nine fractional digits. */
    static Optional<Instant> parseTimestamp(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return Optional.empty();
        }
        String text = value.textValue();
        if (text.length() < 11 || text.charAt(10) != 'T') {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Applies an Assign's evaluated values to the state's scope. */
    static void commit(StateRun run, Map<String, JsonNode> assigned) {
        if (!assigned.isEmpty()) {
            run.block.variables.assignAll(assigned);
        }
    }

    // ---- Retry and Catch (Task, Parallel, Map) ----

    private CompletableFuture<Transition> withRetryAndCatch(StateRun run) {
        run.retrierAttempts = new int[run.has("Retry") ? run.field("Retry").size() : 0];
        return attempt(run);
    }

    private CompletableFuture<Transition> attempt(StateRun run) {
        CompletableFuture<JsonNode> body;
        try {
            body = switch (run.type()) {
                case "Task" -> tasks.run(run);
                case "Parallel" -> branches.parallel(run);
                default -> branches.map(run);
            };
        } catch (RuntimeException e) {
            body = CompletableFuture.failedFuture(e);
        }
        return attempt(run, body);
    }

    /** Applies Retry and Catch to one attempt's outcome. */
    private CompletableFuture<Transition> attempt(StateRun run, CompletableFuture<JsonNode> body) {
        int[] attemptsPerRetrier = run.retrierAttempts;
        return body.handle((output, failure) -> {
            if (failure == null) {
                return CompletableFuture.completedFuture(exit(run, output));
            }
            StatesError error = asStatesError(failure);
            if (error.isTerminal() || execution.isTerminal() || run.block.isCancelled()) {
                return CompletableFuture.<Transition>failedFuture(error);
            }
            if (error.evaluationFailure() && !run.type().equals("Task")) {
                event(run.block, run.type() + "StateFailed", null, null);
                return CompletableFuture.<Transition>failedFuture(error);
            }
            Optional<Duration> retryDelay = retryDelay(run, error, attemptsPerRetrier);
            if (retryDelay.isPresent()) {
                run.retryCount++;
                return sleep(retryDelay.get()).thenCompose(ignored -> attempt(run));
            }
            if (!run.type().equals("Task")) {
                // AWS closes a Parallel or Map with ...StateFailed only once it will not be retried.
                event(run.block, run.type() + "StateFailed", null, null);
            }
            JsonNode catchers = run.field("Catch");
            if (catchers != null) {
                for (JsonNode catcher : catchers) {
                    if (ErrorNames.matches(catcher.get("ErrorEquals"), error.error())) {
                        return CompletableFuture.completedFuture(caught(run, catcher, error));
                    }
                }
            }
            return CompletableFuture.<Transition>failedFuture(error);
        }).thenCompose(future -> future);
    }

    /** The delay before the next attempt, or empty when no retrier applies (or its attempts are used up). */
    private static Optional<Duration> retryDelay(StateRun run, StatesError error, int[] attemptsPerRetrier) {
        JsonNode retriers = run.field("Retry");
        if (retriers == null) {
            return Optional.empty();
        }
        for (int i = 0; i < retriers.size(); i++) {
            JsonNode retrier = retriers.get(i);
            if (!ErrorNames.matches(retrier.get("ErrorEquals"), error.error())) {
                continue;
            }
            int maxAttempts = retrier.path("MaxAttempts").asInt(3);
            if (attemptsPerRetrier[i] >= maxAttempts) {
                return Optional.empty();
            }
            double interval = retrier.path("IntervalSeconds").asDouble(1);
            double backoff = retrier.path("BackoffRate").asDouble(2.0);
            double seconds = interval * Math.pow(backoff, attemptsPerRetrier[i]);
            if (retrier.has("MaxDelaySeconds")) {
                seconds = Math.min(seconds, retrier.get("MaxDelaySeconds").asDouble());
            }
            if ("FULL".equals(retrier.path("JitterStrategy").asText("NONE"))) {
                seconds = ThreadLocalRandom.current().nextDouble() * seconds;
            }
            attemptsPerRetrier[i]++;
            return Optional.of(Duration.ofMillis(Math.round(seconds * 1000)));
        }
        return Optional.empty();
    }

    private Transition caught(StateRun run, JsonNode catcher, StatesError error) {
        ObjectNode errorOutput = Json.errorOutput(error.error(), error.errorCause() == null ? "" : error.errorCause());
        JsonNode output;
        if (run.jsonata) {
            ObjectNode states = StateData.states(run, run.rawInput, null, errorOutput, null);
            output = catcher.has("Output") ? StateData.evaluateRequired(run, catcher.get("Output"), states, "Output")
                    : errorOutput;
            commit(run, StateData.jsonataAssignments(run, catcher.get("Assign"), states));
        } else {
            JsonNode resultPath = catcher.has("ResultPath") ? catcher.get("ResultPath")
                    : Json.MAPPER.getNodeFactory().textNode("$");
            output = StateData.resultPath(run, run.rawInput, errorOutput, resultPath);
            commit(run, StateData.assignments(run, catcher.get("Assign"), errorOutput));
        }
        exit(run, output);
        return new Transition(catcher.path("Next").asText(), output);
    }

    // ---- time ----

    /** Completes after {@code delay} on the scheduler's clock; an ended execution cancels it. */
    CompletableFuture<Void> sleep(Duration delay) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Scheduler.Timer[] holder = new Scheduler.Timer[1];
        synchronized (holder) {
            holder[0] = scheduler.schedule(delay, () -> {
                synchronized (holder) {
                    execution.untrack(holder[0]);
                }
                done.complete(null);
            });
            if (!execution.track(holder[0])) {
                holder[0].cancel();
                done.completeExceptionally(new StatesError(StatesError.CANCELLED, null));
            }
        }
        return done;
    }

    CompletableFuture<Void> sleepUntil(Instant until) {
        Duration delay = Duration.between(scheduler.now(), until);
        return sleep(delay.isNegative() ? Duration.ZERO : delay);
    }

    static StatesError asStatesError(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof StatesError error) {
            return error;
        }
        return new StatesError(StatesError.RUNTIME, "Internal error in the local engine: " + cause);
    }

    /** Collects what the TestState API reports when a single state runs alone. */
    static final class SingleStateProbe {
        final ObjectNode inspection = Json.object();
        String nextState;
    }
}
