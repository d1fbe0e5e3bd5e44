package se.inera.kundportal.functions.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.common.LinkId;

class KeysTest {
    @Test
    void timeOrderedSortKeysSortLikeTheInstantsTheyHold() {
        Instant wholeSecond = Instant.parse("2026-11-29T07:00:00Z");
        Instant halfSecondLater = Instant.parse("2026-11-29T07:00:00.5Z");

        // Instant.toString() would give "…00Z" and "…00.500Z", which sort the other way round
        assertThat(Keys.timeOrdered(wholeSecond, "b")).isLessThan(Keys.timeOrdered(halfSecondLater, "a"));
        assertThat(Keys.timeOrdered(wholeSecond, "id")).isEqualTo("2026-11-29T07:00:00.000000000Z#id");
    }

    @Test
    void aSigningLinksRecordAndItsBankIdOrderShareTheLinksPartition() {
        LinkId link = new LinkId("abcdefghijklmnopqrstuvwxyz0123456789-_");

        assertThat(Keys.signingLinkIssued(link)).isEqualTo(new Keys.Key("SIGNING#" + link.value(), "LINK"));
        assertThat(Keys.signingSession(link)).isEqualTo(new Keys.Key("SIGNING#" + link.value(), "BANKID_ORDER"));
    }
}
