package se.inera.kundportal.core.attestation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.inera.kundportal.core.Fixtures.NOW;
import static se.inera.kundportal.core.Fixtures.REGION_STOCKHOLM;
import static se.inera.kundportal.core.Fixtures.SIGNATORY_PNR;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.agreement.BankId;
import se.inera.kundportal.core.agreement.SignWithBankId;
import se.inera.kundportal.core.agreement.SignWithBankIdService;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.error.FieldError;
import se.inera.kundportal.core.error.NotAllowedException;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.order.AttestationDecision;
import se.inera.kundportal.core.organisation.CareUnit;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.order.AttestationMethod;
import se.inera.kundportal.core.order.AttestingParty;
import se.inera.kundportal.core.order.Order;
import se.inera.kundportal.core.order.OrderStatus;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.agreement.BankIdStarts;
import se.inera.kundportal.core.error.TooManyRequestsException;
import se.inera.kundportal.core.message.Messages;
import se.inera.kundportal.core.testing.AnsweringBankId;
import se.inera.kundportal.core.testing.InMemoryBankIdStarts;
import se.inera.kundportal.core.testing.InMemoryPorts;
import se.inera.kundportal.core.testing.ManualClock;
import se.inera.kundportal.core.testing.RecordingOrderWorkflow;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.RoleAssignment;
import se.inera.kundportal.core.user.User;

class AttestWithBankIdServiceTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Actor ADMIN = new Actor(Actor.Kind.CUSTOMER_USER, "admin", "Admin");

    private final InMemoryPorts.Organisations organisations = new InMemoryPorts.Organisations();
    private final InMemoryPorts.Users users = new InMemoryPorts.Users(organisations);
    private final InMemoryPorts.Orders orders = new InMemoryPorts.Orders(organisations);
    private final InMemoryPorts.Attestations attestations = new InMemoryPorts.Attestations();
    private final InMemoryPorts.Catalogue catalogue = new InMemoryPorts.Catalogue();
    private final ManualClock clock = new ManualClock(NOW);
    private final RecordingOrderWorkflow workflow = new RecordingOrderWorkflow();
    private final AnsweringBankId bankId = new AnsweringBankId();
    private final InMemoryBankIdStarts starts = new InMemoryBankIdStarts();
    private final AttestWithBankIdService service = new AttestWithBankIdService(new AttestOrderService(attestations,
            orders, users, new InMemoryPorts.RecordingCodeSender(), new InMemoryPorts.Audit(), workflow, RANDOM, clock),
            attestations, orders, users, organisations, catalogue, bankId, starts, clock);

    private Order order;
    private LinkId link;

    @BeforeEach
    void orderAwaitingAttestation() {
        catalogue.save(Fixtures.intygstjanster(Fixtures.webcert(true, true)));
        organisations.register(new Organisation(Fixtures.regionStockholmDetails(), AgreementStanding.SIGNED, NOW, 0));
        User orderer = users.create(Fixtures.user("olle", "Olle Beställare").withVersion(0));
        User attestant = users.create(Fixtures.user("anna", "Anna Attestant").withVersion(0));
        users.assign(new RoleAssignment(REGION_STOCKHOLM, orderer.id(), Role.ORDERER, ADMIN, NOW));
        users.assign(new RoleAssignment(REGION_STOCKHOLM, attestant.id(), Role.ATTESTANT, ADMIN, NOW));
        order = orders.create(Fixtures.placedOrder(orderer.id()));
        link = attestations.createLink(AttestationLink.issued(LinkId.random(RANDOM), order.id(), REGION_STOCKHOLM,
                attestant.id(), AttestingParty.CUSTOMER, NOW, order.expiresAt())).id();
    }

    @Test
    void theSignOrderIsForTheAttestantAndShowsTheOrderAsAPersonReadsItAndTheSecretStaysWithTheLink() {
        SignWithBankId.Started started = service.start(approving(false));

        BankId.SignRequest request = bankId.requests.get(0);
        assertThat(request.signatory()).isEqualTo(attestant().personnummer().orElseThrow());
        CareUnit unit = order.careUnits().get(0);
        // the catalogue's names, not its ids
        assertThat(request.visibleText()).contains("Intygstjänster", "Webcert Fristående", "Region Stockholm",
                REGION_STOCKHOLM.value(), order.startupTotal().toSwedishString(),
                order.recurringTotal().toSwedishString(), order.careUnits().size() + " st",
                SignWithBankIdService.markdownText(unit.name()), SignWithBankIdService.markdownText(unit.hsaId().value()),
                "Jag attesterar beställningen")
                .doesNotContain(order.offering().value(), order.service().value());
        assertThat(started.qrCode()).doesNotContain("qr-secret");
        assertThat(attestations.findBankIdOrder(link).orElseThrow().qrStartSecret()).isEqualTo("qr-secret");
    }

    @Test
    void aRejectionShowsItsReasonInBankIdAndTheTextStaysFarBelowBankIdsLimit() {
        String reason = "Fel vårdenhet *angiven*; " + "x".repeat(AttestationChoice.MAX_REASON - 40);
        service.start(new AttestWithBankId.StartCommand(link, "192.0.2.1",
                new AttestationChoice.Raw(false, reason), false));

        String text = bankId.requests.get(0).visibleText();
        assertThat(text).contains("Avslå beställning", "Jag avslår beställningen",
                SignWithBankIdService.markdownText(reason));
        int base64 = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)).length();
        assertThat(base64).isLessThan(40_000 / 4);
    }

    @Test
    void manyCareUnitsAreCountedInsteadOfListed() {
        Order many = orders.create(Fixtures.placedOrderWithCareUnits(order.orderedBy(), 40));
        String text = service.visibleText(many, AttestationChoice.approval());

        assertThat(text).contains("40 st").doesNotContain(many.careUnits().get(0).hsaId().value());
    }

    @Test
    void aRejectionWithoutItsReasonIsRefusedBeforeAnythingIsSigned() {
        assertThatThrownBy(() -> service.start(new AttestWithBankId.StartCommand(link, "192.0.2.1",
                new AttestationChoice.Raw(false, "  "), false)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactly("reason"));
        assertThatThrownBy(() -> service.start(new AttestWithBankId.StartCommand(link, "192.0.2.1",
                new AttestationChoice.Raw(false, "x".repeat(AttestationChoice.MAX_REASON + 1)), false)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> service.start(new AttestWithBankId.StartCommand(link, "192.0.2.1",
                new AttestationChoice.Raw(null, null), false)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactly("approve"));
        assertThat(bankId.requests).isEmpty();
    }

    @Test
    void aCompletedSignatureRecordsExactlyTheSignedRejection() {
        String orderRef = service.start(new AttestWithBankId.StartCommand(link, "192.0.2.1",
                new AttestationChoice.Raw(false, "Fel erbjudande"), false)).orderRef();
        bankId.next = complete(SIGNATORY_PNR.value());

        AttestWithBankId.Progress done = service.collect(new AttestWithBankId.CollectCommand(link, orderRef, false));

        Order rejected = orders.get(order.id());
        assertThat(rejected.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(rejected.rejectionReason()).contains("Fel erbjudande");
        assertThat(done.outcome().orElseThrow().attestation().decision()).isEqualTo(AttestationDecision.REJECTED);
    }

    @Test
    void pendingChangesNothingAndCompleteAttestsOnceKeepingTheCompletionData() {
        String orderRef = service.start(approving(false)).orderRef();
        AttestWithBankId.CollectCommand approve = new AttestWithBankId.CollectCommand(link, orderRef, false);

        assertThat(service.collect(approve).status()).isEqualTo(BankId.Status.PENDING);
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.AWAITING_ATTESTATION);

        bankId.next = complete(SIGNATORY_PNR.value());
        AttestWithBankId.Progress done = service.collect(approve);

        assertThat(done.outcome().orElseThrow().attestation().method()).isEqualTo(AttestationMethod.BANKID);
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.ATTESTED);
        assertThat(attestations.findBankIdOrder(link).orElseThrow().completion())
                .hasValueSatisfying(data -> assertThat(data.signature()).isEqualTo("PFhNTD4="));
        assertThat(workflow.settled).containsExactly(order.id());
    }

    @Test
    void aSignatureByAnotherPersonIsRefusedAndTheOrderStaysAwaiting() {
        String orderRef = service.start(approving(false)).orderRef();
        bankId.next = complete("191212121212".equals(SIGNATORY_PNR.value()) ? "198501019817" : "191212121212");

        assertThatThrownBy(() -> service.collect(new AttestWithBankId.CollectCommand(link, orderRef, false)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.AWAITING_ATTESTATION);
    }

    @Test
    void oneLinkStartsAtMostTheLimitOfBankIdOrdersThenGets429WithoutANewOrder() {
        for (int i = 0; i < BankIdStarts.MAX_PER_LINK; i++) {
            service.start(approving(false));
        }
        assertThat(bankId.requests).hasSize(BankIdStarts.MAX_PER_LINK);

        assertThatThrownBy(() -> service.start(approving(false))).isInstanceOf(TooManyRequestsException.class)
                .hasMessage(Messages.BANKID_TOO_MANY_ORDERS);
        assertThat(bankId.requests).as("no order started past the limit").hasSize(BankIdStarts.MAX_PER_LINK);
        assertThat(starts.counted(link)).isEqualTo(BankIdStarts.MAX_PER_LINK);
    }

    @Test
    void aPortalSessionOrAnOrderNotStartedThroughTheLinkIsRefused() {
        assertThatThrownBy(() -> service.start(approving(true))).isInstanceOf(NotAllowedException.class);
        assertThat(bankId.requests).isEmpty();
        assertThatThrownBy(() -> service.collect(new AttestWithBankId.CollectCommand(link, "order-1", false))).isInstanceOf(NotFoundException.class);
        service.start(approving(false));
        assertThatThrownBy(() -> service.collect(new AttestWithBankId.CollectCommand(link, "someone-elses", false))).isInstanceOf(NotFoundException.class);
    }

    private AttestWithBankId.StartCommand approving(boolean hasPortalSession) {
        return new AttestWithBankId.StartCommand(link, "192.0.2.1", new AttestationChoice.Raw(true, null),
                hasPortalSession);
    }

    private User attestant() {
        return users.get(attestations.findLink(link).orElseThrow().attestant());
    }

    private static BankId.Collected complete(String personalNumber) {
        return new BankId.Collected(BankId.Status.COMPLETE, Optional.empty(), Optional.of(
                new BankId.Completion(personalNumber, "Anna Attestant", "PFhNTD4=", "b2NzcA==")));
    }
}
