package se.inera.kundportal.local.asl.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.inera.kundportal.local.asl.AslEngine;
import se.inera.kundportal.local.asl.ExecutionStatus;
import se.inera.kundportal.local.asl.lambda.LambdaRegistry;

class RealTimeSchedulerTest {
    @Test
    void runsWorkAndCancelledTimersNeverFire() throws InterruptedException {
        try (RealTimeScheduler scheduler = new RealTimeScheduler(2)) {
            List<String> ran = new CopyOnWriteArrayList<>();
            CountDownLatch done = new CountDownLatch(2);
            scheduler.schedule(Duration.ofMillis(200), () -> ran.add("cancelled")).cancel();
            scheduler.execute(() -> {
                ran.add("now");
                done.countDown();
            });
            scheduler.schedule(Duration.ofMillis(1), () -> {
                ran.add("soon");
                done.countDown();
            });

            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(ran).containsExactlyInAnyOrder("now", "soon");
        }
    }

    @Test
    void anEngineOnTheWallClockFinishesExecutionsOnItsOwnThreads() throws InterruptedException {
        try (RealTimeScheduler scheduler = new RealTimeScheduler(2)) {
            AslEngine engine = new AslEngine(scheduler, new LambdaRegistry());
            String machine = engine.createStateMachine("short", """
                    {"StartAt": "Breathe", "States": {"Breathe": {"Type": "Wait", "Seconds": 0, "Next": "Done"},
                      "Done": {"Type": "Pass", "Result": "ok", "End": true}}}
                    """, "arn:aws:iam::111111111111:role/test").stateMachineArn();
            CountDownLatch finished = new CountDownLatch(1);
            engine.addListener((arn, event) -> {
                if (event.type().equals("ExecutionSucceeded")) {
                    finished.countDown();
                }
            });

            String execution = engine.startExecution(machine, "once", null).executionArn();

            assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(engine.describeExecution(execution).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(engine.describeExecution(execution).output()).isEqualTo("\"ok\"");
        }
    }
}
