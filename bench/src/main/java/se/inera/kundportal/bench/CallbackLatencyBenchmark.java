package se.inera.kundportal.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import se.inera.kundportal.local.sfn.StepFunctionsApi;
import se.inera.kundportal.local.sfn.StepFunctionsServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Latency from SendTaskSuccess to the entry of the state after the callback task: each operation
 * answers one waiting execution and returns once the engine has recorded the next state's
 * StateEntered event. {@code via=ENGINE} calls the engine directly (the engine's own latency);
 * {@code via=HTTP} sends SendTaskSuccess with the AWS SDK's SfnClient to the local Step Functions
 * API, as a Lambda handler would.
 *
 * <p>Every operation needs an execution that is waiting for its token; preparing one is per-invocation
 * setup, outside the measured time (JMH's caveat about Level.Invocation concerns operations far shorter
 * than these).
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CallbackLatencyBenchmark {
    static final String NEXT_STATE = "Order Approved";

    @Param({"ENGINE", "HTTP"})
    public String via;

    private EngineHarness harness;
    private StepFunctionsServer server;
    private SfnClient sfn;
    private String machine;
    private final AtomicInteger orders = new AtomicInteger();
    private String waitingExecution;
    private String token;

    @Setup(Level.Iteration)
    public void startEngine() throws IOException {
        harness = new EngineHarness(NEXT_STATE);
        machine = harness.createStateMachine("order-attestation", EngineHarness.callbackMachine());
        if (via.equals("HTTP")) {
            server = new StepFunctionsApi(harness.engine).start(0);
            sfn = SfnClient.builder()
                    .endpointOverride(server.endpoint())
                    .region(Region.of(harness.engine.region()))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                    .httpClientBuilder(UrlConnectionHttpClient.builder())
                    .build();
        }
    }

    @Setup(Level.Invocation)
    public void startWaitingExecution() {
        int order = orders.incrementAndGet();
        waitingExecution = harness.engine.startExecution(machine, "order-" + order, EngineHarness.orderInput(order))
                .executionArn();
        token = harness.awaitToken(waitingExecution);
    }

    @Benchmark
    public long sendTaskSuccessUntilNextStateEntered() {
        String output = "{\"approved\": true, \"attestant\": \"karin.berg@region.se\"}";
        if (sfn != null) {
            sfn.sendTaskSuccess(b -> b.taskToken(token).output(output));
        } else {
            harness.engine.sendTaskSuccess(token, output);
        }
        return harness.awaitEntered(waitingExecution);
    }

    @TearDown(Level.Iteration)
    public void stopEngine() {
        if (sfn != null) {
            sfn.close();
            server.close();
        }
        harness.close();
    }
}
