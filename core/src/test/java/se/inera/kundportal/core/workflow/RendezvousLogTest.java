package se.inera.kundportal.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.testing.ManualClock;

/**
 * What the sweeper tells the operators: a sweep that had to wake a lost wake-up or could not check a wait warns (the
 * alarm watches warnings), naming the wait; a sweep that found everything in order, and a wake with nothing parked,
 * stay at INFO.
 */
class RendezvousLogTest {
    private static final Duration WAIT = Duration.ofDays(30);
    private static final CallbackKey.Kind KIND = CallbackKey.Kind.APPLICATION_DECISION;

    private final ManualClock clock = new ManualClock(Fixtures.NOW);
    private final InMemoryWorkflowCallbacks callbacks = new InMemoryWorkflowCallbacks(clock);
    private final RecordingTaskTokenResumer resumer = new RecordingTaskTokenResumer();
    private final Rendezvous rendezvous = new Rendezvous(callbacks, resumer, clock);
    private final Map<String, String> stored = new ConcurrentHashMap<>();
    private final AwaitedEvent.Source source = new AwaitedEvent.Source(KIND,
            subject -> Optional.ofNullable(stored.get(subject)));

    private final Logger logger = Logger.getLogger(Rendezvous.class.getName());
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previousLevel;

    @BeforeEach
    void captureTheLog() {
        previousLevel = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
    }

    @AfterEach
    void releaseTheLog() {
        logger.removeHandler(capture);
        logger.setLevel(previousLevel);
    }

    private List<String> at(Level level) {
        return logged.stream().filter(r -> r.getLevel().equals(level)).map(LogRecord::getMessage).toList();
    }

    @Test
    void aSweepThatFindsNothingToDoReportsAtInfo() {
        rendezvous.await(source.of("app-1"), "token-1", WAIT);

        rendezvous.heal(List.of(source));

        assertThat(at(Level.WARNING)).isEmpty();
        assertThat(at(Level.INFO)).anySatisfy(m -> assertThat(m).startsWith("Healed parked waits: HealReport[checked=1"));
    }

    @Test
    void aLostWakeUpThatTheSweepWakesIsAWarningNamingTheWait() {
        rendezvous.await(source.of("app-1"), "token-1", WAIT);
        stored.put("app-1", "approved");

        rendezvous.heal(List.of(source));

        assertThat(at(Level.WARNING)).anySatisfy(m -> assertThat(m).contains("app-1").contains("lost"))
                .anySatisfy(m -> assertThat(m).startsWith("Healed parked waits: HealReport[checked=1, woken=1"));
    }

    @Test
    void aWaitThatCannotBeCheckedOrHasNoSourceIsAWarningNamingIt() {
        rendezvous.await(source.of("app-1"), "token-1", WAIT);
        rendezvous.await(new AwaitedEvent.Source(CallbackKey.Kind.AGREEMENT_SIGNATURE, s -> Optional.empty())
                .of("agreement-1"), "token-2", WAIT);
        AwaitedEvent.Source failing = new AwaitedEvent.Source(KIND, subject -> {
            throw new IllegalStateException("the table is throttling");
        });

        rendezvous.heal(List.of(failing));

        assertThat(at(Level.WARNING)).anySatisfy(m -> assertThat(m).contains("app-1").contains("throttling"))
                .anySatisfy(m -> assertThat(m).contains("AGREEMENT_SIGNATURE").contains("stays parked"))
                .anySatisfy(m -> assertThat(m).contains("failed=2"));
    }

    @Test
    void aWakeWithNothingParkedSaysSoAtInfo() {
        rendezvous.wake(new CallbackKey(KIND, "app-9"), "approved");

        assertThat(at(Level.INFO)).anySatisfy(m -> assertThat(m).contains("app-9").contains("No workflow is parked"));
        assertThat(at(Level.WARNING)).isEmpty();
    }
}
