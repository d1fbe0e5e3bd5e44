package se.inera.kundportal.functions.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
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

    @Test
    void countsStartsPerLinkUpToTheLimitAndThenRefusesWithoutCounting() {
        LinkId link = LinkId.random(RANDOM);
        LinkId other = LinkId.random(RANDOM);
        for (int i = 0; i < BankIdStarts.MAX_PER_LINK; i++) {
            assertThat(store.bankIdStarts().tryCount(link, TestData.NOW.plus(Duration.ofDays(44)))).as("start %d", i + 1)
                    .isTrue();
        }

        assertThat(store.bankIdStarts().tryCount(link, TestData.NOW.plus(Duration.ofDays(44)))).isFalse();
        assertThat(store.bankIdStarts().tryCount(other, TestData.NOW.plus(Duration.ofDays(44))))
                .as("another link has its own count").isTrue();
    }

    @Test
    void startsAtOnceNeverTakeMoreThanTheLimit() throws Exception {
        LinkId link = LinkId.random(RANDOM);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> starts = new ArrayList<>();
            for (int i = 0; i < 3 * BankIdStarts.MAX_PER_LINK; i++) {
                starts.add(() -> store.bankIdStarts().tryCount(link, TestData.NOW.plus(Duration.ofDays(44))));
            }
            int counted = 0;
            for (Future<Boolean> start : pool.invokeAll(starts)) {
                counted += start.get() ? 1 : 0;
            }
            assertThat(counted).isEqualTo(BankIdStarts.MAX_PER_LINK);
        } finally {
            pool.shutdownNow();
        }
    }
}
