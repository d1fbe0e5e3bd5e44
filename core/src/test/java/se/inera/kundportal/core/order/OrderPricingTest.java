package se.inera.kundportal.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.core.Fixtures.NOW;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.catalogue.BillingPeriod;
import se.inera.kundportal.core.catalogue.FeeBasis;
import se.inera.kundportal.core.catalogue.FeeSchedule;
import se.inera.kundportal.core.catalogue.Offering;
import se.inera.kundportal.core.catalogue.OfferingId;
import se.inera.kundportal.core.catalogue.ServiceId;
import se.inera.kundportal.core.common.Money;
import se.inera.kundportal.core.user.UserId;

class OrderPricingTest {
    private static final Offering WEBCERT = Fixtures.webcert(true, true);

    @Test
    void firstOrderHasOneStartupFeeAndIsNotAnAddOn() {
        OrderPrice price = OrderPricing.price(WEBCERT, 3, List.of());

        assertThat(price.addOn()).isFalse();
        assertThat(price.lines()).filteredOn(l -> l.kind() == PriceLineKind.STARTUP_FEE).singleElement()
                .satisfies(l -> {
                    assertThat(l.total()).isEqualTo(Money.ofKronor(15_000));
                    assertThat(l.description()).doesNotContain("tilläggsbeställning");
                });
        assertThat(price.oneOffTotal()).isEqualTo(Money.ofKronor(15_000));
    }

    @Test
    void recurringFeePerCareUnitIsMultipliedByTheNumberOfUnits() {
        OrderPrice price = OrderPricing.price(WEBCERT, 3, List.of());
        assertThat(price.recurringTotal()).isEqualTo(Money.ofKronor(1_500));
        assertThat(price.lines()).filteredOn(l -> l.kind() == PriceLineKind.RECURRING_FEE).singleElement()
                .satisfies(l -> assertThat(l.period()).contains(BillingPeriod.MONTHLY));
    }

    @Test
    void laterOrderForTheSameServiceIsAnAddOnWithAnotherStartupFee() {
        Order earlier = Fixtures.placedOrder(new UserId("orderer"));

        OrderPrice price = OrderPricing.price(WEBCERT, 1, List.of(earlier));

        assertThat(price.addOn()).isTrue();
        assertThat(price.oneOffTotal()).isEqualTo(Money.ofKronor(15_000));
        assertThat(price.lines().get(0).description()).contains("tilläggsbeställning");
    }

    @Test
    void earlierOrderThatWasRejectedOrExpiredDoesNotMakeAnAddOn() {
        Order expired = Fixtures.placedOrder(new UserId("orderer")).expire(Fixtures.later(Duration.ofDays(20)));
        assertThat(OrderPricing.price(WEBCERT, 1, List.of(expired)).addOn()).isFalse();
    }

    @Test
    void earlierOrderForAnotherServiceDoesNotMakeAnAddOn() {
        Offering npo = new Offering(new OfferingId("npo-konsument"), new ServiceId("npo"), "NPÖ konsument", "",
                false, false, new FeeSchedule(Money.ofKronor(5_000), Money.ZERO, BillingPeriod.YEARLY,
                FeeBasis.PER_ORGANISATION, true), "1", true);
        Order webcertOrder = Fixtures.placedOrder(new UserId("orderer"));
        assertThat(OrderPricing.price(npo, 0, List.of(webcertOrder)).addOn()).isFalse();
    }

    @Test
    void zeroRecurringFeeGivesNoRecurringLine() {
        Offering oneOff = new Offering(new OfferingId("npo-konsument"), new ServiceId("npo"), "NPÖ", "", false, false,
                new FeeSchedule(Money.ofKronor(5_000), Money.ZERO, BillingPeriod.YEARLY, FeeBasis.PER_ORGANISATION,
                        true), "1", true);
        assertThat(OrderPricing.price(oneOff, 0, List.of()).lines()).extracting(PriceLine::kind)
                .containsExactly(PriceLineKind.STARTUP_FEE);
    }

    @Test
    void addOnWarningNamesTheStartupFeeInKronor() {
        assertThat(OrderPricing.addOnWarning(WEBCERT)).contains("ytterligare en uppstartskostnad")
                .contains("15\u00a0000,00\u00a0kr");
    }

    @Test
    void attestedEarlierOrderAlsoMakesAnAddOn() {
        Order placed = Fixtures.placedOrder(new UserId("orderer"));
        Order attested = placed.withStatus(OrderStatus.ATTESTED, NOW);
        assertThat(OrderPricing.isAddOn(WEBCERT, List.of(attested))).isTrue();
    }
}
