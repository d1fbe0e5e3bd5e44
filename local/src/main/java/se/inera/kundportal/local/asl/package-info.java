/**
 * Kundportal's local AWS Step Functions engine: an interpreter of the Amazon States Language for
 * Standard workflows that behaves as AWS does (judged by the recorded corpus in
 * {@code local/src/test/resources/asl-corpus}, see {@code docs/asl-conformance.md}).
 *
 * <h2>Using the engine</h2>
 * <pre>{@code
 * LambdaRegistry lambdas = new LambdaRegistry()
 *         .register("NotifyAttestantsFunction", JavaHandlerFunction.of(new NotifyAttestantsHandler(...)));
 * AslEngine engine = new AslEngine(new RealTimeScheduler(2), lambdas);      // or new VirtualScheduler(start)
 * StateMachineDescription machine = engine.createStateMachine("order", definitionJson, roleArn);
 * ExecutionDescription started = engine.startExecution(machine.stateMachineArn(), "order-42", "{\"orderId\":42}");
 * engine.describeExecution(started.executionArn());       // status, output, error, cause
 * engine.getExecutionHistory(started.executionArn());     // AWS history events, ids from 1
 * engine.sendTaskSuccess(token, "{\"approved\":true}");   // token from $$.Task.Token
 * }</pre>
 *
 * <h2>API ({@link se.inera.kundportal.local.asl.AslEngine})</h2>
 * <ul>
 *   <li>{@code createStateMachine(name, definition, roleArn)} (or with a {@code creationDate}, to recreate a persisted
 *       machine as it was) validates like CreateStateMachine and throws
 *       {@link se.inera.kundportal.local.asl.InvalidDefinitionException} ({@code errorCode() = "InvalidDefinition"},
 *       {@code problems()} name the state and field). Also {@code updateStateMachine}, {@code describeStateMachine},
 *       {@code listStateMachines}, {@code deleteStateMachine}.</li>
 *   <li>{@code startExecution(stateMachineArn, name|null, inputJson|null)} returns at once; the execution runs on the
 *       scheduler. A name already used by the machine gives {@code ExecutionAlreadyExists}, except for a RUNNING
 *       execution with the same input, which is returned (AWS's idempotent start).</li>
 *   <li>{@code describeExecution}, {@code getExecutionHistory} ({@link se.inera.kundportal.local.asl.HistoryEvent},
 *       {@code toJson()} gives GetExecutionHistory's shape, {@code previousEventId} as AWS records it: 0 for the first
 *       state entered, else the event before it in the same branch or iteration; a Map's next iteration and its
 *       closing events, and a Parallel's exit, link as described in {@code docs/asl-conformance.md}),
 *       {@code listExecutions(machineArn, status|null)}.</li>
 *   <li>{@code stopExecution(arn, error, cause)}: ExecutionAborted, timers cancelled, task tokens invalidated.</li>
 *   <li>{@code sendTaskSuccess(token, outputJson)}, {@code sendTaskFailure(token, error, cause)},
 *       {@code sendTaskHeartbeat(token)}; refused calls throw {@link se.inera.kundportal.local.asl.AslApiException}
 *       with {@code errorCode()} {@code InvalidToken} (not a token this engine issues), {@code TaskDoesNotExist}
 *       (unknown or already completed) or {@code TaskTimedOut} (the task's timeout or heartbeat expired).</li>
 *   <li>{@code testState(stateJson, inputJson, roleArn)}: one state alone, with inspection data, like TestState.</li>
 *   <li>{@code addListener((executionArn, event) -> ...)}: every history event as it is written; optional
 *       {@code onPaused(executionArn, snapshot)} at each pause point.</li>
 *   <li>{@code snapshot(executionArn)} / {@code restore(snapshot)}: executions as JSON, see Persistence below.</li>
 * </ul>
 * Every refused call throws {@link se.inera.kundportal.local.asl.AslApiException} whose {@code errorCode()} is the
 * Step Functions API error name, ready to be returned as {@code __type} by an HTTP layer.
 *
 * <h2>Time and threads</h2>
 * All waiting (Wait states, retry intervals, TimeoutSeconds, HeartbeatSeconds, slow functions) goes through
 * {@link se.inera.kundportal.local.asl.time.Scheduler}. {@link se.inera.kundportal.local.asl.time.RealTimeScheduler}
 * serves the running system from a small thread pool; {@link se.inera.kundportal.local.asl.time.VirtualScheduler} is
 * for tests: nothing runs until {@code runUntilIdle()} / {@code advance(duration)} drives it, and the clock jumps to
 * the next timer when no work is ready ({@code runReady()} runs only what is due now, e.g. up to a task token wait,
 * without letting a HeartbeatSeconds/TimeoutSeconds expire). No thread is ever blocked by a waiting execution: a
 * state returns a future, each transition is a new scheduler task, and a callback task is an entry in a token table
 * (1,000 executions waiting for tokens take about 40 MB of heap). A Java handler does run on a scheduler thread while
 * it works, so give the real-time scheduler as many threads as handlers should run at once. {@code testState} waits
 * for its result: do not call it from a scheduler thread.
 *
 * <h2>Memory</h2>
 * Running executions always stay in memory; of the finished ones the engine keeps the newest 1,000 by stop date
 * ({@code DEFAULT_FINISHED_EXECUTIONS_IN_MEMORY}; the five-argument constructor sets another number, 0 included), so
 * a long-running local runtime does not grow without end. An older finished execution is handed to the
 * {@link se.inera.kundportal.local.asl.ExecutionArchive} set by {@code archiveEvictedExecutions} and dropped. Without
 * one (the default) it is gone: describe calls answer {@code ExecutionDoesNotExist}, list calls omit it and its name
 * may be used again. With the {@code durable} store it is read back from its file on demand: describe, history,
 * snapshot and list calls find it, and its name stays used ({@code executionsInMemory()} counts what is held).
 *
 * <h2>Lambda functions</h2>
 * {@link se.inera.kundportal.local.asl.lambda.LambdaRegistry} maps names, ARNs and partial ARNs to functions: Java
 * {@code RequestHandler}/{@code RequestStreamHandler}s invoked in-process with a real {@code Context}, or raw
 * {@link se.inera.kundportal.local.asl.lambda.LambdaFunction}s (bytes in, bytes out). Resources supported:
 * {@code arn:aws:states:::lambda:invoke} (and {@code .waitForTaskToken}), and plain Lambda function ARNs or names
 * (the legacy form: the payload is the result). Any other resource fails the task with {@code States.Runtime}
 * naming the resource.
 *
 * <h2>Persistence</h2>
 * {@code snapshot(executionArn)} gives an {@link se.inera.kundportal.local.asl.ExecutionSnapshot} ({@code toJson()} /
 * {@code fromJson(text)}): description, the definition the execution runs, the full history and, while RUNNING, its
 * pause point. Resumable pause points are a top-level {@code .waitForTaskToken} task waiting for its token and a
 * top-level Wait state; an execution busy between states (or waiting inside a Parallel/Map) has no snapshot, ask again
 * after its next event. Listeners' {@code onPaused(arn, snapshot)} fires at each pause point, the moment to write the
 * snapshot; a terminal execution is announced by its last {@code onEvent}. {@code restore(snapshot)} in a new engine
 * brings the execution back: finished ones are listed and described again, paused ones go on waiting with the same
 * task token, the rest of their TimeoutSeconds and the rest of their HeartbeatSeconds interval (each
 * {@code sendTaskHeartbeat} of a paused task moves the deadline and fires {@code onPaused} again, so write that
 * snapshot too). The token is accepted from the moment {@code restore} returns. Recreate the state machines
 * ({@code createStateMachine}, with their original {@code creationDate}) before restoring their executions so that
 * list calls find them; a snapshot paused in a state its definition lacks is refused by {@code restore}.
 */
package se.inera.kundportal.local.asl;
