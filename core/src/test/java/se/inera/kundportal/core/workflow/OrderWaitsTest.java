package se.inera.kundportal.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.inera.kundportal.core.Fixtures.NOW;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.order.Attestation;
import se.inera.kundportal.core.order.AttestationDecision;
import se.inera.kundportal.core.order.AttestationMethod;
import se.inera.kundportal.core.order.AttestingParty;
import se.inera.kundportal.core.order.Order;
import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.order.OrderStatus;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.testing.InMemoryPorts;
import se.inera.kundportal.core.testing.ManualClock;
import se.inera.kundportal.core.user.UserId;
import se.inera.kundportal.core.workflow.RecordingTaskTokenResumer.Resumed;

/** "Wait For Attestation" and "Wait For Delivery": what each resumes with, and that only a settled order wakes it. */
class OrderWaitsTest {
    private static final Duration PARK = Duration.ofDays(3);
    private static final UserId ATTESTANT = new UserId("anna");

    private final ManualClock clock = new ManualClock(NOW);
    private final InMemoryPorts.Organisations organisations = new InMemoryPorts.Organisations();
    private final InMemoryPorts.Orders orders = new InMemoryPorts.Orders(organisations);
    private final InMemoryWorkflowCallbacks callbacks = new InMemoryWorkflowCallbacks(clock);
    private final RecordingTaskTokenResumer resumer = new RecordingTaskTokenResumer();
    private final OrderWaits waits = new OrderWaits(orders, new Rendezvous(callbacks, resumer, clock));

    private Order order;

    @BeforeEach
    void anOrderAwaitingAttestation() {
        organisations.register(Fixtures.organisation(AgreementStanding.SIGNED));
        order = orders.create(Fixtures.placedOrder(new UserId("olle")));
    }

    private Attestation decision(AttestationDecision decision) {
        return new Attestation(AttestingParty.CUSTOMER, ATTESTANT, "Anna", AttestationMethod.SMS_CODE, decision, NOW,
                false, "sms");
    }

    private Order attested() {
        return orders.transition(order.attest(decision(AttestationDecision.APPROVED), clock),
                OrderStatus.AWAITING_ATTESTATION);
    }

    @Test
    void anAttestationWakesTheParkedWaitWithAttested() {
        ParkedWait parked = waits.awaitAttestation(order.id(), "token-1", PARK);
        assertThat(parked.resumedAtOnce()).isEmpty();
        assertThat(parked.parkedUntil()).isEqualTo(NOW.plus(PARK));

        attested();
        waits.attestationSettled(order.id());

        assertThat(resumer.resumed).containsExactly(new Resumed("token-1",
                new OrderWaits.AttestationResult(order.id().value(), "ATTESTED", null)));
        assertThat(callbacks.find(CallbackKey.attestationOf(order.id()))).isEmpty();
    }

    @Test
    void aRejectionWakesTheWaitWithTheReason() {
        waits.awaitAttestation(order.id(), "token-1", PARK);
        orders.transition(order.reject(decision(AttestationDecision.REJECTED), "Fel tjänst", clock),
                OrderStatus.AWAITING_ATTESTATION);

        waits.attestationSettled(order.id());

        assertThat(resumer.resumed).containsExactly(new Resumed("token-1",
                new OrderWaits.AttestationResult(order.id().value(), "REJECTED", "Fel tjänst")));
    }

    @Test
    void anOrderStillAwaitingAttestationWakesNothingAndTheTokenStaysParked() {
        waits.awaitAttestation(order.id(), "token-1", PARK);

        waits.attestationSettled(order.id());
        waits.delivered(order.id());

        assertThat(resumer.resumed).isEmpty();
        assertThat(callbacks.find(CallbackKey.attestationOf(order.id()))).isPresent();
    }

    @Test
    void anOrderAttestedBeforeTheParkIsResumedByTheParkItself() {
        attested();

        ParkedWait parked = waits.awaitAttestation(order.id(), "token-1", PARK);

        assertThat(parked.resumedAtOnce()).contains(ResumeOutcome.RESUMED);
        assertThat(resumer.resumed).extracting(Resumed::output)
                .containsExactly(new OrderWaits.AttestationResult(order.id().value(), "ATTESTED", null));
    }

    @Test
    void deliveryWakesWaitForDeliveryOnlyOnceTheOrderIsDelivered() {
        Order attested = attested();
        waits.awaitDelivery(order.id(), "token-2", PARK);
        waits.delivered(order.id());
        assertThat(resumer.resumed).isEmpty();

        orders.transition(attested.markDelivered(Actor.operator("ks", "Kim"), "Logga in.", NOW), OrderStatus.ATTESTED);
        waits.delivered(order.id());

        assertThat(resumer.resumed).containsExactly(new Resumed("token-2",
                new OrderWaits.DeliveryResult(order.id().value(), true)));
    }

    @Test
    void theSweeperHealsALostWakeUpOfEitherWait() {
        Order attested = attested();
        waits.awaitAttestation(order.id(), "token-1", PARK);
        resumer.resumed.clear();
        waits.awaitDelivery(order.id(), "token-2", PARK);
        orders.transition(attested.markDelivered(Actor.operator("ks", "Kim"), "Logga in.", NOW), OrderStatus.ATTESTED);

        HealReport report = new Rendezvous(callbacks, resumer, clock).heal(waits.awaitedEvents());

        assertThat(report.woken()).isEqualTo(1);
        assertThat(resumer.resumed).extracting(Resumed::taskToken).containsExactly("token-2");
    }

    @Test
    void waitingForAnOrderThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> waits.awaitAttestation(OrderId.newId(), "token-1", PARK))
                .isInstanceOf(NotFoundException.class);
    }
}
