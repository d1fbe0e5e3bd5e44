package se.inera.kundportal.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;

import se.inera.kundportal.local.asl.lambda.JavaHandlerFunction;
import se.inera.kundportal.local.asl.time.VirtualScheduler;
import se.inera.kundportal.local.gateway.TemplateValues;
import se.inera.kundportal.standins.SamTemplate;

/** The template's Schedule events, run locally on a scheduler through the in-process invoker. */
class ScheduledFunctionsTest {
    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    private static final LocalAccount ACCOUNT = new LocalAccount("eu-north-1", "123456789012", "kundportal-local");

    private final VirtualScheduler clock = new VirtualScheduler(START);
    private final List<String> problems = new ArrayList<>();

    /** A scheduled handler as Lambda runs one: the event through the runtime's ScheduledEvent serialiser. */
    public static final class RecordingScheduledHandler implements RequestHandler<ScheduledEvent, String> {
        final List<ScheduledEvent> received = new ArrayList<>();
        boolean failing;

        @Override
        public String handleRequest(ScheduledEvent event, Context context) {
            received.add(event);
            if (failing) {
                throw new IllegalStateException("the table is throttling");
            }
            return "swept";
        }
    }

    @Test
    void findsTheSweeperOfParkedWaitsAtTheTemplatesDefaultRate() {
        LocalTemplate local = LocalTemplate.resolve(SamTemplate.ofProject(), ACCOUNT, Map.of(), Map.of());

        List<ScheduledFunctions.Schedule> schedules = ScheduledFunctions.of(local.template(), local.values(),
                problems::add);

        assertThat(schedules).contains(new ScheduledFunctions.Schedule("WakeParkedWorkflowsFunction", "Sweep",
                Duration.ofMinutes(5)));
        assertThat(problems).isEmpty();
    }

    @Test
    void readsRatesInMinutesHoursAndDaysButNoCron() {
        assertThat(ScheduledFunctions.rate("rate(1 minute)")).contains(Duration.ofMinutes(1));
        assertThat(ScheduledFunctions.rate("rate(2 hours)")).contains(Duration.ofHours(2));
        assertThat(ScheduledFunctions.rate("rate(7 days)")).contains(Duration.ofDays(7));
        assertThat(ScheduledFunctions.rate("rate(0 minutes)")).isEmpty();
        assertThat(ScheduledFunctions.rate("cron(0/5 * * * ? *)")).isEmpty();
    }

    @Test
    void invokesTheFunctionOnceEveryRateWithAScheduledEventUntilClosed() {
        RecordingScheduledHandler handler = new RecordingScheduledHandler();
        ScheduledFunctions running = start(handler, Duration.ofMinutes(5));

        clock.advance(Duration.ofMinutes(16));

        assertThat(handler.received).extracting(event -> event.getTime().toDate().toInstant())
                .containsExactly(START.plus(Duration.ofMinutes(5)), START.plus(Duration.ofMinutes(10)),
                        START.plus(Duration.ofMinutes(15)));
        assertThat(handler.received.get(0).getSource()).isEqualTo("aws.events");
        assertThat(handler.received.get(0).getDetailType()).isEqualTo("Scheduled Event");
        assertThat(handler.received.get(0).getResources()).singleElement().asString()
                .startsWith("arn:aws:events:eu-north-1:123456789012:rule/");

        running.close();
        clock.advance(Duration.ofHours(1));
        assertThat(handler.received).hasSize(3);
    }

    @Test
    void aFailedInvocationDoesNotStopTheSchedule() {
        RecordingScheduledHandler handler = new RecordingScheduledHandler();
        handler.failing = true;
        try (ScheduledFunctions running = start(handler, Duration.ofMinutes(5))) {
            clock.advance(Duration.ofMinutes(5));
            handler.failing = false;
            clock.advance(Duration.ofMinutes(5));
        }

        assertThat(handler.received).hasSize(2);
    }

    @Test
    void aScheduleWhoseFunctionHasNoHandlerIsNamedAsAProblem() {
        ScheduledFunctions.start(List.of(new ScheduledFunctions.Schedule("MissingFunction", "Sweep",
                Duration.ofMinutes(5))), functionId -> Optional.empty(), clock, ACCOUNT.region(), ACCOUNT.accountId(),
                problems::add).close();

        assertThat(problems).singleElement().asString().contains("MissingFunction");
    }

    @Test
    void aCronScheduleIsNamedAsAProblemInsteadOfRunning() {
        List<ScheduledFunctions.Schedule> schedules = ScheduledFunctions.of(SamTemplate.ofProject(),
                TemplateValues.of(Map.of("WaitHealIntervalMinutes", "5")), problems::add);
        assertThat(schedules).isNotEmpty();

        assertThat(ScheduledFunctions.of(SamTemplate.ofProject(), TemplateValues.none(), problems::add))
                .as("an unresolvable expression").isEmpty();
        assertThat(problems).anySatisfy(problem -> assertThat(problem).contains("WakeParkedWorkflowsFunction.Events.Sweep"));
    }

    private ScheduledFunctions start(RecordingScheduledHandler handler, Duration rate) {
        return ScheduledFunctions.start(List.of(new ScheduledFunctions.Schedule("SweepFunction", "Sweep", rate)),
                functionId -> Optional.of(JavaHandlerFunction.of(handler)), clock, ACCOUNT.region(),
                ACCOUNT.accountId(), problems::add);
    }
}
