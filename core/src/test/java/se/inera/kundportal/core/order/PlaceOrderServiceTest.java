package se.inera.kundportal.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.inera.kundportal.core.Fixtures.CLOCK;
import static se.inera.kundportal.core.Fixtures.NOW;
import static se.inera.kundportal.core.Fixtures.REGION_STOCKHOLM;
import static se.inera.kundportal.core.Fixtures.TERMS;

import java.time.Duration;
import java.util.List;

import se.inera.kundportal.core.testing.RecordingOrderWorkflow;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.error.ConflictException;
import se.inera.kundportal.core.error.NotAllowedException;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.order.PlaceOrderCommand.CareUnitInput;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.testing.InMemoryPorts;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.RoleAssignment;
import se.inera.kundportal.core.testing.NoPersonAccess;
import se.inera.kundportal.core.user.ManageUsersService;
import se.inera.kundportal.core.user.User;
import se.inera.kundportal.core.user.SignedIn;
import java.util.Optional;

class PlaceOrderServiceTest {
    private final InMemoryPorts.Organisations organisations = new InMemoryPorts.Organisations();
    private final InMemoryPorts.Users users = new InMemoryPorts.Users(organisations);
    private final InMemoryPorts.Catalogue catalogue = new InMemoryPorts.Catalogue();
    private final InMemoryPorts.Orders orders = new InMemoryPorts.Orders(organisations);
    private final InMemoryPorts.Audit audit = new InMemoryPorts.Audit();
    private final RecordingOrderWorkflow workflow = new RecordingOrderWorkflow();
    private final PlaceOrderService service = new PlaceOrderService(organisations, users,
            new ManageUsersService(organisations, new InMemoryPorts.Agreements(), new InMemoryPorts.Applications(),
                    users, new NoPersonAccess(), audit, CLOCK), catalogue, orders, audit,
            workflow, CLOCK, Duration.ofDays(14));
    private User orderer;

    @BeforeEach
    void signedCustomerWithOrdererAndAttestant() {
        organisations.register(new Organisation(Fixtures.regionStockholmDetails(), AgreementStanding.SIGNED, NOW, 0));
        catalogue.save(Fixtures.intygstjanster(Fixtures.webcert(true, true)));
        orderer = users.create(Fixtures.user("olle", "Olle Beställare").withVersion(0));
        User attestant = users.create(Fixtures.user("anna", "Anna Attestant").withVersion(0));
        Actor admin = new Actor(Actor.Kind.CUSTOMER_USER, "admin", "Admin");
        users.assign(new RoleAssignment(REGION_STOCKHOLM, orderer.id(), Role.ORDERER, admin, NOW));
        users.assign(new RoleAssignment(REGION_STOCKHOLM, attestant.id(), Role.ATTESTANT, admin, NOW));
    }

    private static SignedIn signedIn(User user) {
        return new SignedIn("sub-" + user.id().value(), Optional.of(user.email().value()), user.name(), false);
    }

    private static OrderRequest request(String hsaSuffix) {
        return new OrderRequest("intygstjanster", "webcert-fristaende",
                List.of(new CareUnitInput("SE2321000016-" + hsaSuffix, "Vårdcentral " + hsaSuffix)), TERMS, true, false);
    }

    @Test
    void theSameIdempotencyKeySentTwicePlacesOneOrderAndStartsOneWorkflow() {
        Order first = service.place(signedIn(orderer), REGION_STOCKHOLM, request("1"), Optional.of("key-1")).order();
        Order again = service.place(signedIn(orderer), REGION_STOCKHOLM, request("1"), Optional.of("key-1")).order();

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(orders.findByOrganisationAndService(REGION_STOCKHOLM, Fixtures.INTYGSTJANSTER)).hasSize(1);
        assertThat(first.acceptedTermsVersion()).isEqualTo(TERMS);
        assertThat(first.addOn()).isFalse();
    }

    @Test
    void theSameIdempotencyKeyWithAnotherFormIsAConflictAndOrdersNothingElse() {
        Order first = service.place(signedIn(orderer), REGION_STOCKHOLM, request("1"), Optional.of("key-1")).order();

        assertThatThrownBy(() -> service.place(signedIn(orderer), REGION_STOCKHOLM, request("2"),
                Optional.of("key-1"))).isInstanceOf(ConflictException.class).hasMessageContaining("Idempotency-Key");
        assertThat(orders.findByOrganisationAndService(REGION_STOCKHOLM, Fixtures.INTYGSTJANSTER))
                .singleElement().isEqualTo(first);
        assertThat(first.submission()).isPresent();
        // the same form again (whitespace aside) is still the same submit
        OrderRequest spaced = new OrderRequest(" intygstjanster ", "webcert-fristaende",
                List.of(new CareUnitInput("SE2321000016-1 ", " Vårdcentral 1")), TERMS, true, false);
        assertThat(service.place(signedIn(orderer), REGION_STOCKHOLM, spaced, Optional.of("key-1")).order().id())
                .isEqualTo(first.id());
    }

    @Test
    void aWorkflowStartThatFailedAfterTheOrderWasStoredIsStartedByTheRetryWithTheSameKey() {
        List<OrderId> started = new java.util.concurrent.CopyOnWriteArrayList<>();
        boolean[] failNext = {true};
        OrderWorkflowStarter flaky = order -> {
            if (failNext[0]) {
                failNext[0] = false;
                throw new IllegalStateException("Step Functions unreachable");
            }
            started.add(order);
        };
        PlaceOrderService withFlakyStart = new PlaceOrderService(organisations, users,
                new ManageUsersService(organisations, new InMemoryPorts.Agreements(), new InMemoryPorts.Applications(),
                        users, new NoPersonAccess(), audit, CLOCK), catalogue, orders, audit, flaky, CLOCK,
                Duration.ofDays(14));

        assertThatThrownBy(() -> withFlakyStart.place(signedIn(orderer), REGION_STOCKHOLM, request("1"),
                Optional.of("key-1"))).isInstanceOf(IllegalStateException.class);
        Order stored = orders.findByOrganisationAndService(REGION_STOCKHOLM, Fixtures.INTYGSTJANSTER).get(0);
        assertThat(started).isEmpty();

        Order retried = withFlakyStart.place(signedIn(orderer), REGION_STOCKHOLM, request("1"), Optional.of("key-1"))
                .order();

        assertThat(retried.id()).isEqualTo(stored.id());
        assertThat(started).containsExactly(stored.id());
        assertThat(orders.findByOrganisationAndService(REGION_STOCKHOLM, Fixtures.INTYGSTJANSTER)).hasSize(1);
        assertThat(audit.actions()).containsOnlyOnce("ORDER_PLACED");
    }

    @Test
    void anotherIdempotencyKeyIsAnotherOrder() {
        service.place(signedIn(orderer), REGION_STOCKHOLM, request("1"), Optional.of("key-1"));
        Order second = service.place(signedIn(orderer), REGION_STOCKHOLM,
                new OrderRequest("intygstjanster", "webcert-fristaende",
                        List.of(new CareUnitInput("SE2321000016-2", "Vårdcentral 2")), TERMS, true, true),
                Optional.of("key-2")).order();

        assertThat(second.addOn()).isTrue();
        assertThat(orders.findByOrganisationAndService(REGION_STOCKHOLM, Fixtures.INTYGSTJANSTER)).hasSize(2);
    }

    @Test
    void refusesAMemberWhoIsNotABestallare() {
        User attestant = users.findByEmail(Fixtures.user("anna", "").email()).orElseThrow();

        assertThatThrownBy(() -> service.place(signedIn(attestant), REGION_STOCKHOLM, request("1"), Optional.empty()))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("Beställare");
        assertThat(orders.findByOrganisationAndService(REGION_STOCKHOLM, Fixtures.INTYGSTJANSTER)).isEmpty();
    }

    @Test
    void anotherOrganisationsOrderIsUnknownToTheOrderer() {
        Order placed = service.place(signedIn(orderer), REGION_STOCKHOLM, request("1"), Optional.empty()).order();

        assertThat(service.order(signedIn(orderer), REGION_STOCKHOLM, placed.id().value())).isEqualTo(placed);
        assertThatThrownBy(() -> service.order(signedIn(orderer), REGION_STOCKHOLM, "not an id"))
                .isInstanceOf(NotFoundException.class);
    }

    private PlaceOrderCommand order(String hsaSuffix, boolean acknowledgesAddOn) {
        return new PlaceOrderCommand(REGION_STOCKHOLM, orderer.id(), "intygstjanster", "webcert-fristaende",
                List.of(new CareUnitInput("SE2321000016-" + hsaSuffix, "Vårdcentral " + hsaSuffix)), TERMS, true,
                acknowledgesAddOn);
    }

    @Test
    void placedOrderAwaitsAttestationWithStartupFeeAndDeadline() {
        PlaceOrder.PlaceOrderResult result = service.place(order("1", false));

        Order stored = orders.get(result.order().id());
        assertThat(stored.status()).isEqualTo(OrderStatus.AWAITING_ATTESTATION);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.addOn()).isFalse();
        assertThat(stored.startupTotal().ore()).isEqualTo(1_500_000);
        assertThat(stored.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(14)));
        assertThat(audit.actions()).containsExactly("ORDER_PLACED");
        assertThat(workflow.started).containsExactly(stored.id());
    }

    @Test
    void secondOrderForTheSameServiceIsAnAddOnWithAnotherStartupFee() {
        service.place(order("1", false));

        assertThatThrownBy(() -> service.place(order("2", false))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("acknowledgesAdditionalStartupFee");

        Order addOn = service.place(order("2", true)).order();
        assertThat(addOn.addOn()).isTrue();
        assertThat(addOn.startupTotal().ore()).isEqualTo(1_500_000);
    }

    @Test
    void quoteWarnsAboutAnAddOnBeforeTheFormIsSent() {
        assertThat(service.quote(signedIn(orderer), REGION_STOCKHOLM, "intygstjanster", "webcert-fristaende",
                List.of(new PlaceOrderCommand.CareUnitInput("SE2321000016-1234", "Vårdcentral Norr")))
                .addOn()).isFalse();
        service.place(order("1", false));
        assertThat(service.quote(signedIn(orderer), REGION_STOCKHOLM, "intygstjanster", "webcert-fristaende",
                List.of(new PlaceOrderCommand.CareUnitInput("SE2321000016-1234", "Vårdcentral Norr")))
                .addOn()).isTrue();
    }

    @Test
    void rejectsOrderWhenOrganisationHasNoAttestant() {
        users.revoke(REGION_STOCKHOLM, users.findByEmail(Fixtures.user("anna", "").email()).orElseThrow().id(),
                Role.ATTESTANT);
        assertThatThrownBy(() -> service.place(order("1", false))).isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("Attestant");
        assertThat(orders.findByStatus(OrderStatus.AWAITING_ATTESTATION,
                se.inera.kundportal.core.common.PageRequest.firstPage()).items()).isEmpty();
    }

    @Test
    void rejectsOrderBeforeTheAgreementIsSigned() {
        Organisation org = organisations.get(REGION_STOCKHOLM);
        organisations.update(org.withAgreementStanding(AgreementStanding.AWAITING_SIGNATURE));
        assertThatThrownBy(() -> service.place(order("1", false))).isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("Kundavtal 2");
    }

    @Test
    void unknownOrganisationIsNotFound() {
        PlaceOrderCommand elsewhere = new PlaceOrderCommand(Organisationsnummer.parse("556559-4230"), orderer.id(),
                "intygstjanster", "webcert-fristaende", List.of(), TERMS, true, false);
        assertThatThrownBy(() -> service.place(elsewhere)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anUnknownServiceOrOfferingIsTheFormsFieldError() {
        PlaceOrderCommand offering = new PlaceOrderCommand(REGION_STOCKHOLM, orderer.id(), "intygstjanster",
                "finns-inte", List.of(), TERMS, true, false);
        assertThatThrownBy(() -> service.place(offering)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("offeringId");
        PlaceOrderCommand unknownService = new PlaceOrderCommand(REGION_STOCKHOLM, orderer.id(), "finns inte!",
                "webcert-fristaende", List.of(), TERMS, true, false);
        assertThatThrownBy(() -> service.place(unknownService)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("serviceId");
    }

    @Test
    void aQuoteChecksTheCareUnitsAsTheOrderWould() {
        assertThatThrownBy(() -> service.quote(signedIn(orderer), REGION_STOCKHOLM, "intygstjanster",
                "webcert-fristaende", List.of(new PlaceOrderCommand.CareUnitInput("SE2321000016-1234", "Norr"),
                        new PlaceOrderCommand.CareUnitInput("SE2321000016-1234", "Norr igen"),
                        new PlaceOrderCommand.CareUnitInput("inte ett hsa-id", "Syd"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("careUnits[1].hsaId").hasMessageContaining("careUnits[2].hsaId");
    }
}
