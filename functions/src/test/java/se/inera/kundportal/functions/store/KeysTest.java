package se.inera.kundportal.functions.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class KeysTest {
    @Test
    void timeOrderedSortKeysSortLikeTheInstantsTheyHold() {
        Instant wholeSecond = Instant.parse("2026-11-29T07:00:00Z");
        Instant halfSecondLater = Instant.parse("2026-11-29T07:00:00.5Z");

        // Instant.toString() would give "…00Z" and "…00.500Z", which sort the other way round
        assertThat(Keys.timeOrdered(wholeSecond, "b")).isLessThan(Keys.timeOrdered(halfSecondLater, "a"));
        assertThat(Keys.timeOrdered(wholeSecond, "id")).isEqualTo("2026-11-29T07:00:00.000000000Z#id");
    }
}
