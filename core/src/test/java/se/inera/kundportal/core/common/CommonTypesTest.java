package se.inera.kundportal.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CommonTypesTest {

    @Test
    void moneyIsExactInOreAndFormatsInSwedish() {
        Money fee = Money.ofKronor(12_500).plus(Money.ofOre(5));
        assertThat(fee.ore()).isEqualTo(1_250_005);
        assertThat(fee.kronor()).hasToString("12500.05");
        assertThat(fee.toSwedishString()).isEqualTo("12\u00a0500,05\u00a0kr");
        assertThat(Money.ofKronor(500).times(3)).isEqualTo(Money.ofKronor(1_500));
    }

    @Test
    void moneyCannotBeNegative() {
        assertThatThrownBy(() -> Money.ofOre(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linkIdsCarryAtLeast128RandomBitsAndDiffer() {
        SecureRandom random = new SecureRandom();
        LinkId a = LinkId.random(random);
        LinkId b = LinkId.random(random);
        assertThat(a).isNotEqualTo(b);
        assertThat(a.value()).hasSize(43).matches("[A-Za-z0-9_-]+"); // 256 bits, URL-safe
        assertThat(LinkId.isWellFormed(a.value())).isTrue();
    }

    @Test
    void linkIdRefusesShortOrUnsafeValues() {
        assertThat(LinkId.isWellFormed("abc")).isFalse();
        assertThat(LinkId.isWellFormed("a".repeat(30) + "/")).isFalse();
        assertThatThrownBy(() -> new LinkId("short")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linkIdToStringShowsOnlyAShortPrefix() {
        LinkId link = LinkId.random(new SecureRandom());
        assertThat(link.toString()).isEqualTo(link.value().substring(0, 4) + "\u2026")
                .doesNotContain(link.value().substring(0, 5));
        assertThat("link " + link).doesNotContain(link.value());
    }

    @Test
    void linkIdsInAPathAreMaskedSegmentBySegment() {
        String id = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd";
        assertThat(LinkId.maskIn("/signing/" + id + "/bankid/collect?x=1"))
                .isEqualTo("/signing/AbCd\u2026/bankid/collect?x=1");
        assertThat(LinkId.maskIn("/operator/applications")).isEqualTo("/operator/applications");
        assertThat(LinkId.maskIn(null)).isNull();
    }

    @Test
    void pageRequestLimitsAreBounded() {
        assertThatThrownBy(() -> PageRequest.first(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageRequest.first(PageRequest.MAX_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PageRequest.firstPage().next("c1").cursor()).contains("c1");
    }

    @Test
    void pageKnowsWhetherMoreFollows() {
        assertThat(Page.last(List.of(1)).hasMore()).isFalse();
        assertThat(new Page<>(List.of(1), Optional.of("next")).hasMore()).isTrue();
    }

    @Test
    void idsRefuseStorageKeySeparators() {
        assertThatThrownBy(() -> Ids.requireSafe("ORG#1", "id")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Ids.requireSafe("webcert-fristaende", "id")).isEqualTo("webcert-fristaende");
    }

    @Test
    void zeroIsAnAmountOrePadToTwoDigitsAndAmountsOrderByValue() {
        assertThat(Money.ofOre(0)).isEqualTo(Money.ZERO);
        assertThat(Money.ofOre(109).toSwedishString()).isEqualTo("1,09\u00a0kr");
        assertThat(Money.ofOre(110).toSwedishString()).isEqualTo("1,10\u00a0kr");
        assertThat(Money.ofOre(100).compareTo(Money.ofOre(99))).isPositive();
        assertThat(Money.ofOre(99).compareTo(Money.ofOre(100))).isNegative();
        assertThat(Money.ofOre(5).compareTo(Money.ofOre(5))).isZero();
    }

    @Test
    void aPageHoldsOneToTheMostItems() {
        assertThat(PageRequest.first(1).limit()).isEqualTo(1);
        assertThat(PageRequest.first(PageRequest.MAX_LIMIT).limit()).isEqualTo(PageRequest.MAX_LIMIT);
    }
}
