package se.inera.kundportal.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.inera.kundportal.core.Fixtures.CLOCK;
import static se.inera.kundportal.core.Fixtures.NOW;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.error.GoneException;
import se.inera.kundportal.core.error.NotAllowedException;
import se.inera.kundportal.core.error.UnexpectedStatusException;
import se.inera.kundportal.core.user.UserId;

class OrderTest {
    private static final UserId ORDERER = new UserId("orderer");
    private static final UserId ATTESTANT = new UserId("attestant");
    private static final Actor OPERATOR = Actor.operator("ks-1", "Kim");

    private static Attestation by(UserId who, AttestingParty party, AttestationDecision decision) {
        return new Attestation(party, who, who.value(), AttestationMethod.SMS_CODE, decision, NOW,
                who.equals(ORDERER), "sms:+46*******67");
    }

    @Test
    void newOrderAwaitsTheCustomersAttestantAndCarriesAStartupFee() {
        Order order = Fixtures.placedOrder(ORDERER);

        assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_ATTESTATION);
        assertThat(order.nextAttestingParty()).contains(AttestingParty.CUSTOMER);
        assertThat(order.startupTotal().ore()).isEqualTo(1_500_000);
    }

    @Test
    void customersAttestationMakesTheOrderAttested() {
        Order attested = Fixtures.placedOrder(ORDERER).attest(by(ATTESTANT, AttestingParty.CUSTOMER,
                AttestationDecision.APPROVED), CLOCK);

        assertThat(attested.status()).isEqualTo(OrderStatus.ATTESTED);
        assertThat(attested.attestations()).hasSize(1);
        assertThat(attested.nextAttestingParty()).isEmpty();
    }

    @Test
    void ordererMayAttestTheirOwnOrderAndThatIsRecorded() {
        Order attested = Fixtures.placedOrder(ORDERER).attest(by(ORDERER, AttestingParty.CUSTOMER,
                AttestationDecision.APPROVED), CLOCK);
        assertThat(attested.attestations().get(0).samePersonAsOrderer()).isTrue();
    }

    @Test
    void attestingTwiceIsAnUnexpectedStatusWithExpectedAndActual() {
        Order attested = Fixtures.placedOrder(ORDERER).attest(by(ATTESTANT, AttestingParty.CUSTOMER,
                AttestationDecision.APPROVED), CLOCK);

        UnexpectedStatusException e = catchThrowableOfType(UnexpectedStatusException.class, () -> attested.attest(
                by(ATTESTANT, AttestingParty.CUSTOMER, AttestationDecision.APPROVED), CLOCK));

        assertThat(e.expected()).isEqualTo("AWAITING_ATTESTATION");
        assertThat(e.actual()).contains("ATTESTED");
        assertThat(e).hasMessage("Beställningen är redan attesterad.");
    }

    @Test
    void attestingAfterTheDeadlineIsGone() {
        Order order = Fixtures.placedOrder(ORDERER);
        assertThatThrownBy(() -> order.attest(by(ATTESTANT, AttestingParty.CUSTOMER, AttestationDecision.APPROVED),
                Fixtures.later(Duration.ofDays(14)))).isInstanceOf(GoneException.class);
    }

    @Test
    void rejectionRecordsTheReasonAndEndsTheOrder() {
        Order rejected = Fixtures.placedOrder(ORDERER).reject(by(ATTESTANT, AttestingParty.CUSTOMER,
                AttestationDecision.REJECTED), "Fel vårdenheter", CLOCK);

        assertThat(rejected.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(rejected.rejectionReason()).contains("Fel vårdenheter");
        assertThat(rejected.status().isFinal()).isTrue();
    }

    @Test
    void unattestedOrderExpiresOnlyAfterItsDeadline() {
        Order order = Fixtures.placedOrder(ORDERER);
        assertThatThrownBy(() -> order.expire(CLOCK)).isInstanceOf(IllegalStateException.class);
        assertThat(order.expire(Fixtures.later(Duration.ofDays(15))).status()).isEqualTo(OrderStatus.EXPIRED);
    }

    @Test
    void onlyAnAttestedOrderCanBeDelivered() {
        Order order = Fixtures.placedOrder(ORDERER);
        assertThatThrownBy(() -> order.markDelivered(OPERATOR, "Logga in på tjänsten.", NOW)).isInstanceOf(UnexpectedStatusException.class);

        Order delivered = order.attest(by(ATTESTANT, AttestingParty.CUSTOMER, AttestationDecision.APPROVED), CLOCK)
                .markDelivered(OPERATOR, "Logga in på tjänsten.", NOW.plusSeconds(3600));
        assertThat(delivered.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(delivered.deliveredBy()).contains(OPERATOR);
        assertThat(delivered.deliveredAt()).contains(NOW.plusSeconds(3600));
    }

    @Test
    void agentAttestsFirstAndTheCustomerLastInAChain() {
        Order placed = Fixtures.placedOrder(ORDERER);
        Order viaAgent = new Order(placed.id(), placed.organisation(), placed.service(), placed.offering(),
                placed.careUnits(), placed.acceptedTermsVersion(), placed.submission(), placed.priceLines(), placed.addOn(),
                placed.orderedBy(), placed.placedAt(), placed.expiresAt(),
                List.of(AttestingParty.AGENT, AttestingParty.CUSTOMER), List.of(), placed.status(),
                placed.rejectionReason(), placed.deliveredBy(), placed.deliveredAt(), placed.accessInstructions(),
                placed.updatedAt(), 1);

        assertThatThrownBy(() -> viaAgent.attest(by(ATTESTANT, AttestingParty.CUSTOMER, AttestationDecision.APPROVED),
                CLOCK)).isInstanceOf(NotAllowedException.class);

        Order afterAgent = viaAgent.attest(by(new UserId("ombud"), AttestingParty.AGENT, AttestationDecision.APPROVED),
                CLOCK);
        assertThat(afterAgent.status()).isEqualTo(OrderStatus.AWAITING_ATTESTATION);
        assertThat(afterAgent.nextAttestingParty()).contains(AttestingParty.CUSTOMER);

        Order done = afterAgent.attest(by(ATTESTANT, AttestingParty.CUSTOMER, AttestationDecision.APPROVED), CLOCK);
        assertThat(done.status()).isEqualTo(OrderStatus.ATTESTED);
    }

    @Test
    void chainThatDoesNotEndWithTheCustomerIsRefused() {
        Order placed = Fixtures.placedOrder(ORDERER);
        assertThatThrownBy(() -> new Order(placed.id(), placed.organisation(), placed.service(), placed.offering(),
                placed.careUnits(), placed.acceptedTermsVersion(), placed.submission(), placed.priceLines(), placed.addOn(),
                placed.orderedBy(), placed.placedAt(), placed.expiresAt(), List.of(AttestingParty.AGENT), List.of(),
                placed.status(), placed.rejectionReason(), placed.deliveredBy(), placed.deliveredAt(),
                placed.accessInstructions(), placed.updatedAt(), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statusSuccessorsFollowTheLifecycle() {
        assertThat(OrderStatus.AWAITING_ATTESTATION.successors())
                .containsExactlyInAnyOrder(OrderStatus.ATTESTED, OrderStatus.REJECTED, OrderStatus.EXPIRED);
        assertThat(OrderStatus.ATTESTED.successors()).containsExactly(OrderStatus.DELIVERED);
        assertThat(OrderStatus.REJECTED.canMoveTo(OrderStatus.ATTESTED)).isFalse();
        assertThat(OrderStatus.EXPIRED.canMoveTo(OrderStatus.DELIVERED)).isFalse();
    }

    // --- Order.reject: the same status, deadline and turn rules as attest -----------------------------

    private static Order viaAgent(Order placed) {
        return new Order(placed.id(), placed.organisation(), placed.service(), placed.offering(),
                placed.careUnits(), placed.acceptedTermsVersion(), placed.submission(), placed.priceLines(),
                placed.addOn(), placed.orderedBy(), placed.placedAt(), placed.expiresAt(),
                List.of(AttestingParty.AGENT, AttestingParty.CUSTOMER), List.of(), placed.status(),
                placed.rejectionReason(), placed.deliveredBy(), placed.deliveredAt(), placed.accessInstructions(),
                placed.updatedAt(), 1);
    }

    @Test
    void anOrderAlreadyAttestedCannotBeRejectedAfterwards() {
        Order attested = Fixtures.placedOrder(ORDERER).attest(by(ATTESTANT, AttestingParty.CUSTOMER,
                AttestationDecision.APPROVED), CLOCK);

        UnexpectedStatusException e = catchThrowableOfType(UnexpectedStatusException.class, () -> attested.reject(
                by(ATTESTANT, AttestingParty.CUSTOMER, AttestationDecision.REJECTED), "Fel", CLOCK));

        assertThat(e.actual()).contains("ATTESTED");
        assertThat(e).hasMessage("Beställningen är redan attesterad.");
    }

    @Test
    void aRejectionAfterTheDeadlineIsGone() {
        Order order = Fixtures.placedOrder(ORDERER);
        assertThatThrownBy(() -> order.reject(by(ATTESTANT, AttestingParty.CUSTOMER, AttestationDecision.REJECTED),
                "Fel", Fixtures.later(Duration.ofDays(14)))).isInstanceOf(GoneException.class);
    }

    @Test
    void theCustomerMayNotRejectBeforeTheAgentHasHadItsTurn() {
        Order order = viaAgent(Fixtures.placedOrder(ORDERER));

        assertThatThrownBy(() -> order.reject(by(ATTESTANT, AttestingParty.CUSTOMER, AttestationDecision.REJECTED),
                "Fel", CLOCK)).isInstanceOf(NotAllowedException.class)
                .hasMessage(se.inera.kundportal.core.message.OrderMessages.ORDER_AWAITS_OTHER_PARTY);
    }

    @Test
    void theSamePersonMayNotDecideTwiceInOneChain() {
        Order afterAgent = viaAgent(Fixtures.placedOrder(ORDERER)).attest(by(ATTESTANT, AttestingParty.AGENT,
                AttestationDecision.APPROVED), CLOCK);

        assertThatThrownBy(() -> afterAgent.reject(by(ATTESTANT, AttestingParty.CUSTOMER,
                AttestationDecision.REJECTED), "Fel", CLOCK)).isInstanceOf(NotAllowedException.class)
                .hasMessage(se.inera.kundportal.core.message.OrderMessages.ORDER_ALREADY_ATTESTED_BY_YOU);
    }

    @Test
    void aRejectionNeedsTheRejectedDecisionAndANonBlankReasonWhichIsKeptStripped() {
        Order order = Fixtures.placedOrder(ORDERER);
        assertThatThrownBy(() -> order.reject(by(ATTESTANT, AttestingParty.CUSTOMER, AttestationDecision.APPROVED),
                "Fel", CLOCK)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> order.reject(by(ATTESTANT, AttestingParty.CUSTOMER, AttestationDecision.REJECTED),
                "  ", CLOCK)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> order.reject(by(ATTESTANT, AttestingParty.CUSTOMER, AttestationDecision.REJECTED),
                null, CLOCK)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> order.attest(by(ATTESTANT, AttestingParty.CUSTOMER, AttestationDecision.REJECTED),
                CLOCK)).isInstanceOf(IllegalArgumentException.class);

        Order rejected = order.reject(by(ATTESTANT, AttestingParty.CUSTOMER, AttestationDecision.REJECTED),
                "  Fel vårdenheter ", CLOCK);
        assertThat(rejected.rejectionReason()).contains("Fel vårdenheter");
        assertThat(rejected.attestations()).extracting(Attestation::decision)
                .containsExactly(AttestationDecision.REJECTED);
        assertThat(rejected.updatedAt()).isEqualTo(NOW);
    }
}
