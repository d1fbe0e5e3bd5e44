package se.inera.kundportal.local.asl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import se.inera.kundportal.local.asl.lambda.LambdaFunctionException;

/** Retry back-off and Wait states on the virtual clock: exact virtual instants, no real waiting. */
class RetryAndWaitTimingTest {
    private final EngineTestSupport support = new EngineTestSupport();

    @Test
    void retriesWithExponentialBackoffCappedByMaxDelay() {
        List<Instant> invocations = new ArrayList<>();
        support.lambdas.register("Flaky", (request, invocation) -> {
            invocations.add(invocation.scheduler().now());
            return CompletableFuture.failedFuture(new LambdaFunctionException("Lambda.ServiceException", "{}"));
        });
        String execution = support.run("""
                {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "Flaky", "Payload": {}},
                  "Retry": [{"ErrorEquals": ["Lambda.ServiceException"], "IntervalSeconds": 2, "BackoffRate": 3,
                             "MaxAttempts": 4, "MaxDelaySeconds": 30}],
                  "End": true}}}
                """, "{}");

        assertThat(support.describe(execution).error()).isEqualTo("Lambda.ServiceException");
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < invocations.size(); i++) {
            gaps.add(Duration.between(invocations.get(i - 1), invocations.get(i)));
        }
        assertThat(gaps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(6), Duration.ofSeconds(18),
                Duration.ofSeconds(30));
    }

    @Test
    void aWaitStateResumesExactlyWhenItsTimeHasCome() {
        String execution = support.start("""
                {"StartAt": "Cool Off", "States": {"Cool Off": {"Type": "Wait", "Seconds": 3600, "End": true}}}
                """, "{}");
        support.clock.advance(Duration.ofSeconds(3599));
        assertThat(support.describe(execution).status()).isEqualTo(ExecutionStatus.RUNNING);

        support.clock.advance(Duration.ofSeconds(1));

        ExecutionDescription done = support.describe(execution);
        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(done.stopDate()).isEqualTo(EngineTestSupport.START.plusSeconds(3600));
    }

    @Test
    void aTaskTimeoutFailsWithStatesTimeoutAndNoCause() {
        support.lambdas.register("Slow", (request, invocation) -> {
            CompletableFuture<byte[]> response = new CompletableFuture<>();
            invocation.scheduler().schedule(Duration.ofMinutes(5), () -> response.complete(request));
            return response;
        });
        String execution = support.run("""
                {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "Slow", "Payload": {}}, "TimeoutSeconds": 10, "End": true}}}
                """, "{}");

        ExecutionDescription done = support.describe(execution);
        assertThat(done.error()).isEqualTo("States.Timeout");
        assertThat(done.cause()).isNull();
        assertThat(done.stopDate()).isEqualTo(EngineTestSupport.START.plusSeconds(10));
    }

    @Test
    void theMachineLevelTimeoutEndsALongExecutionAsTimedOut() {
        String execution = support.run("""
                {"TimeoutSeconds": 30, "StartAt": "Long Wait", "States": {
                  "Long Wait": {"Type": "Wait", "Seconds": 3600, "End": true}}}
                """, "{}");

        ExecutionDescription timedOut = support.describe(execution);
        assertThat(timedOut.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(timedOut.stopDate()).isEqualTo(EngineTestSupport.START.plusSeconds(30));
        assertThat(support.engine.getExecutionHistory(execution)).extracting(HistoryEvent::type)
                .containsExactly("ExecutionStarted", "WaitStateEntered", "ExecutionTimedOut");
    }
}
