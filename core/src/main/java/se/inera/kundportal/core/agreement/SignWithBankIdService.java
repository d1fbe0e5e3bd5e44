package se.inera.kundportal.core.agreement;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.application.CustomerApplicationRepository;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.error.GoneException;
import se.inera.kundportal.core.error.TooManyRequestsException;
import se.inera.kundportal.core.error.NotAllowedException;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.message.Messages;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.OrganisationRepository;
import se.inera.kundportal.core.person.Personnummer;

/**
 * Signing an agreement with BankID through its link, whole: which link still works and why not (404 /
 * 410), who may sign (the signatory's personnummer, enforced by BankID and checked again here), the BankID
 * order from start (at most {@link BankIdStarts#MAX_PER_LINK} per link) through collect to the recorded signature ({@link SignAgreement}'s conditional write),
 * and telling the waiting workflow. BankID's completion data is kept in the link's session before the
 * signature is recorded, so a failure in between loses no evidence and the next call finishes it.
 */
public final class SignWithBankIdService implements SignWithBankId {
    private static final System.Logger LOG = System.getLogger(SignWithBankIdService.class.getName());

    private final SignAgreement signAgreement;
    private final AgreementRepository agreements;
    private final OrganisationRepository organisations;
    private final CustomerApplicationRepository applications;
    private final SigningSessions sessions;
    private final AgreementText.Library texts;
    private final BankId bankId;
    private final SignatureListener signed;
    private final BankIdStarts starts;
    private final Clock clock;

    public SignWithBankIdService(SignAgreement signAgreement, AgreementRepository agreements,
                                 OrganisationRepository organisations, CustomerApplicationRepository applications,
                                 SigningSessions sessions, AgreementText.Library texts, BankId bankId,
                                 SignatureListener signed, BankIdStarts starts, Clock clock) {
        this.signAgreement = Objects.requireNonNull(signAgreement);
        this.agreements = Objects.requireNonNull(agreements);
        this.organisations = Objects.requireNonNull(organisations);
        this.applications = Objects.requireNonNull(applications);
        this.sessions = Objects.requireNonNull(sessions);
        this.texts = Objects.requireNonNull(texts);
        this.bankId = Objects.requireNonNull(bankId);
        this.signed = Objects.requireNonNull(signed);
        this.starts = Objects.requireNonNull(starts);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public SigningPage open(LinkId link) {
        Agreement agreement = pendingAgreement(link);
        Optional<CustomerApplication> application = applicationOf(agreement);
        String organisationName = organisations.findByNumber(agreement.organisation()).map(Organisation::name)
                .or(() -> application.map(a -> a.organisation().name()))
                .orElse(agreement.organisation().value());
        String signatoryName = application.map(a -> a.contacts().signatory().contact().name()).orElse("");
        return new SigningPage(agreement, texts.forVersion(agreement.documentVersion()), organisationName,
                signatoryName, application);
    }

    @Override
    public Started start(LinkId link, String endUserIp) {
        Agreement agreement = pendingAgreement(link);
        AgreementText text = texts.forVersion(agreement.documentVersion());
        if (!text.hash().equals(agreement.documentHash())) {
            throw new IllegalStateException("agreement " + agreement.id() + " records another hash than the text "
                    + "of version " + agreement.documentVersion());
        }
        Personnummer signatory = agreement.expectedSignatory().orElseThrow(() -> new IllegalStateException(
                "agreement " + agreement.id() + " waits for a signature but names no signatory"));
        String organisationName = organisations.findByNumber(agreement.organisation()).map(Organisation::name)
                .orElse(agreement.organisation().value());

        Optional<SigningSession> previous = sessions.find(link);
        if (previous.flatMap(SigningSession::completion).isPresent()) {
            // signed at BankID, but recording it failed: record it now rather than sign again
            complete(link, agreement, previous.get());
            throw new GoneException(Messages.ALREADY_SIGNED);
        }
        if (!starts.tryCount(link, agreement.expiresAt().plus(SigningSessions.GRACE))) {
            throw new TooManyRequestsException(Messages.BANKID_TOO_MANY_ORDERS);
        }
        // A second start (a reload, another device) replaces the first order, which BankID would
        // otherwise answer with alreadyInProgress, cancelling both.
        previous.ifPresent(earlier -> BankIdCalls.cancelQuietly(bankId, earlier.orderRef()));
        BankId.Order order = BankIdCalls.refusedAsConflict(() -> bankId.sign(new BankId.SignRequest(endUserIp, signatory,
                visibleText(text, organisationName, agreement.organisation().value()), text.digest())));
        Instant now = clock.instant();
        sessions.save(SigningSession.started(link, agreement.id(), order.orderRef(), order.qrStartToken(),
                order.qrStartSecret(), text.hash(), now, agreement.expiresAt()));
        return new Started(order.orderRef(), order.autoStartToken(),
                bankId.qrCode(order.qrStartToken(), order.qrStartSecret(), now, now), now);
    }

    @Override
    public Progress collect(LinkId link) {
        Optional<SigningSession> started = sessions.find(link);
        if (started.isEmpty()) {
            pendingAgreement(link); // 404 or 410 when the link itself no longer works
            throw NotFoundException.of("SigningSession", "(hidden)", Messages.NOTHING_STARTED);
        }
        SigningSession session = started.get();
        Agreement agreement = agreements.findById(session.agreement()).orElseThrow(() ->
                NotFoundException.of("Agreement", "(hidden)", Messages.UNKNOWN_SIGNING_LINK));
        requireSignable(agreement, link);
        if (session.completion().isPresent()) {
            // BankID completed earlier but recording the signature failed: finish from the kept data
            return complete(link, agreement, session);
        }

        BankId.Collected result = BankIdCalls.refusedAsConflict(() -> bankId.collect(session.orderRef()));
        Instant now = clock.instant();
        return switch (result.status()) {
            case PENDING -> new Progress(BankId.Status.PENDING, result.hintCode(),
                    Messages.bankIdPending(result.hintCode().orElse(null)),
                    Optional.of(bankId.qrCode(session.qrStartToken(), session.qrStartSecret(), session.startedAt(),
                            now)), Optional.empty());
            case FAILED -> new Progress(BankId.Status.FAILED, result.hintCode(),
                    Messages.bankIdFailed(result.hintCode().orElse(null)), Optional.empty(), Optional.empty());
            case COMPLETE -> {
                BankId.Completion data = result.completion().orElseThrow();
                SigningSession completed = session.completed(new SigningSession.Completion(data.personalNumber(),
                        data.name(), data.signature(), data.ocspResponse(), now));
                sessions.save(completed);
                yield complete(link, agreement, completed);
            }
        };
    }

    private Progress complete(LinkId link, Agreement agreement, SigningSession session) {
        SigningSession.Completion completion = session.completion().orElseThrow();
        Personnummer signer = new Personnummer(completion.personalNumber());
        if (!agreement.isExpectedSignatory(signer)) {
            // BankID enforced the signatory's personnummer, so this means a bug or a forged answer
            LOG.log(Level.ERROR, "BankID order " + session.orderRef() + " for agreement " + agreement.id()
                    + " was completed by another person than the signatory");
            throw new NotAllowedException(Messages.WRONG_SIGNATORY);
        }
        BankIdSignature signature = new BankIdSignature(signer, completion.name(), completion.completedAt(),
                session.orderRef(), completion.signature(), completion.ocspResponse(), session.documentHash());
        Agreement recorded;
        try {
            recorded = signAgreement.sign(new SignAgreement.SignCommand(link, signature));
        } catch (NotFoundException linkGoneMeanwhile) {
            // a concurrent collect recorded the signature first
            throw goneFor(agreements.get(agreement.id()));
        }
        tellWorkflow(recorded);
        return new Progress(BankId.Status.COMPLETE, Optional.empty(), Messages.AGREEMENT_SIGNED, Optional.empty(),
                Optional.of(completion.completedAt()));
    }

    /** The signature is stored whatever happens here; the signature wait finds it by itself. */
    private void tellWorkflow(Agreement recorded) {
        try {
            signed.agreementSigned(recorded.id());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Agreement " + recorded.id() + " is signed but its workflow could not be woken "
                    + "now; it continues when the signature wait next looks", e);
        }
    }

    /** The agreement waiting for a signature through this link, or the 404/410 that explains why not. */
    private Agreement pendingAgreement(LinkId link) {
        Agreement agreement;
        try {
            agreement = signAgreement.open(link);
        } catch (NotFoundException notCurrent) {
            throw agreementForUnusedLink(link);
        }
        requireSignable(agreement, link);
        return agreement;
    }

    private void requireSignable(Agreement agreement, LinkId link) {
        if (agreement.status() != AgreementStatus.PENDING_SIGNATURE
                || !agreement.signingLink().equals(Optional.of(link)) || agreement.isExpired(clock)) {
            throw goneFor(agreement);
        }
    }

    /**
     * Why a link no longer finds a pending agreement: 410 if it was ever issued (remembered until a grace
     * period after its expiry) or used to start BankID, 404 if it is unknown.
     */
    private RuntimeException agreementForUnusedLink(LinkId link) {
        return sessions.agreementOfLink(link)
                .or(() -> sessions.find(link).map(SigningSession::agreement))
                .flatMap(agreements::findById)
                .<RuntimeException>map(this::goneFor)
                .orElseGet(() -> NotFoundException.of("SigningLink", "(hidden)", Messages.UNKNOWN_SIGNING_LINK));
    }

    private GoneException goneFor(Agreement agreement) {
        if (agreement.isSigned()) {
            return new GoneException(Messages.ALREADY_SIGNED);
        }
        if (agreement.status() == AgreementStatus.FAILED) {
            return new GoneException(Messages.SIGNING_STOPPED);
        }
        if (agreement.status() == AgreementStatus.EXPIRED || agreement.isExpired(clock)) {
            return new GoneException(Messages.SIGNING_LINK_EXPIRED);
        }
        return new GoneException(Messages.SIGNING_LINK_REPLACED);
    }

    private Optional<CustomerApplication> applicationOf(Agreement agreement) {
        return applications.findByOrganisation(agreement.organisation()).stream()
                .filter(a -> a.status() != ApplicationStatus.REJECTED && a.status() != ApplicationStatus.FAILED)
                .findFirst();
    }

    /** What the BankID app shows the signatory, in simpleMarkdownV1. */
    static String visibleText(AgreementText text, String organisationName, String organisationsnummer) {
        return Messages.bankIdSigningText(markdownText(text.title()), markdownText(text.version()),
                markdownText(organisationName), organisationsnummer);
    }

    /** Escapes simpleMarkdownV1's markup characters so names are shown as written. */
    public static String markdownText(String text) {
        return text.replaceAll("([\\\\*+#|-])", "\\\\$1").replaceAll("[\\r\\n]+", " ");
    }
}
