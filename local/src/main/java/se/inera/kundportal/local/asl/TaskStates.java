package se.inera.kundportal.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import se.inera.kundportal.local.asl.json.Json;
import se.inera.kundportal.local.asl.lambda.LambdaFunction;
import se.inera.kundportal.local.asl.lambda.LambdaFunctionException;
import se.inera.kundportal.local.asl.lambda.LambdaInvocation;
import se.inera.kundportal.local.asl.lambda.LambdaRegistry;
import se.inera.kundportal.local.asl.time.Scheduler;

/**
 * Task states: input processing, the resource call ({@code arn:aws:states:::lambda:invoke},
 * its {@code .waitForTaskToken} form, or a plain Lambda function ARN), timeouts and heartbeats,
 * result processing, and the Task/LambdaFunction history events AWS writes for each.
 */
final class TaskStates {
    /** Step Functions' payload limit: 256 KiB. */
    static final int MAX_PAYLOAD_BYTES = 262_144;
    private static final long DEFAULT_TIMEOUT_SECONDS = 99_999_999;
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private final ExecutionRun runner;

    TaskStates(ExecutionRun runner) {
        this.runner = runner;
    }

    /** What kind of resource a Task names. */
    record Resource(String resourceType, String resource, boolean lambdaIntegration, boolean waitForTaskToken,
            String legacyFunctionArn) {

        static Optional<Resource> parse(String arn) {
            String[] parts = arn.split(":", 7);
            if (parts.length >= 6 && parts[0].equals("arn") && parts[2].equals("states") && parts[3].isEmpty()
                    && parts[4].isEmpty()) {
                String service = parts[5];
                String action = parts.length > 6 ? parts[6] : "";
                boolean token = action.endsWith(".waitForTaskToken");
                String baseAction = token ? action.substring(0, action.length() - ".waitForTaskToken".length()) : action;
                return Optional.of(new Resource(service, action, service.equals("lambda") && baseAction.equals("invoke"), token, null));
            }
            if (parts.length >= 7 && parts[0].equals("arn") && parts[2].equals("lambda") && parts[5].equals("function")) {
                return Optional.of(new Resource("lambda", arn, false, false, arn));
            }
            if (!arn.startsWith("arn:") && !arn.isBlank()) {
                // A bare function name (or partial ARN), resolved by the registry like FunctionName.
                return Optional.of(new Resource("lambda", arn, false, false, arn));
            }
            return Optional.empty();
        }

        boolean legacyLambda() {
            return legacyFunctionArn != null;
        }
    }

    CompletableFuture<JsonNode> run(StateRun run) {
        String resourceArn = run.field("Resource").asText();
        Resource resource = Resource.parse(resourceArn).orElse(null);
        TaskTokens.PendingTask pendingTask = null;
        if (resource != null && resource.waitForTaskToken()) {
            // Issued before Parameters are evaluated, which may read it as $$.Task.Token.
            pendingTask = runner.engine.tokens().issue(runner.execution.executionArn);
            run.taskToken = pendingTask.token;
            runner.execution.openToken(pendingTask.token);
        }
        try {
            return call(run, resource, resourceArn, pendingTask);
        } catch (RuntimeException e) {
            if (pendingTask != null) {
                runner.engine.tokens().close(pendingTask.token, false);
                runner.execution.closeToken(pendingTask.token);
            }
            throw e;
        }
    }

    private CompletableFuture<JsonNode> call(StateRun run, Resource resource, String resourceArn,
            TaskTokens.PendingTask pendingTask) {
        JsonNode effective;
        JsonNode parameters;
        ObjectNode states = null;
        if (run.jsonata) {
            effective = run.rawInput;
            states = StateData.states(run, run.rawInput, null, null, null);
            parameters = run.has("Arguments") ? StateData.evaluateRequired(run, run.field("Arguments"), states, "Arguments")
                    : effective;
        } else {
            effective = StateData.inputPath(run, run.rawInput);
            parameters = run.has("Parameters") ? StateData.template(run, run.field("Parameters"), effective, null) : effective;
            run.inspect("afterParameters", parameters);
        }
        long timeoutSeconds = seconds(run, "TimeoutSeconds", states).orElse(DEFAULT_TIMEOUT_SECONDS);
        Optional<Long> heartbeatSeconds = seconds(run, "HeartbeatSeconds", states);
        if (resource == null || !(resource.lambdaIntegration() || resource.legacyLambda())) {
            throw new StatesError(StatesError.RUNTIME, run.errorPrefix()
                    + "The resource '" + resourceArn + "' is not supported by the local Step Functions engine.");
        }
        scheduled(run, resource, parameters, timeoutSeconds, heartbeatSeconds);
        CompletableFuture<JsonNode> outcome = new CompletableFuture<>();
        Scheduler.Timer timeout = runner.scheduler.schedule(Duration.ofSeconds(timeoutSeconds),
                () -> outcome.completeExceptionally(new StatesError(StatesError.TIMEOUT, null)));
        runner.execution.track(timeout);
        if (resource.legacyLambda()) {
            runner.event(run.block, "LambdaFunctionStarted", null, null);
        } else {
            ObjectNode started = Json.object();
            started.put("resourceType", resource.resourceType());
            started.put("resource", resource.resource());
            runner.event(run.block, "TaskStarted", "taskStartedEventDetails", started);
        }
        CompletableFuture<JsonNode> call = resource.legacyLambda()
                ? invokeFunction(run, resource.legacyFunctionArn(), payloadBytes(parameters), timeoutSeconds)
                        .thenApply(TaskStates::parseResponse)
                : lambdaInvoke(run, resource, parameters, timeoutSeconds, heartbeatSeconds, outcome, pendingTask,
                        runner.scheduler.now().plusSeconds(timeoutSeconds));
        call.whenComplete((result, failure) -> {
            if (failure != null) {
                outcome.completeExceptionally(failure);
            } else {
                outcome.complete(result);
            }
        });
        return settle(run, resource, outcome, timeout);
    }

    /**
     * Re-enters a {@code .waitForTaskToken} task after an engine restart: the same token waits
     * again, with what is left of TimeoutSeconds and of the heartbeat interval. {@code task} is the
     * one {@code restore} registered; a callback may already have completed it.
     */
    CompletableFuture<JsonNode> resumeWaiting(StateRun run, PausePoint pause, TaskTokens.PendingTask task) {
        Resource resource = Resource.parse(run.field("Resource").asText()).orElseThrow();
        run.taskToken = task.token;
        runner.execution.openToken(task.token);
        CompletableFuture<JsonNode> outcome = new CompletableFuture<>();
        Scheduler.Timer timeout = runner.scheduler.schedule(timeLeft(pause.timeoutAt()),
                () -> outcome.completeExceptionally(new StatesError(StatesError.TIMEOUT, null)));
        runner.execution.track(timeout);
        CompletableFuture<JsonNode> answer;
        synchronized (task) {
            // Heartbeats since restore moved the execution's pause point (see holdHeartbeats); none can come in
            // between reading it and the heartbeat timer taking over.
            PausePoint current = runner.execution.pausePoint();
            Instant heartbeatDeadline = current != null && task.token.equals(current.taskToken())
                    ? current.heartbeatDeadline() : pause.heartbeatDeadline();
            answer = waitForToken(run, task, pause.timeoutAt(), Optional.ofNullable(pause.heartbeatSeconds()),
                    heartbeatDeadline, outcome);
        }
        answer.whenComplete((result, failure) -> {
            if (failure != null) {
                outcome.completeExceptionally(failure);
            } else {
                outcome.complete(result);
            }
        });
        return settle(run, resource, outcome, timeout);
    }

    /**
     * Between {@code restore} and {@link #resumeWaiting}, a heartbeat moves the restored pause point's
     * deadline (and so the persisted one); resumeWaiting then arms the timer from it.
     */
    static void holdHeartbeats(TaskTokens.PendingTask task, Execution execution, Scheduler scheduler,
            long heartbeatSeconds) {
        task.onHeartbeat = () -> execution.heartbeatMoved(task.token, scheduler.now().plusSeconds(heartbeatSeconds));
    }

    /** From now until {@code deadline}, zero once it has passed. */
    private Duration timeLeft(Instant deadline) {
        Duration left = Duration.between(runner.scheduler.now(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Once the call is over: timers off, token closed, TaskSucceeded/Failed/TimedOut, result processing. */
    private CompletableFuture<JsonNode> settle(StateRun run, Resource resource, CompletableFuture<JsonNode> outcome,
            Scheduler.Timer timeout) {
        return outcome.handle((result, failure) -> {
            timeout.cancel();
            runner.execution.untrack(timeout);
            runner.execution.resumed(run.name);
            if (run.taskToken != null) {
                String error = failure == null ? null : ExecutionRun.asStatesError(failure).error();
                runner.engine.tokens().close(run.taskToken, error != null && error.endsWith("Timeout"));
                runner.execution.closeToken(run.taskToken);
            }
            if (failure != null) {
                StatesError error = ExecutionRun.asStatesError(failure);
                taskFailed(run, resource, error);
                throw error;
            }
            taskSucceeded(run, resource, result);
            return BranchStates.processResult(run, result);
        });
    }

    /**
     * Waits for SendTaskSuccess/Failure; at the top level the wait is recorded as the execution's
     * pause point. {@code heartbeatDeadline} is null for a new wait (a full interval from now).
     */
    private CompletableFuture<JsonNode> waitForToken(StateRun run, TaskTokens.PendingTask task, Instant timeoutAt,
            Optional<Long> heartbeatSeconds, Instant heartbeatDeadline, CompletableFuture<JsonNode> outcome) {
        Instant firstDeadline = heartbeatSeconds
                .map(seconds -> heartbeatDeadline != null ? heartbeatDeadline : runner.scheduler.now().plusSeconds(seconds))
                .orElse(null);
        // A task answered before it got here (right after a restore) is no longer a pause point.
        if (run.block.isTopLevel() && !task.result.isDone()) {
            runner.execution.pause(PausePoint.taskToken(run, task.token, timeoutAt, heartbeatSeconds.orElse(null),
                    firstDeadline));
        }
        heartbeatSeconds.ifPresent(seconds -> armHeartbeat(task, Duration.ofSeconds(seconds), firstDeadline, outcome));
        return task.result;
    }

    private Optional<Long> seconds(StateRun run, String field, ObjectNode states) {
        JsonNode value = run.field(field);
        if (value != null && run.jsonata && value.isTextual()) {
            JsonNode evaluated = StateData.evaluateRequired(run, value, states, field);
            if (!evaluated.isIntegralNumber() || evaluated.longValue() <= 0) {
                throw run.evaluationError("The " + field + " field must be a positive integer: " + Json.write(evaluated));
            }
            return Optional.of(evaluated.longValue());
        }
        if (value != null) {
            return Optional.of(value.asLong());
        }
        JsonNode path = run.field(field + "Path");
        if (path == null) {
            return Optional.empty();
        }
        JsonNode resolved = StateData.readRequired(run, path.asText(), run.rawInput);
        if (!resolved.isIntegralNumber() || resolved.longValue() <= 0) {
            throw run.runtimeError("The " + field + "Path parameter does not reference a positive integer: "
                    + path.asText() + " == " + (resolved.isTextual() ? resolved.textValue() : Json.write(resolved)));
        }
        return Optional.of(resolved.longValue());
    }

    // ---- events ----

    private void scheduled(StateRun run, Resource resource, JsonNode parameters, long timeoutSeconds,
            Optional<Long> heartbeatSeconds) {
        ObjectNode details = Json.object();
        if (resource.legacyLambda()) {
            details.put("resource", resource.resource());
            details.put("input", Json.write(parameters));
            details.putObject("inputDetails").put("truncated", false);
            if (run.has("TimeoutSeconds") || run.has("TimeoutSecondsPath")) {
                details.put("timeoutInSeconds", timeoutSeconds);
            }
            runner.event(run.block, "LambdaFunctionScheduled", "lambdaFunctionScheduledEventDetails", details);
            return;
        }
        details.put("resourceType", resource.resourceType());
        details.put("resource", resource.resource());
        details.put("region", runner.engine.region());
        details.put("parameters", Json.write(parameters));
        if (run.has("TimeoutSeconds") || run.has("TimeoutSecondsPath")) {
            details.put("timeoutInSeconds", timeoutSeconds);
        }
        heartbeatSeconds.ifPresent(seconds -> details.put("heartbeatInSeconds", seconds));
        runner.event(run.block, "TaskScheduled", "taskScheduledEventDetails", details);
    }

    private void taskSucceeded(StateRun run, Resource resource, JsonNode result) {
        ObjectNode details = Json.object();
        if (resource.legacyLambda()) {
            details.put("output", Json.write(result));
            details.putObject("outputDetails").put("truncated", false);
            runner.event(run.block, "LambdaFunctionSucceeded", "lambdaFunctionSucceededEventDetails", details);
            return;
        }
        details.put("resourceType", resource.resourceType());
        details.put("resource", resource.resource());
        details.put("output", Json.write(result));
        details.putObject("outputDetails").put("truncated", false);
        runner.event(run.block, "TaskSucceeded", "taskSucceededEventDetails", details);
    }

    private void taskFailed(StateRun run, Resource resource, StatesError error) {
        boolean timedOut = StatesError.TIMEOUT.equals(error.error()) || StatesError.HEARTBEAT_TIMEOUT.equals(error.error());
        ObjectNode details = Json.object();
        if (!resource.legacyLambda()) {
            details.put("resourceType", resource.resourceType());
            details.put("resource", resource.resource());
        }
        if (error.error() != null) {
            details.put("error", error.error());
        }
        if (error.errorCause() != null) {
            details.put("cause", error.errorCause());
        }
        String type;
        String member;
        if (resource.legacyLambda()) {
            type = timedOut ? "LambdaFunctionTimedOut" : "LambdaFunctionFailed";
            member = timedOut ? "lambdaFunctionTimedOutEventDetails" : "lambdaFunctionFailedEventDetails";
        } else {
            type = timedOut ? "TaskTimedOut" : "TaskFailed";
            member = timedOut ? "taskTimedOutEventDetails" : "taskFailedEventDetails";
        }
        runner.event(run.block, type, member, details);
    }

    // ---- lambda:invoke ----

    private CompletableFuture<JsonNode> lambdaInvoke(StateRun run, Resource resource, JsonNode parameters,
            long timeoutSeconds, Optional<Long> heartbeatSeconds, CompletableFuture<JsonNode> outcome,
            TaskTokens.PendingTask pendingTask, Instant timeoutAt) {
        JsonNode functionName = parameters.get("FunctionName");
        if (functionName == null || !functionName.isTextual()) {
            return CompletableFuture.failedFuture(new StatesError(StatesError.RUNTIME, run.errorPrefix()
                    + "The field 'FunctionName' is required by the resource '" + resource.resource() + "'."));
        }
        String requestId = UUID.randomUUID().toString();
        JsonNode payload = parameters.get("Payload");
        boolean tail = "Tail".equals(parameters.path("LogType").asText());
        CompletableFuture<JsonNode> invoked = invokeFunction(run, functionName.textValue(), payloadBytes(payload), timeoutSeconds)
                .thenApply(body -> invokeResult(body, requestId, tail));
        if (pendingTask == null) {
            return invoked;
        }
        TaskTokens.PendingTask waiting = pendingTask;
        return invoked.thenCompose(submitted -> {
            ObjectNode details = Json.object();
            details.put("resourceType", resource.resourceType());
            details.put("resource", resource.resource());
            details.put("output", Json.write(submitted));
            details.putObject("outputDetails").put("truncated", false);
            runner.event(run.block, "TaskSubmitted", "taskSubmittedEventDetails", details);
            // Paused from here on: a snapshot taken now holds the TaskSubmitted event.
            return waitForToken(run, waiting, timeoutAt, heartbeatSeconds, null, outcome);
        });
    }

    /**
     * The countdown runs until {@code firstDeadline}; each heartbeat restarts it with a full
     * {@code interval} and moves the pause point's deadline with it. When it runs out the task
     * fails with States.HeartbeatTimeout.
     */
    private void armHeartbeat(TaskTokens.PendingTask task, Duration interval, Instant firstDeadline,
            CompletableFuture<JsonNode> outcome) {
        Scheduler.Timer[] current = new Scheduler.Timer[1];
        Consumer<Instant> armUntil = deadline -> {
            synchronized (current) {
                if (current[0] != null) {
                    current[0].cancel();
                    runner.execution.untrack(current[0]);
                }
                current[0] = runner.scheduler.schedule(timeLeft(deadline),
                        () -> outcome.completeExceptionally(new StatesError(StatesError.HEARTBEAT_TIMEOUT, null)));
                runner.execution.track(current[0]);
            }
        };
        task.onHeartbeat = () -> {
            Instant deadline = runner.scheduler.now().plus(interval);
            armUntil.accept(deadline);
            runner.execution.heartbeatMoved(task.token, deadline);
        };
        armUntil.accept(firstDeadline);
        outcome.whenComplete((ignored, failure) -> {
            synchronized (current) {
                current[0].cancel();
                runner.execution.untrack(current[0]);
            }
        });
    }

    /**
     * The request body: a string payload is sent as its raw characters, JSON null as {@code {}},
     * anything else as its JSON text (AWS's recorded behaviour).
     */
    static byte[] payloadBytes(JsonNode payload) {
        if (payload == null || payload.isNull() || payload.isMissingNode()) {
            return "{}".getBytes(StandardCharsets.UTF_8);
        }
        if (payload.isTextual()) {
            return payload.textValue().getBytes(StandardCharsets.UTF_8);
        }
        return Json.write(payload).getBytes(StandardCharsets.UTF_8);
    }

    private CompletableFuture<byte[]> invokeFunction(StateRun run, String reference, byte[] request, long timeoutSeconds) {
        LambdaRegistry registry = runner.engine.lambdas();
        String name = LambdaRegistry.functionName(reference);
        String arn = "arn:aws:lambda:" + runner.engine.region() + ":" + runner.engine.accountId() + ":function:" + name;
        Optional<LambdaFunction> function = registry.find(reference);
        String requestId = UUID.randomUUID().toString();
        if (function.isEmpty()) {
            return CompletableFuture.failedFuture(new StatesError("Lambda.ResourceNotFoundException",
                    "Function not found: " + arn + ":$LATEST (Service: AWSLambda; Status Code: 404; Error Code: "
                            + "ResourceNotFoundException; Request ID: " + requestId + "; Proxy: null)"));
        }
        Instant deadline = runner.scheduler.now().plusSeconds(Math.min(timeoutSeconds, 900));
        LambdaInvocation invocation = new LambdaInvocation(name, arn, requestId, runner.scheduler, deadline);
        CompletableFuture<byte[]> response;
        try {
            response = function.get().invoke(request, invocation);
        } catch (RuntimeException e) {
            response = CompletableFuture.failedFuture(e);
        }
        return response.handle((body, failure) -> {
            if (failure != null) {
                Throwable cause = failure.getCause() != null && !(failure instanceof LambdaFunctionException)
                        ? failure.getCause() : failure;
                if (cause instanceof LambdaFunctionException functionError) {
                    throw new StatesError(functionError.errorType(), functionError.errorPayload());
                }
                if (cause instanceof StatesError statesError) {
                    throw statesError;
                }
                throw new StatesError("Lambda.ServiceException", String.valueOf(cause.getMessage()));
            }
            if (body.length > MAX_PAYLOAD_BYTES) {
                throw new StatesError(StatesError.DATA_LIMIT, "The state/task 'lambda' returned a result with a size "
                        + "exceeding the maximum number of bytes service limit.");
            }
            return body;
        });
    }

    /** The response body parsed as JSON; a body that is not JSON is kept as a string. */
    static JsonNode parseResponse(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return Json.MAPPER.nullNode();
        }
        try {
            return Json.parse(text);
        } catch (IllegalArgumentException e) {
            return Json.MAPPER.getNodeFactory().textNode(text);
        }
    }

    /** The result shape of {@code arn:aws:states:::lambda:invoke} (SDK response with HTTP metadata). */
    private JsonNode invokeResult(byte[] body, String requestId, boolean tail) {
        String date = HTTP_DATE.format(runner.scheduler.now());
        String traceId = traceId();
        String contentLength = Integer.toString(body.length);
        String logResult = tail ? Base64.getEncoder().encodeToString(("START RequestId: " + requestId
                + " Version: $LATEST\nEND RequestId: " + requestId + "\n").getBytes(StandardCharsets.UTF_8)) : null;
        ObjectNode result = Json.object();
        result.put("ExecutedVersion", "$LATEST");
        if (logResult != null) {
            result.put("LogResult", logResult);
        }
        result.set("Payload", parseResponse(body));
        ObjectNode http = result.putObject("SdkHttpMetadata");
        ObjectNode all = http.putObject("AllHttpHeaders");
        putList(all, "X-Amz-Executed-Version", "$LATEST");
        if (logResult != null) {
            putList(all, "X-Amz-Log-Result", logResult);
        }
        putList(all, "x-amzn-Remapped-Content-Length", "0");
        putList(all, "Connection", "keep-alive");
        putList(all, "x-amzn-RequestId", requestId);
        putList(all, "Content-Length", contentLength);
        putList(all, "Date", date);
        putList(all, "X-Amzn-Trace-Id", traceId);
        putList(all, "Content-Type", "application/json");
        ObjectNode headers = http.putObject("HttpHeaders");
        headers.put("Connection", "keep-alive");
        headers.put("Content-Length", contentLength);
        headers.put("Content-Type", "application/json");
        headers.put("Date", date);
        headers.put("X-Amz-Executed-Version", "$LATEST");
        if (logResult != null) {
            headers.put("X-Amz-Log-Result", logResult);
        }
        headers.put("x-amzn-Remapped-Content-Length", "0");
        headers.put("x-amzn-RequestId", requestId);
        headers.put("X-Amzn-Trace-Id", traceId);
        http.put("HttpStatusCode", 200);
        result.putObject("SdkResponseMetadata").put("RequestId", requestId);
        result.put("StatusCode", 200);
        return result;
    }

    private static void putList(ObjectNode headers, String name, String value) {
        ArrayNode list = headers.putArray(name);
        list.add(value);
    }

    private static String traceId() {
        HexFormat hex = HexFormat.of();
        byte[] random = new byte[12];
        ThreadLocalRandom.current().nextBytes(random);
        return "Root=1-" + Long.toHexString(Instant.now().getEpochSecond()) + "-" + hex.formatHex(random)
                + ";Sampled=0";
    }
}
