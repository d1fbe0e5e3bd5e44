package se.inera.kundportal.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.core.Fixtures.NOW;
import static se.inera.kundportal.core.Fixtures.REGION_STOCKHOLM;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.audit.AuditRecord;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.order.Attestation;
import se.inera.kundportal.core.order.AttestationDecision;
import se.inera.kundportal.core.order.AttestationMethod;
import se.inera.kundportal.core.order.AttestingParty;
import se.inera.kundportal.core.order.Order;
import se.inera.kundportal.core.order.OrderStatus;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.testing.InMemoryPorts;
import se.inera.kundportal.core.testing.ManualClock;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.RoleAssignment;
import se.inera.kundportal.core.user.User;

/** The order workflow's own steps: links to every attestant once, expiry at the deadline, reminders between. */
class OrderStepsTest {
    private static final Duration REMINDERS = Duration.ofDays(3);
    private static final Actor ADMIN = new Actor(Actor.Kind.CUSTOMER_USER, "admin", "Admin");

    private final InMemoryPorts.Organisations organisations = new InMemoryPorts.Organisations();
    private final InMemoryPorts.Users users = new InMemoryPorts.Users(organisations);
    private final InMemoryPorts.Orders orders = new InMemoryPorts.Orders(organisations);
    private final InMemoryPorts.Attestations attestations = new InMemoryPorts.Attestations();
    private final InMemoryPorts.Audit audit = new InMemoryPorts.Audit();
    private final ManualClock clock = new ManualClock(NOW);
    private final OrderSteps steps = new OrderSteps(orders, attestations, users, audit, new SecureRandom(), clock);

    private User orderer;
    private Order order;

    @BeforeEach
    void anOrderAwaitingAttestation() {
        organisations.register(Fixtures.organisation(AgreementStanding.SIGNED));
        orderer = users.create(Fixtures.user("olle", "Olle Beställare").withVersion(0));
        users.assign(new RoleAssignment(REGION_STOCKHOLM, orderer.id(), Role.ORDERER, ADMIN, NOW));
        order = orders.create(Fixtures.placedOrder(orderer.id()));
    }

    private User attestant(String id, String name) {
        User attestant = users.create(Fixtures.user(id, name).withVersion(0));
        users.assign(new RoleAssignment(REGION_STOCKHOLM, attestant.id(), Role.ATTESTANT, ADMIN, NOW));
        return attestant;
    }

    @Test
    void everyAttestantGetsOneLinkThatExpiresWithTheOrderAndARetryIssuesNoneTwice() {
        User anna = attestant("anna", "Anna Attestant");
        User bo = attestant("bo", "Bo Attestant");

        List<OrderSteps.AttestationRequest> first = steps.requestAttestations(order.id());
        List<OrderSteps.AttestationRequest> retry = steps.requestAttestations(order.id());

        assertThat(first).extracting(r -> r.attestant().id()).containsExactlyInAnyOrder(anna.id(), bo.id());
        assertThat(first).allSatisfy(r -> {
            assertThat(r.link().attestant()).isEqualTo(r.attestant().id());
            assertThat(r.link().order()).isEqualTo(order.id());
            assertThat(r.link().expiresAt()).isEqualTo(order.expiresAt());
        });
        assertThat(retry).extracting(r -> r.link().id())
                .containsExactlyInAnyOrderElementsOf(first.stream().map(r -> r.link().id()).toList());
        assertThat(attestations.findLinksByOrder(order.id())).hasSize(2);
        assertThat(audit.actions()).containsExactly("ATTESTATION_LINK_ISSUED", "ATTESTATION_LINK_ISSUED");
        assertThat(audit.records()).extracting(AuditRecord::actor).containsOnly(Actor.SYSTEM);
    }

    @Test
    void anOrganisationWithoutAttestantsGetsNoLinks() {
        assertThat(steps.requestAttestations(order.id())).isEmpty();
        assertThat(audit.records()).isEmpty();
    }

    @Test
    void theFirstParkLastsOneReminderIntervalOrUntilTheDeadlineIfThatIsSooner() {
        assertThat(steps.firstPark(order.id(), REMINDERS))
                .isEqualTo(new OrderSteps.DeadlineCheck(false, 0, REMINDERS.toSeconds()));
        assertThat(steps.firstPark(order.id(), Duration.ofDays(30)))
                .isEqualTo(new OrderSteps.DeadlineCheck(false, 0, Duration.ofDays(14).toSeconds()));
    }

    @Test
    void atTheEndOfEachParkTheDueReminderIsNamedAndTheNextParkEndsAtTheDeadline() {
        clock.advance(REMINDERS);
        assertThat(steps.checkDeadline(order.id(), REMINDERS))
                .isEqualTo(new OrderSteps.DeadlineCheck(false, 1, REMINDERS.toSeconds()));

        clock.advance(Duration.ofDays(10));
        assertThat(steps.checkDeadline(order.id(), REMINDERS))
                .isEqualTo(new OrderSteps.DeadlineCheck(false, 4, Duration.ofDays(1).toSeconds()));
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.AWAITING_ATTESTATION);
        assertThat(audit.records()).isEmpty();
    }

    @Test
    void pastTheDeadlineTheOrderExpiresOnceAndIsAuditedOnce() {
        clock.advance(Duration.ofDays(14).plusSeconds(1));

        OrderSteps.DeadlineCheck check = steps.checkDeadline(order.id(), REMINDERS);
        OrderSteps.DeadlineCheck retry = steps.checkDeadline(order.id(), REMINDERS);

        assertThat(check).isEqualTo(new OrderSteps.DeadlineCheck(true, 0, OrderSteps.SHORTEST_PARK.toSeconds()));
        assertThat(retry).isEqualTo(check);
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(audit.actions()).containsExactly("ORDER_EXPIRED");
        assertThat(audit.records().get(0).actor()).isEqualTo(Actor.SYSTEM);
    }

    @Test
    void anOrderAnAttestantSettledIsNeitherExpiredNorRemindedAndTheNextParkIsTheShortest() {
        Order attested = order.attest(new Attestation(AttestingParty.CUSTOMER, orderer.id(), orderer.name(),
                AttestationMethod.SMS_CODE, AttestationDecision.APPROVED, NOW, true, "sms"), clock);
        orders.transition(attested, OrderStatus.AWAITING_ATTESTATION);
        clock.advance(Duration.ofDays(20));

        assertThat(steps.checkDeadline(order.id(), REMINDERS))
                .isEqualTo(new OrderSteps.DeadlineCheck(false, 0, OrderSteps.SHORTEST_PARK.toSeconds()));
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.ATTESTED);
        assertThat(audit.records()).isEmpty();
    }
}
