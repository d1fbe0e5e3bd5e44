package se.inera.kundportal.core.attestation;

import se.inera.kundportal.core.order.AttestationMethod;

import se.inera.kundportal.core.order.AttestingParty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.inera.kundportal.core.Fixtures.NOW;
import static se.inera.kundportal.core.Fixtures.REGION_STOCKHOLM;
import static se.inera.kundportal.core.Fixtures.SIGNATORY_PNR;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.audit.AuditRecord;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.error.TooManyRequestsException;
import se.inera.kundportal.core.error.GoneException;
import se.inera.kundportal.core.error.NotAllowedException;
import se.inera.kundportal.core.error.UnexpectedStatusException;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.order.Order;
import se.inera.kundportal.core.order.OrderStatus;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.testing.ManualClock;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.person.Personnummer;
import se.inera.kundportal.core.testing.InMemoryPorts;
import se.inera.kundportal.core.testing.RecordingOrderWorkflow;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.RoleAssignment;
import se.inera.kundportal.core.user.User;
import se.inera.kundportal.core.user.UserId;

class AttestOrderServiceTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Actor ADMIN = new Actor(Actor.Kind.CUSTOMER_USER, "admin", "Admin");

    private final InMemoryPorts.Organisations organisations = new InMemoryPorts.Organisations();
    private final InMemoryPorts.Users users = new InMemoryPorts.Users(organisations);
    private final InMemoryPorts.Orders orders = new InMemoryPorts.Orders(organisations);
    private final InMemoryPorts.Attestations attestations = new InMemoryPorts.Attestations();
    private final InMemoryPorts.Audit audit = new InMemoryPorts.Audit();
    private final InMemoryPorts.RecordingCodeSender sms = new InMemoryPorts.RecordingCodeSender();
    private final ManualClock clock = new ManualClock(NOW);
    private final RecordingOrderWorkflow workflow = new RecordingOrderWorkflow();
    private final AttestOrderService service = new AttestOrderService(attestations, orders, users, sms, audit,
            workflow, RANDOM, clock);

    private User orderer;
    private User attestant;
    private Order order;

    @BeforeEach
    void orderAwaitingAttestation() {
        organisations.register(new Organisation(Fixtures.regionStockholmDetails(), AgreementStanding.SIGNED, NOW, 0));
        orderer = users.create(Fixtures.user("olle", "Olle Beställare").withVersion(0));
        attestant = users.create(Fixtures.user("anna", "Anna Attestant").withVersion(0));
        users.assign(new RoleAssignment(REGION_STOCKHOLM, orderer.id(), Role.ORDERER, ADMIN, NOW));
        users.assign(new RoleAssignment(REGION_STOCKHOLM, attestant.id(), Role.ATTESTANT, ADMIN, NOW));
        order = orders.create(Fixtures.placedOrder(orderer.id()));
    }

    private LinkId linkFor(UserId who) {
        return attestations.createLink(AttestationLink.issued(LinkId.random(RANDOM), order.id(), REGION_STOCKHOLM, who,
                AttestingParty.CUSTOMER, NOW, order.expiresAt())).id();
    }

    private String wrong(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }

    @Test
    void attestantAttestsWithTheSmsCodeAndTheOrderBecomesAttested() {
        LinkId link = linkFor(attestant.id());
        service.requestSmsCode(link, false);
        assertThat(sms.last().to()).isEqualTo(attestant.mobile().orElseThrow());

        AttestOrder.Outcome outcome = service.attest(new AttestOrder.AttestCommand(link,
                new AttesterProof.SmsCode(sms.last().code()), false));

        assertThat(outcome.orderFullyDecided()).isTrue();
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.ATTESTED);
        assertThat(outcome.attestation().method()).isEqualTo(AttestationMethod.SMS_CODE);
        assertThat(outcome.attestation().samePersonAsOrderer()).isFalse();
        assertThat(attestations.findLink(link).orElseThrow().usedAt()).isPresent();
        assertThat(audit.actions()).containsExactly("SMS_CODE_SENT", "SMS_CODE_ACCEPTED", "ORDER_ATTESTATION_GIVEN",
                "ATTESTATION_LINK_USED");
        assertThat(audit.records()).extracting(AuditRecord::actor).containsOnly(new Actor(Actor.Kind.ATTESTANT,
                attestant.id().value(), attestant.name()));
        assertThat(audit.records()).extracting(AuditRecord::id).noneMatch(id -> id.contains(link.value()));
        assertThat(workflow.settled).containsExactly(order.id());
    }

    @Test
    void requestCarryingAPortalSessionIsRefusedWithAMessageToLogOut() {
        LinkId link = linkFor(attestant.id());
        assertThatThrownBy(() -> service.open(link, true)).isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("logga ut från Kundportalen först");
        assertThatThrownBy(() -> service.attest(new AttestOrder.AttestCommand(link,
                new AttesterProof.BankId(SIGNATORY_PNR, "Anna", "ref"), true))).isInstanceOf(NotAllowedException.class);
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.AWAITING_ATTESTATION);
    }

    @Test
    void aCodeIsNeitherSentNorAuditedForABrowserSignedInToThePortal() {
        LinkId link = linkFor(attestant.id());

        assertThatThrownBy(() -> service.requestSmsCode(link, true)).isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("logga ut från Kundportalen först");
        assertThatThrownBy(() -> service.reject(new AttestOrder.RejectCommand(link,
                new AttesterProof.BankId(SIGNATORY_PNR, "Anna", "ref"), "Fel tjänst", true)))
                .isInstanceOf(NotAllowedException.class);

        assertThat(sms.sent()).isEmpty();
        assertThat(attestations.findChallenge(link)).isEmpty();
        assertThat(audit.actions()).isEmpty();
    }

    @Test
    void usingTheSameLinkTwiceIsGone() {
        LinkId link = linkFor(attestant.id());
        AttesterProof proof = new AttesterProof.BankId(SIGNATORY_PNR, "Anna Attestant", "bankid-ref");
        service.attest(new AttestOrder.AttestCommand(link, proof, false));

        assertThatThrownBy(() -> service.attest(new AttestOrder.AttestCommand(link, proof, false)))
                .isInstanceOf(GoneException.class);
    }

    @Test
    void secondAttestantActingAfterTheFirstGetsAConflictNotASecondAttestation() {
        User other = users.create(Fixtures.user("bo", "Bo Attestant").withVersion(0));
        users.assign(new RoleAssignment(REGION_STOCKHOLM, other.id(), Role.ATTESTANT, ADMIN, NOW));
        LinkId first = linkFor(attestant.id());
        LinkId second = linkFor(other.id());
        service.attest(new AttestOrder.AttestCommand(first,
                new AttesterProof.BankId(SIGNATORY_PNR, "Anna", "ref-1"), false));

        assertThatThrownBy(() -> service.attest(new AttestOrder.AttestCommand(second,
                new AttesterProof.BankId(SIGNATORY_PNR, "Bo", "ref-2"), false)))
                .isInstanceOf(UnexpectedStatusException.class);
        assertThat(orders.get(order.id()).attestations()).hasSize(1);
    }

    @Test
    void wrongCodeTellsHowManyTriesAreLeftAndTheSixthTryIsGone() {
        LinkId link = linkFor(attestant.id());
        service.requestSmsCode(link, false);
        String bad = wrong(sms.last().code());

        assertThatThrownBy(() -> service.attest(new AttestOrder.AttestCommand(link, new AttesterProof.SmsCode(bad),
                false))).isInstanceOf(ValidationException.class).hasMessageContaining("4 försök kvar");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> service.attest(new AttestOrder.AttestCommand(link,
                    new AttesterProof.SmsCode(bad), false))).isInstanceOf(ValidationException.class);
        }
        String right = sms.last().code();
        assertThatThrownBy(() -> service.attest(new AttestOrder.AttestCommand(link, new AttesterProof.SmsCode(right),
                false))).isInstanceOf(GoneException.class);
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.AWAITING_ATTESTATION);
    }

    @Test
    void newCodeCanBeRequestedOnlyAfterAMinute() {
        LinkId link = linkFor(attestant.id());
        service.requestSmsCode(link, false);
        assertThatThrownBy(() -> service.requestSmsCode(link, false)).isInstanceOf(TooManyRequestsException.class);

        clock.advance(SmsChallenge.RESEND_INTERVAL);
        service.requestSmsCode(link, false);
        assertThat(sms.sent()).hasSize(2);
    }

    @Test
    void aLinkSendsAtMostFiveCodesAndThenPointsToBankIdOrInera() {
        LinkId link = linkFor(attestant.id());
        for (int i = 0; i < SmsChallenge.MAX_CODES_PER_LINK; i++) {
            service.requestSmsCode(link, false);
            clock.advance(SmsChallenge.RESEND_INTERVAL);
        }

        assertThatThrownBy(() -> service.requestSmsCode(link, false)).isInstanceOf(TooManyRequestsException.class)
                .hasMessageContaining("BankID").hasMessageContaining("Inera");
        assertThat(sms.sent()).hasSize(SmsChallenge.MAX_CODES_PER_LINK);
        // the last code still works
        service.attest(new AttestOrder.AttestCommand(link, new AttesterProof.SmsCode(sms.last().code()), false));
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.ATTESTED);
    }

    @Test
    void aRejectionWithoutItsReasonIsRefusedBeforeTheCodeIsSpentOrSent() {
        LinkId link = linkFor(attestant.id());
        assertThatThrownBy(() -> service.requestSmsCode(link, Optional.of(new AttestationChoice.Raw(false, " ")),
                false)).isInstanceOf(ValidationException.class);
        assertThat(sms.sent()).isEmpty();

        service.requestSmsCode(link, Optional.of(new AttestationChoice.Raw(false, "Fel tjänst")), false);
        String code = sms.last().code();
        assertThatThrownBy(() -> service.reject(new AttestOrder.RejectCommand(link, new AttesterProof.SmsCode(code),
                null, false))).isInstanceOf(ValidationException.class);

        SmsChallenge unspent = attestations.findChallenge(link).orElseThrow();
        assertThat(unspent.used()).isFalse();
        assertThat(unspent.failedAttempts()).isZero();
        service.reject(new AttestOrder.RejectCommand(link, new AttesterProof.SmsCode(code), "Fel tjänst", false));
        assertThat(orders.get(order.id()).rejectionReason()).contains("Fel tjänst");
    }

    @Test
    void bankIdOfAnotherPersonIsNotAllowed() {
        LinkId link = linkFor(attestant.id());
        Personnummer someoneElse = Personnummer.parse("19121272-1219");
        assertThatThrownBy(() -> service.attest(new AttestOrder.AttestCommand(link,
                new AttesterProof.BankId(someoneElse, "Någon", "ref"), false))).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void ordererWhoIsAlsoAttestantMayAttestAndItIsRecorded() {
        users.assign(new RoleAssignment(REGION_STOCKHOLM, orderer.id(), Role.ATTESTANT, ADMIN, NOW));
        LinkId link = linkFor(orderer.id());
        assertThat(service.open(link, false).samePersonAsOrderer()).isTrue();

        AttestOrder.Outcome outcome = service.attest(new AttestOrder.AttestCommand(link,
                new AttesterProof.BankId(SIGNATORY_PNR, "Olle", "ref"), false));

        assertThat(outcome.attestation().samePersonAsOrderer()).isTrue();
    }

    @Test
    void attestantWhoLostTheRoleMayNotAttest() {
        LinkId link = linkFor(attestant.id());
        users.revoke(REGION_STOCKHOLM, attestant.id(), Role.ATTESTANT);
        assertThatThrownBy(() -> service.attest(new AttestOrder.AttestCommand(link,
                new AttesterProof.BankId(SIGNATORY_PNR, "Anna", "ref"), false))).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void rejectionNeedsAReasonAndEndsTheOrder() {
        LinkId link = linkFor(attestant.id());
        AttesterProof proof = new AttesterProof.BankId(SIGNATORY_PNR, "Anna", "ref");
        assertThatThrownBy(() -> service.reject(new AttestOrder.RejectCommand(link, proof, " ", false)))
                .isInstanceOf(ValidationException.class);

        AttestOrder.Outcome outcome = service.reject(new AttestOrder.RejectCommand(link, proof, "Fel enhet", false));

        assertThat(outcome.order().status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(outcome.order().rejectionReason()).contains("Fel enhet");
        assertThat(audit.actions()).containsExactly("ORDER_REJECTED", "ATTESTATION_LINK_USED");
    }

    @Test
    void expiredLinkIsGone() {
        LinkId link = linkFor(attestant.id());
        clock.advance(Duration.ofDays(15));
        assertThatThrownBy(() -> service.open(link, false)).isInstanceOf(GoneException.class);
    }

}
