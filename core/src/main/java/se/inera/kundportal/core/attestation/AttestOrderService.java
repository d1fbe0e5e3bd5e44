package se.inera.kundportal.core.attestation;

import se.inera.kundportal.core.message.OrderMessages;

import se.inera.kundportal.core.order.Attestation;
import se.inera.kundportal.core.order.AttestationDecision;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.audit.AuditLog;
import se.inera.kundportal.core.audit.AuditRecord;
import se.inera.kundportal.core.audit.AuditSubject;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.error.StaleVersionException;
import se.inera.kundportal.core.error.TooManyRequestsException;
import se.inera.kundportal.core.error.NotAllowedException;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.order.Order;
import se.inera.kundportal.core.order.OrderRepository;
import se.inera.kundportal.core.order.OrderStatus;
import se.inera.kundportal.core.order.OrderWorkflowEvents;
import se.inera.kundportal.core.person.MobileNumber;
import se.inera.kundportal.core.user.User;
import se.inera.kundportal.core.user.UserRepository;

/**
 * Attestation through an e-mailed link. The order's status is written with a conditional
 * transition ({@code AWAITING_ATTESTATION → …}) before anything else happens, so the workflow is
 * resumed at most once per decision.
 */
public final class AttestOrderService implements AttestOrder {
    /** A rejection's reason is told to the orderer by mail. */
    public static final int MAX_REASON = AttestationChoice.MAX_REASON;
    private static final System.Logger LOG = System.getLogger(AttestOrderService.class.getName());

    private final AttestationRepository attestations;
    private final OrderRepository orders;
    private final UserRepository users;
    private final OneTimeCodeSender codeSender;
    private final AuditLog audit;
    private final OrderWorkflowEvents workflow;
    private final SecureRandom random;
    private final Clock clock;

    public AttestOrderService(AttestationRepository attestations, OrderRepository orders, UserRepository users,
                              OneTimeCodeSender codeSender, AuditLog audit, OrderWorkflowEvents workflow,
                              SecureRandom random, Clock clock) {
        this.attestations = Objects.requireNonNull(attestations);
        this.orders = Objects.requireNonNull(orders);
        this.users = Objects.requireNonNull(users);
        this.codeSender = Objects.requireNonNull(codeSender);
        this.audit = Objects.requireNonNull(audit);
        this.workflow = Objects.requireNonNull(workflow);
        this.random = Objects.requireNonNull(random);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public AttestationView open(LinkId linkId, boolean hasPortalSession) {
        AttestationRules.refusePortalSession(hasPortalSession);
        AttestationLink link = attestations.usableLink(linkId, clock);
        Order order = orders.get(link.order());
        User attestant = users.get(link.attestant());
        return new AttestationView(order, attestant.name(), AttestationRules.availableMethods(attestant),
                order.orderedBy().equals(attestant.id()));
    }

    @Override
    public void requestSmsCode(LinkId linkId, Optional<AttestationChoice.Raw> intended, boolean hasPortalSession) {
        AttestationRules.refusePortalSession(hasPortalSession);
        // a decision sent with the request is checked before a code is spent on it
        intended.ifPresent(AttestationChoice.Raw::validated);
        AttestationLink link = attestations.usableLink(linkId, clock);
        User attestant = users.get(link.attestant());
        MobileNumber mobile = attestant.mobile().orElseThrow(() -> new NotAllowedException(
                OrderMessages.SMS_NO_MOBILE));
        Optional<SmsChallenge> previous = attestations.findChallenge(link.id());
        Order order = orders.get(link.order());
        // the resend interval and the link's cap on codes (429), then one conditional write on the SMS item
        SmsChallenge.Issued issued = SmsChallenge.issue(link.id(), order.id(), attestant.id(), previous,
                link.expiresAt(), random, clock);
        SmsChallenge sent;
        try {
            sent = attestations.replaceChallenge(issued.challenge());
        } catch (StaleVersionException anotherSend) {
            // two requests at once: the other one sent the code
            throw new TooManyRequestsException(OrderMessages.SMS_RESEND_TOO_SOON);
        }
        audit.append(challengeRecord(sent, attestant, order, sent.sentAt(), "SMS_CODE_SENT"));
        codeSender.send(mobile, issued.code(), order.id(), order.offering().value());
    }

    @Override
    public Outcome attest(AttestCommand command) {
        return decide(command.link(), command.proof(), command.hasPortalSession(), Optional.empty());
    }

    @Override
    public Outcome reject(RejectCommand command) {
        // before the proof is checked: a missing reason must not spend the code
        AttestationChoice choice = AttestationChoice.of(false, command.reason());
        return decide(command.link(), command.proof(), command.hasPortalSession(), choice.reason());
    }

    private Outcome decide(LinkId linkId, AttesterProof proof, boolean hasPortalSession,
                           Optional<String> rejectionReason) {
        AttestationRules.refusePortalSession(hasPortalSession);
        AttestationLink link = attestations.usableLink(linkId, clock);
        Order order = orders.get(link.order());
        User attestant = users.get(link.attestant());
        AttestationRules.requireAttestant(users.rolesOf(order.organisation()), attestant);
        String evidence = verify(proof, link, attestant, order);

        Attestation attestation = new Attestation(link.party(), attestant.id(), attestant.name(), proof.method(),
                rejectionReason.isPresent() ? AttestationDecision.REJECTED : AttestationDecision.APPROVED,
                clock.instant(), order.orderedBy().equals(attestant.id()), evidence);
        Order changed = rejectionReason.isPresent()
                ? order.reject(attestation, rejectionReason.get(), clock)
                : order.attest(attestation, clock);
        Order stored = orders.transition(changed, OrderStatus.AWAITING_ATTESTATION);
        audit.append(AuditRecord.of(clock.instant(), actor(attestant), orderSubject(order), stored.version(),
                order.organisation(), rejectionReason.isPresent() ? "ORDER_REJECTED" : "ORDER_ATTESTATION_GIVEN",
                Map.of("method", proof.method().name(), "party", link.party().name(),
                        "samePersonAsOrderer", Boolean.toString(attestation.samePersonAsOrderer()),
                        "from", order.status().name(), "to", stored.status().name())));
        AttestationLink used = attestations.updateLink(link.markUsed(clock));
        // the link's id is a bearer secret: the change is named by its attestant, creation and version
        audit.append(AuditRecord.ofChange(used.usedAt().orElseThrow(), actor(attestant), orderSubject(order),
                "link:" + used.attestant().value() + ":" + used.createdAt().toEpochMilli() + ":v" + used.version(),
                order.organisation(), "ATTESTATION_LINK_USED", Map.of("party", used.party().name())));
        boolean settled = stored.status() != OrderStatus.AWAITING_ATTESTATION;
        if (settled) {
            wake(stored);
        }
        return new Outcome(stored, attestation, settled);
    }

    /** The decision is stored: a failure to wake is not the attestant's error, the workflow's next park sees it. */
    private void wake(Order settled) {
        try {
            workflow.attestationSettled(settled.id());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not wake the workflow of order " + settled.id(), e);
        }
    }

    /** Checks the proof and returns the evidence reference to keep. */
    private String verify(AttesterProof proof, AttestationLink link, User attestant, Order order) {
        if (proof instanceof AttesterProof.BankId bankId) {
            AttestationRules.requireProofBelongsTo(bankId, attestant);
            return bankId.orderRef();
        }
        AttesterProof.SmsCode sms = (AttesterProof.SmsCode) proof;
        SmsChallenge challenge = attestations.findChallenge(link.id()).orElseThrow(() ->
                NotFoundException.of("SmsChallenge", link.id(), OrderMessages.SMS_NO_CODE_SENT));
        SmsChallenge.Verification verification = challenge.verify(sms.code(), clock);
        SmsChallenge counted = attestations.updateChallenge(verification.challenge());
        audit.append(challengeRecord(counted, attestant, order, clock.instant(),
                verification.accepted() ? "SMS_CODE_ACCEPTED" : "SMS_CODE_REJECTED"));
        if (!verification.accepted()) {
            throw ValidationException.of("code", counted.attemptsLeft() > 0
                    ? OrderMessages.smsWrongCode(counted.attemptsLeft())
                    : OrderMessages.SMS_WRONG_CODE_NO_TRIES_LEFT);
        }
        // never the link id: it is a bearer secret and the audit trail is widely readable
        return "sms:" + attestant.mobile().map(MobileNumber::masked).orElse("?") + "@" + counted.sentAt();
    }

    /** A code is told apart by its attestant and when it was sent, an attempt on it by its version. */
    private static AuditRecord challengeRecord(SmsChallenge challenge, User attestant, Order order, Instant at,
                                               String action) {
        return AuditRecord.ofChange(at, actor(attestant), orderSubject(order),
                "sms:" + attestant.id().value() + ":" + challenge.sentAt().toEpochMilli() + ":v" + challenge.version(),
                order.organisation(), action, Map.of("failedAttempts", Integer.toString(challenge.failedAttempts())));
    }

    private static Actor actor(User attestant) {
        return new Actor(Actor.Kind.ATTESTANT, attestant.id().value(), attestant.name());
    }

    private static AuditSubject orderSubject(Order order) {
        return AuditSubject.of(AuditSubject.Type.ORDER, order.id());
    }
}
