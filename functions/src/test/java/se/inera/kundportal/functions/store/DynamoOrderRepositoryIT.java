package se.inera.kundportal.functions.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.audit.AuditSubject;
import se.inera.kundportal.core.order.Attestation;
import se.inera.kundportal.core.order.AttestationDecision;
import se.inera.kundportal.core.order.AttestationMethod;
import se.inera.kundportal.core.order.AttestingParty;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.error.AlreadyExistsException;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.error.StaleVersionException;
import se.inera.kundportal.core.error.UnexpectedStatusException;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.message.Messages;
import se.inera.kundportal.core.order.Order;
import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.order.OrderStatus;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.user.UserId;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.junit.StandIns;
import se.inera.kundportal.standins.junit.StandInsEnvironment;

@StandIns(StandIn.DYNAMODB)
class DynamoOrderRepositoryIT {
    private static final Clock CLOCK = Clock.fixed(TestData.NOW, ZoneOffset.UTC);
    private static DynamoStore store;

    @BeforeAll
    static void createStore(StandInsEnvironment standIns) {
        store = new DynamoStore(standIns.dynamoDb(), standIns.tableName(), CLOCK);
    }

    private static Organisationsnummer registeredOrganisation() {
        return store.organisations().register(TestData.organisation()).number();
    }

    private static Attestation approval(Order order) {
        return new Attestation(AttestingParty.CUSTOMER, new UserId("attestant-1"), "Astrid Attestant",
                AttestationMethod.SMS_CODE, AttestationDecision.APPROVED, TestData.NOW, false, "evidence-1");
    }

    @Test
    void createsAnOrderWithEveryDetailAndFindsItById() {
        Order order = TestData.order(registeredOrganisation(), TestData.NOW.minusSeconds(60));

        Order created = store.orders().create(order);

        assertThat(created.version()).isEqualTo(1);
        assertThat(store.orders().findById(order.id())).contains(created);
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(store.orders().findById(OrderId.newId())).isEmpty();
    }

    @Test
    void refusesAnOrderForAnUnknownOrganisationAndWritesNothing() {
        Organisationsnummer unknown = TestData.organisationsnummer();
        Order order = TestData.order(unknown, TestData.NOW);

        assertThatThrownBy(() -> store.orders().create(order))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.subjectType()).isEqualTo("Organisation");
                    assertThat(e.subjectId()).isEqualTo(unknown.value());
                });

        assertThat(store.orders().findById(order.id())).isEmpty();
        assertThat(store.orders().findByOrganisation(unknown, PageRequest.firstPage()).items()).isEmpty();
    }

    @Test
    void refusesToCreateAnOrderIdTwice() {
        Order created = store.orders().create(TestData.order(registeredOrganisation(), TestData.NOW));

        assertThatThrownBy(() -> store.orders().create(created.withVersion(0)))
                .isInstanceOf(AlreadyExistsException.class);
    }

    @Test
    void listsAnOrganisationsOrdersNewestFirstAcrossPages() {
        Organisationsnummer organisation = registeredOrganisation();
        List<Order> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(store.orders().create(TestData.order(organisation, TestData.NOW.minusSeconds(60L * i))));
        }
        store.orders().create(TestData.order(registeredOrganisation(), TestData.NOW)); // someone else's

        assertThat(readAll(request -> store.orders().findByOrganisation(organisation, request)))
                .containsExactlyElementsOf(created);
    }

    @Test
    void listsOrdersWithAStatusNewestFirstAcrossPages() {
        // DELIVERED is reached in this test only, so the list holds exactly these three.
        Organisationsnummer organisation = registeredOrganisation();
        List<Order> delivered = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Order created = store.orders().create(TestData.order(organisation, TestData.NOW.minusSeconds(600L * i)));
            Order attested = store.orders().transition(created.attest(approval(created), CLOCK),
                    OrderStatus.AWAITING_ATTESTATION);
            delivered.add(store.orders().transition(attested.markDelivered(
                    Actor.operator("op-1", "Olle Operatör"), TestData.NOW), OrderStatus.ATTESTED));
        }

        assertThat(readAll(request -> store.orders().findByStatus(OrderStatus.DELIVERED, request)))
                .containsExactlyElementsOf(delivered);
    }

    @Test
    void rejectsACursorThatWasNotIssuedForTheList() {
        Organisationsnummer organisation = registeredOrganisation();

        assertThatThrownBy(() -> store.orders().findByOrganisation(organisation,
                PageRequest.first(5).next("bm90LWEtY3Vyc29y")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void attestsOnceWhenTheSameAttestationArrivesTwice() {
        Order created = store.orders().create(TestData.order(registeredOrganisation(), TestData.NOW));
        Order attested = created.attest(approval(created), CLOCK);

        Order stored = store.orders().transition(attested, OrderStatus.AWAITING_ATTESTATION);

        assertThatThrownBy(() -> store.orders().transition(attested, OrderStatus.AWAITING_ATTESTATION))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> {
                    assertThat(e.expected()).isEqualTo("AWAITING_ATTESTATION");
                    assertThat(e.actual()).contains("ATTESTED");
                    assertThat(e.getMessage()).isEqualTo(Messages.ORDER_ALREADY_ATTESTED);
                });
        assertThat(store.orders().get(created.id())).isEqualTo(stored);
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void refusesAStatusChangeFromTheWrongStatusAndChangesNothing() {
        Order created = store.orders().create(TestData.order(registeredOrganisation(), TestData.NOW));

        // delivering straight from AWAITING_ATTESTATION: the caller expects ATTESTED
        assertThatThrownBy(() -> store.orders().transition(created.id(), OrderStatus.ATTESTED, OrderStatus.DELIVERED,
                TestData.NOW))
                .isInstanceOfSatisfying(UnexpectedStatusException.class,
                        e -> assertThat(e.actual()).contains("AWAITING_ATTESTATION"));

        Order readBack = store.orders().get(created.id());
        assertThat(readBack).isEqualTo(created);
        assertThat(store.orders().findByStatus(OrderStatus.AWAITING_ATTESTATION, PageRequest.first(100)).items())
                .extracting(Order::id).contains(created.id());
    }

    @Test
    void updatesWithTheCurrentVersionAndRefusesAStaleOne() {
        Order created = store.orders().create(TestData.order(registeredOrganisation(), TestData.NOW));
        Order updated = store.orders().update(created);

        assertThat(updated.version()).isEqualTo(2);
        assertThatThrownBy(() -> store.orders().update(created)).isInstanceOf(StaleVersionException.class);
        assertThat(store.orders().get(created.id()).version()).isEqualTo(2);
    }

    @Test
    void findsAnOrganisationsOrdersOfOneService() {
        Organisationsnummer organisation = registeredOrganisation();
        Order first = store.orders().create(TestData.order(organisation, TestData.NOW.minusSeconds(120)));
        Order second = store.orders().create(TestData.order(organisation, TestData.NOW));

        assertThat(store.orders().findByOrganisationAndService(organisation, first.service()))
                .containsExactly(second, first);
    }

    @Test
    void writesNoAuditRecordOfItsOwnForOrdersOrTheirStatusChanges() {
        Organisationsnummer organisation = registeredOrganisation();
        Order created = store.orders().create(TestData.order(organisation, TestData.NOW));
        store.orders().transition(created.expire(Clock.fixed(created.expiresAt(), ZoneOffset.UTC)),
                OrderStatus.AWAITING_ATTESTATION);

        assertThat(store.auditLog().findByOrganisation(organisation, PageRequest.firstPage()).items()).isEmpty();
        assertThat(store.auditLog().findBySubject(AuditSubject.of(AuditSubject.Type.ORDER, created.id()),
                PageRequest.firstPage()).items()).isEmpty();
    }

    private interface PageReader {
        Page<Order> read(PageRequest request);
    }

    private static List<Order> readAll(PageReader reader) {
        List<Order> all = new ArrayList<>();
        PageRequest request = PageRequest.first(2);
        while (true) {
            Page<Order> page = reader.read(request);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
            all.addAll(page.items());
            if (page.nextCursor().isEmpty()) {
                return all;
            }
            request = request.next(page.nextCursor().get());
        }
    }
}
