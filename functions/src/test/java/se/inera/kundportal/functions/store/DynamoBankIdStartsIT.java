package se.inera.kundportal.functions.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.agreement.BankIdStarts;
import se.inera.kundportal.core.agreement.BankIdStarts.Count;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.junit.StandIns;
import se.inera.kundportal.standins.junit.StandInsEnvironment;

@StandIns(StandIn.DYNAMODB)
class DynamoBankIdStartsIT {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static DynamoStore store;

    @BeforeAll
    static void createStore(StandInsEnvironment standIns) {
        store = new DynamoStore(standIns.dynamoDb(), standIns.tableName(), Clock.fixed(TestData.NOW, ZoneOffset.UTC));
    }

    private static final Instant FORGET_AFTER = TestData.NOW.plus(Duration.ofDays(44));

    @Test
    void countsStartsPerLinkUpToTheLimitAndThenRefusesWithoutCounting() {
        LinkId link = LinkId.random(RANDOM);
        LinkId other = LinkId.random(RANDOM);
        Instant now = TestData.NOW;
        for (int i = 0; i < BankIdStarts.MAX_PER_LINK; i++) {
            assertThat(store.bankIdStarts().tryCount(link, now, FORGET_AFTER)).as("start %d", i + 1)
                    .isEqualTo(Count.COUNTED);
            now = now.plus(BankIdStarts.AT_ONCE);
        }

        assertThat(store.bankIdStarts().tryCount(link, now, FORGET_AFTER)).isEqualTo(Count.LIMIT_REACHED);
        assertThat(store.bankIdStarts().tryCount(link, now.plus(Duration.ofDays(1)), FORGET_AFTER))
                .as("the limit is not a pause").isEqualTo(Count.LIMIT_REACHED);
        assertThat(store.bankIdStarts().tryCount(other, now, FORGET_AFTER))
                .as("another link has its own count").isEqualTo(Count.COUNTED);
    }

    @Test
    void aStartSoonerThanAtOnceAfterTheLastIsNotCountedAndALaterOneIs() {
        LinkId link = LinkId.random(RANDOM);
        assertThat(store.bankIdStarts().tryCount(link, TestData.NOW, FORGET_AFTER)).isEqualTo(Count.COUNTED);

        Instant justBefore = TestData.NOW.plus(BankIdStarts.AT_ONCE).minusMillis(1);
        assertThat(store.bankIdStarts().tryCount(link, justBefore, FORGET_AFTER)).isEqualTo(Count.STARTED_JUST_NOW);
        assertThat(store.bankIdStarts().tryCount(link, TestData.NOW.plus(BankIdStarts.AT_ONCE), FORGET_AFTER))
                .as("a refused start does not move the last start").isEqualTo(Count.COUNTED);
    }

    @Test
    void ofStartsAtOnceExactlyOneIsCounted() throws Exception {
        LinkId link = LinkId.random(RANDOM);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Count>> starts = new ArrayList<>();
            for (int i = 0; i < 3 * BankIdStarts.MAX_PER_LINK; i++) {
                Instant now = TestData.NOW.plusMillis(i);
                starts.add(() -> store.bankIdStarts().tryCount(link, now, FORGET_AFTER));
            }
            List<Count> counts = new ArrayList<>();
            for (Future<Count> start : pool.invokeAll(starts)) {
                counts.add(start.get());
            }
            assertThat(counts).containsOnlyOnce(Count.COUNTED)
                    .containsOnly(Count.COUNTED, Count.STARTED_JUST_NOW);
        } finally {
            pool.shutdownNow();
        }
    }
}
