package se.inera.kundportal.local.asl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import se.inera.kundportal.local.asl.lambda.LambdaRegistry;
import se.inera.kundportal.local.asl.time.VirtualScheduler;

/** Without a store, only the newest finished executions stay; running ones always do. */
class FinishedExecutionRetentionTest {
    private static final String GRACE_PERIOD = """
            {"StartAt": "Grace Period", "States": {"Grace Period": {"Type": "Wait", "Seconds": 60, "End": true}}}
            """;
    private static final String WAIT_FOR_TOKEN = """
            {"StartAt": "Wait For Attestation", "States": {
              "Wait For Attestation": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                "Parameters": {"FunctionName": "NotifyAttestants", "Payload": {"token.$": "$$.Task.Token"}}, "End": true}}}
            """;

    private final VirtualScheduler clock = new VirtualScheduler(EngineTestSupport.START);
    private final LambdaRegistry lambdas = new LambdaRegistry().register("NotifyAttestants",
            (request, invocation) -> CompletableFuture.completedFuture("{}".getBytes(StandardCharsets.UTF_8)));
    private final AslEngine engine = new AslEngine(clock, lambdas, AslEngine.DEFAULT_REGION, AslEngine.DEFAULT_ACCOUNT_ID, 3);

    @Test
    void keepsTheNewestFinishedExecutionsAndEveryRunningOne() {
        String waiting = engine.createStateMachine("attest", WAIT_FOR_TOKEN, EngineTestSupport.ROLE).stateMachineArn();
        String running = engine.startExecution(waiting, "order-0", null).executionArn();
        clock.runReady();
        String grace = engine.createStateMachine("grace", GRACE_PERIOD, EngineTestSupport.ROLE).stateMachineArn();
        List<String> finished = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            finished.add(engine.startExecution(grace, "order-" + i, null).executionArn());
            clock.advance(Duration.ofSeconds(60)); // each ends 60 s after the one before
        }

        assertThat(engine.executionsInMemory()).isEqualTo(3 + 1);
        assertThat(engine.describeExecution(running).status()).isEqualTo(ExecutionStatus.RUNNING);
        assertThat(engine.listExecutions(grace, null)).extracting(ExecutionDescription::executionArn)
                .containsExactly(finished.get(4), finished.get(3), finished.get(2));
        for (String evicted : finished.subList(0, 2)) {
            assertThatThrownBy(() -> engine.describeExecution(evicted)).isInstanceOfSatisfying(AslApiException.class,
                    e -> assertThat(e.errorCode()).isEqualTo("ExecutionDoesNotExist"));
        }
        assertThat(engine.startExecution(grace, "order-1", null).executionArn())
                .as("without a store an evicted name is free again").isEqualTo(finished.get(0));
    }

    @Test
    void refusesANegativeLimit() {
        assertThatThrownBy(() -> new AslEngine(clock, lambdas, AslEngine.DEFAULT_REGION, AslEngine.DEFAULT_ACCOUNT_ID, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
