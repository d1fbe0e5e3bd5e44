package se.inera.kundportal.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast the engine moves an execution from state to state, in state transitions per second: a
 * long Pass/Choice loop. Each operation starts an execution and waits for its end, so scheduling
 * between states and writing the history are included.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class PassChoiceLoopBenchmark {
    /** Rounds of the loop: each enters "Count" and "More Rows?", then "Done" once. */
    static final int LOOP_ROUNDS = 1000;
    static final int TRANSITIONS_PER_LOOP = 2 * LOOP_ROUNDS + 1;

    /**
     * JSONata (arithmetic in the language) or JSONPath (arithmetic through the
     * {@code States.MathAdd} intrinsic): the two query languages the machines are written in.
     */
    @Param({"JSONata", "JSONPath"})
    public String queryLanguage;

    private EngineHarness harness;
    private String loopMachine;
    private String loopInput;

    @Setup(Level.Trial)
    public void checkTheMachineRuns() {
        loopInput = "{\"i\": 0, \"n\": " + LOOP_ROUNDS + "}";
        createEngine();
        String execution = harness.engine.startExecution(loopMachine, null, loopInput).executionArn();
        String ended = harness.awaitEnd(execution);
        long statesEntered = harness.engine.getExecutionHistory(execution).stream()
                .filter(event -> event.type().endsWith("StateEntered")).count();
        stopEngine();
        // The score counts TRANSITIONS_PER_LOOP per operation: make sure that is what one execution does.
        if (!ended.equals("ExecutionSucceeded") || statesEntered != TRANSITIONS_PER_LOOP) {
            throw new IllegalStateException("the loop machine ended with " + ended + " after " + statesEntered
                    + " states, expected " + TRANSITIONS_PER_LOOP);
        }
    }

    /**
     * A fresh engine for every execution: an engine keeps each execution and its history (4,000 events
     * here) for as long as it lives, as Step Functions does, and the benchmark would otherwise measure
     * a filling heap. Outside the measured time; the operation itself takes milliseconds.
     */
    @Setup(Level.Invocation)
    public void createEngine() {
        harness = new EngineHarness(null);
        loopMachine = harness.createStateMachine("count-rows",
                queryLanguage.equals("JSONata") ? jsonataLoop() : jsonPathLoop());
    }

    @TearDown(Level.Invocation)
    public void stopEngine() {
        harness.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(TRANSITIONS_PER_LOOP)
    public String passChoiceLoop() {
        return harness.awaitEnd(harness.engine.startExecution(loopMachine, null, loopInput).executionArn());
    }

    private static String jsonataLoop() {
        return """
                {"QueryLanguage": "JSONata", "StartAt": "Count", "States": {
                  "Count": {"Type": "Pass", "Output": {"i": "{% $states.input.i + 1 %}", "n": "{% $states.input.n %}"},
                            "Next": "More Rows?"},
                  "More Rows?": {"Type": "Choice",
                                 "Choices": [{"Condition": "{% $states.input.i < $states.input.n %}", "Next": "Count"}],
                                 "Default": "Done"},
                  "Done": {"Type": "Succeed"}}}
                """;
    }

    private static String jsonPathLoop() {
        return """
                {"StartAt": "Count", "States": {
                  "Count": {"Type": "Pass", "Parameters": {"i.$": "States.MathAdd($.i, 1)", "n.$": "$.n"},
                            "Next": "More Rows?"},
                  "More Rows?": {"Type": "Choice",
                                 "Choices": [{"Variable": "$.i", "NumericLessThanPath": "$.n", "Next": "Count"}],
                                 "Default": "Done"},
                  "Done": {"Type": "Succeed"}}}
                """;
    }
}
