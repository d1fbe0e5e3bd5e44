package se.inera.kundportal.core.attestation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.agreement.BankId;
import se.inera.kundportal.core.agreement.BankIdCalls;
import se.inera.kundportal.core.agreement.BankIdStarts;
import se.inera.kundportal.core.agreement.SignWithBankId;
import se.inera.kundportal.core.agreement.SignWithBankIdService;
import se.inera.kundportal.core.catalogue.CatalogueRepository;
import se.inera.kundportal.core.catalogue.Offering;
import se.inera.kundportal.core.catalogue.Service;
import se.inera.kundportal.core.agreement.SigningSessions;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.error.TooManyRequestsException;
import se.inera.kundportal.core.error.NotAllowedException;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.message.Messages;
import se.inera.kundportal.core.message.OrderMessages;
import se.inera.kundportal.core.order.Order;
import se.inera.kundportal.core.order.OrderRepository;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.OrganisationRepository;
import se.inera.kundportal.core.person.Personnummer;
import se.inera.kundportal.core.user.User;
import se.inera.kundportal.core.user.UserRepository;

import static se.inera.kundportal.core.agreement.SignWithBankIdService.markdownText;

/**
 * Attesting through the link with BankID: the sign order is started for the attestant's personnummer (at most
 * {@link BankIdStarts#MAX_PER_LINK} orders per link) and kept with the link; when it completes, BankID's completion data is kept first and the proof is then handed
 * to {@link AttestOrder}, whose conditional write moves the order exactly once and wakes the workflow.
 */
public final class AttestWithBankIdService implements AttestWithBankId {
    /**
     * Care units are named in BankID when they are few and short; otherwise only counted. With these bounds and the
     * reason's {@link AttestationChoice#MAX_REASON} the text stays a few kilobytes, far below BankID's limit of
     * 40,000 characters of base64 of UTF-8 for {@code userVisibleData}.
     */
    static final int MAX_LISTED_CARE_UNITS = 10;
    static final int MAX_LISTED_CARE_UNITS_CHARS = 1500;

    private final AttestOrder decide;
    private final AttestationRepository attestations;
    private final OrderRepository orders;
    private final UserRepository users;
    private final OrganisationRepository organisations;
    private final CatalogueRepository catalogue;
    private final BankId bankId;
    private final BankIdStarts starts;
    private final Clock clock;

    public AttestWithBankIdService(AttestOrder decide, AttestationRepository attestations, OrderRepository orders,
                                   UserRepository users, OrganisationRepository organisations,
                                   CatalogueRepository catalogue, BankId bankId, BankIdStarts starts, Clock clock) {
        this.decide = Objects.requireNonNull(decide);
        this.attestations = Objects.requireNonNull(attestations);
        this.orders = Objects.requireNonNull(orders);
        this.users = Objects.requireNonNull(users);
        this.organisations = Objects.requireNonNull(organisations);
        this.catalogue = Objects.requireNonNull(catalogue);
        this.bankId = Objects.requireNonNull(bankId);
        this.starts = Objects.requireNonNull(starts);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public SignWithBankId.Started start(StartCommand command) {
        AttestationRules.refusePortalSession(command.hasPortalSession());
        // before anyone signs: a rejection without its reason is refused now, not after the signature
        AttestationChoice choice = command.choice().validated();
        LinkId linkId = command.link();
        AttestationLink link = attestations.usableLink(linkId, clock);
        User attestant = users.get(link.attestant());
        Personnummer personnummer = attestant.personnummer().orElseThrow(() ->
                new NotAllowedException(OrderMessages.ATTESTATION_BANKID_NO_PERSONNUMMER));
        Order order = orders.get(link.order());
        String text = visibleText(order, choice);
        if (!starts.tryCount(linkId, link.expiresAt().plus(SigningSessions.GRACE))) {
            throw new TooManyRequestsException(Messages.BANKID_TOO_MANY_ORDERS);
        }
        // a second start (reload, another device) replaces the first order, which BankID would cancel both for
        attestations.findBankIdOrder(linkId).ifPresent(earlier -> BankIdCalls.cancelQuietly(bankId, earlier.orderRef()));
        BankId.Order started = BankIdCalls.refusedAsConflict(() -> bankId.sign(
                new BankId.SignRequest(command.endUserIp(), personnummer, text, sha256(text))));
        Instant now = clock.instant();
        attestations.saveBankIdOrder(new BankIdAttestationOrder(linkId, started.orderRef(), started.qrStartToken(),
                started.qrStartSecret(), now, choice, Optional.empty()));
        return new SignWithBankId.Started(started.orderRef(), started.autoStartToken(),
                bankId.qrCode(started.qrStartToken(), started.qrStartSecret(), now, now), now);
    }

    @Override
    public Progress collect(CollectCommand command) {
        AttestationRules.refusePortalSession(command.hasPortalSession());
        attestations.usableLink(command.link(), clock);
        BankIdAttestationOrder kept = attestations.findBankIdOrder(command.link())
                .filter(o -> o.orderRef().equals(command.orderRef()))
                .orElseThrow(() -> NotFoundException.of("BankIdAttestationOrder", "(hidden)",
                        OrderMessages.ATTESTATION_BANKID_NOTHING_STARTED));
        if (kept.completion().isPresent()) {
            // BankID completed earlier but recording the decision failed: finish from the kept data
            return decided(command, kept);
        }
        BankId.Collected result = BankIdCalls.refusedAsConflict(() -> bankId.collect(kept.orderRef()));
        return switch (result.status()) {
            case PENDING -> new Progress(BankId.Status.PENDING, result.hintCode(),
                    Messages.bankIdPending(result.hintCode().orElse(null)),
                    Optional.of(bankId.qrCode(kept.qrStartToken(), kept.qrStartSecret(), kept.startedAt(),
                            clock.instant())), Optional.empty());
            case FAILED -> new Progress(BankId.Status.FAILED, result.hintCode(),
                    Messages.bankIdFailed(result.hintCode().orElse(null)), Optional.empty(), Optional.empty());
            case COMPLETE -> {
                BankIdAttestationOrder completed = kept.completed(result.completion().orElseThrow());
                attestations.saveBankIdOrder(completed);
                yield decided(command, completed);
            }
        };
    }

    private Progress decided(CollectCommand command, BankIdAttestationOrder completed) {
        BankId.Completion data = completed.completion().orElseThrow();
        AttesterProof proof = new AttesterProof.BankId(new Personnummer(data.personalNumber()), data.name(),
                completed.orderRef());
        // exactly what was signed: the choice kept with the BankID order, never one sent with the collect
        AttestationChoice signed = completed.choice();
        AttestOrder.Outcome outcome = signed.approves()
                ? decide.attest(new AttestOrder.AttestCommand(command.link(), proof, command.hasPortalSession()))
                : decide.reject(new AttestOrder.RejectCommand(command.link(), proof, signed.reason().orElseThrow(),
                        command.hasPortalSession()));
        return new Progress(BankId.Status.COMPLETE, Optional.empty(),
                signed.approves() ? OrderMessages.ATTESTATION_APPROVED : OrderMessages.ATTESTATION_REJECTED,
                Optional.empty(), Optional.of(outcome));
    }

    /** The order as the attestant reads it, with names from the catalogue, and the decision being signed. */
    String visibleText(Order order, AttestationChoice choice) {
        String organisationName = organisations.findByNumber(order.organisation()).map(Organisation::name)
                .orElse(order.organisation().value());
        Optional<Service> service = catalogue.findService(order.service());
        String serviceName = service.map(Service::name).orElse(order.service().value());
        String offeringName = service.flatMap(s -> s.offering(order.offering())).map(Offering::name)
                .orElse(order.offering().value());
        List<String> units = order.careUnits().stream()
                .map(unit -> markdownText(unit.name()) + " (" + markdownText(unit.hsaId().value()) + ")").toList();
        boolean listed = units.size() <= MAX_LISTED_CARE_UNITS
                && units.stream().mapToInt(String::length).sum() <= MAX_LISTED_CARE_UNITS_CHARS;
        return OrderMessages.bankIdAttestationText(markdownText(organisationName), order.organisation().value(),
                markdownText(serviceName), markdownText(offeringName), units.size(), listed ? units : List.of(),
                order.startupTotal().toSwedishString(), order.recurringTotal().toSwedishString(),
                choice.reason().map(SignWithBankIdService::markdownText).orElse(null));
    }

    /** Binds the shown text into the signature (userNonVisibleData is BankID's document digest). */
    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
