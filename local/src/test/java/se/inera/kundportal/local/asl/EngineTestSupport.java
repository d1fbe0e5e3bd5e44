package se.inera.kundportal.local.asl;

import java.time.Instant;
import se.inera.kundportal.local.asl.lambda.LambdaRegistry;
import se.inera.kundportal.local.asl.time.VirtualScheduler;

/** An engine on a virtual clock, and the few steps every engine test takes. */
final class EngineTestSupport {
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final String ROLE = "arn:aws:iam::111111111111:role/test";

    final VirtualScheduler clock = new VirtualScheduler(START);
    final LambdaRegistry lambdas = new LambdaRegistry();
    final AslEngine engine = new AslEngine(clock, lambdas);

    /** Creates the machine, starts it and runs until nothing more can happen; returns the execution ARN. */
    String run(String definition, String input) {
        String arn = start(definition, input);
        clock.runUntilIdle();
        return arn;
    }

    /** Starts the execution and runs what is ready now, without moving the clock (e.g. up to a task token wait). */
    String runWithoutTimePassing(String definition, String input) {
        String arn = start(definition, input);
        clock.runReady();
        return arn;
    }

    String start(String definition, String input) {
        String machine = engine.createStateMachine("machine-" + System.nanoTime(), definition, ROLE).stateMachineArn();
        return engine.startExecution(machine, null, input).executionArn();
    }

    ExecutionDescription describe(String executionArn) {
        return engine.describeExecution(executionArn);
    }
}
