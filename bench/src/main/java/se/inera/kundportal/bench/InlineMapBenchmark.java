package se.inera.kundportal.bench;

import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import se.inera.kundportal.local.asl.json.Json;

/**
 * An inline Map over 1,000 order rows, each checked by a Pass state: time per execution, from
 * StartExecution to ExecutionSucceeded (1,000 iterations, about 4,000 history events).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class InlineMapBenchmark {
    static final int ROWS = 1000;

    private EngineHarness harness;
    private String mapMachine;
    private String mapInput;

    @Setup(Level.Trial)
    public void createInputAndCheckTheMachine() {
        mapInput = IntStream.range(0, ROWS)
                .mapToObj(row -> "{\"row\": " + row + ", \"service\": \"Journalen\", \"quantity\": 1}")
                .collect(Collectors.joining(",", "{\"rows\": [", "]}"));
        createEngine();
        String execution = harness.engine.startExecution(mapMachine, null, mapInput).executionArn();
        harness.awaitEnd(execution);
        String output = harness.engine.describeExecution(execution).output();
        stopEngine();
        // The score is per 1,000-row Map: make sure every row went through the processor.
        if (output == null || Json.parse(output).size() != ROWS) {
            throw new IllegalStateException("the Map did not check all " + ROWS + " rows: " + output);
        }
    }

    /**
     * A fresh engine for every execution: an engine keeps each execution and its history (about 4,000
     * events here) for as long as it lives, as Step Functions does, and the benchmark would otherwise
     * measure a filling heap. Outside the measured time; the operation itself takes milliseconds.
     */
    @Setup(Level.Invocation)
    public void createEngine() {
        harness = new EngineHarness(null);
        mapMachine = harness.createStateMachine("check-rows", """
                {"StartAt": "Check Rows", "States": {
                  "Check Rows": {"Type": "Map", "ItemsPath": "$.rows", "MaxConcurrency": 0,
                    "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Check Row", "States": {
                      "Check Row": {"Type": "Pass", "Parameters": {"row.$": "$.row", "checked": true}, "End": true}}},
                    "End": true}}}
                """);
    }

    @TearDown(Level.Invocation)
    public void stopEngine() {
        harness.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public String inlineMapOf1000Rows() {
        String ended = harness.awaitEnd(harness.engine.startExecution(mapMachine, null, mapInput).executionArn());
        if (!ended.equals("ExecutionSucceeded")) {
            throw new IllegalStateException("the Map execution ended with " + ended);
        }
        return ended;
    }
}
