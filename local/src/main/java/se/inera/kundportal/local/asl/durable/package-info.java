/**
 * Durable executions for the local Step Functions engine: given a folder, state machines and executions survive a
 * restart of the engine process.
 *
 * <pre>{@code
 * DurableEngine durable = DurableEngine.open(Path.of("build/sfn-store"), new RealTimeScheduler(2), lambdas);
 * durable.problems().forEach(problem -> System.err.println(problem));   // files skipped, if any
 * durable.createStateMachine("onboarding", definition, roleArn);        // saved at once
 * AslEngine engine = durable.engine();                                  // everything else as usual
 * }</pre>
 *
 * <h2>The folder</h2>
 * {@code state-machines/} holds one JSON file per machine (ARN, name, definition text, role ARN, creation date);
 * {@code executions/} one per execution, the engine's {@link se.inera.kundportal.local.asl.ExecutionSnapshot} JSON.
 * File names are the ARN's readable tail plus a hash of the whole ARN, safe on any file system. Every write goes to
 * a temporary file in the same directory and is then moved over the old file atomically.
 *
 * <h2>When files are written</h2>
 * An execution's file is written when it pauses resumably (a top-level {@code .waitForTaskToken} task has submitted
 * its token, a top-level Wait state has begun), at each {@code sendTaskHeartbeat} of such a task (the new heartbeat
 * deadline) and when it ends: one write of that execution's file, never of others. Other events cost a set lookup. A machine's file is written by {@code create/update/deleteStateMachine}
 * of {@link se.inera.kundportal.local.asl.durable.DurableEngine}, or with its first execution's write.
 *
 * <h2>What a restart keeps</h2>
 * Finished executions are listed, described and keep their history, so a name stays used
 * ({@code ExecutionAlreadyExists}). A paused execution goes on waiting with the same task token and what is left of
 * its TimeoutSeconds; a timeout that passed while the engine was down fires as soon as the new engine runs. An
 * execution that was between pause points when the process died resumes from its last pause point (the states
 * since then run again); one that never paused is lost. A Wait state inside a Parallel or Map is not a pause point.
 * A task with HeartbeatSeconds keeps its deadline: a full interval from its last heartbeat (or from when it began
 * waiting, if none came), whether the engine was down meanwhile or not. State machines keep their creation date.
 * Unreadable files are skipped with a warning and listed by {@code problems()}. One engine per folder at a time.
 *
 * <h2>Memory</h2>
 * The engine keeps only its newest finished executions in memory (see the engine's {@code package-info}); the
 * older ones, restored ones included, are read back from their files when asked for, so describe, history and list
 * calls find every execution of the folder. What stays in memory per evicted execution is a short summary (ARN,
 * name, status, dates) for list calls, whose items for evicted executions therefore carry no input or output.
 */
package se.inera.kundportal.local.asl.durable;
