package se.inera.kundportal.functions.signing;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.agreement.Agreement;
import se.inera.kundportal.core.agreement.AgreementRepository;
import se.inera.kundportal.core.agreement.AgreementStatus;
import se.inera.kundportal.core.agreement.BankIdSignature;
import se.inera.kundportal.core.agreement.SignAgreement;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.application.CustomerApplicationRepository;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.error.ConflictException;
import se.inera.kundportal.core.error.GoneException;
import se.inera.kundportal.core.error.NotAllowedException;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.OrganisationRepository;
import se.inera.kundportal.core.person.Personnummer;
import se.inera.kundportal.core.workflow.WorkflowResumer;
import se.inera.kundportal.functions.bankid.AnimatedQrCode;
import se.inera.kundportal.functions.bankid.BankIdClient;
import se.inera.kundportal.functions.bankid.BankIdException;
import se.inera.kundportal.functions.bankid.CollectResult;
import se.inera.kundportal.functions.bankid.OrderStart;
import se.inera.kundportal.functions.bankid.SignOrder;
import se.inera.kundportal.functions.bankid.UserMessages;
import se.inera.kundportal.functions.http.ServiceUnavailableException;
import se.inera.kundportal.functions.signing.SigningViews.ApplicationSummary;
import se.inera.kundportal.functions.signing.SigningViews.BankIdStarted;
import se.inera.kundportal.functions.signing.SigningViews.CollectStatus;
import se.inera.kundportal.functions.signing.SigningViews.Document;
import se.inera.kundportal.functions.signing.SigningViews.Person;
import se.inera.kundportal.functions.signing.SigningViews.SigningPage;

/**
 * The signatory's side of step 3, behind the e-mailed signing link: show the agreement, start a
 * BankID signature bound to the signatory and the agreement text, collect it, and on completion
 * record it through core's {@link SignAgreement} (the conditional {@code PENDING_SIGNATURE → SIGNED}
 * write) before waking the onboarding workflow.
 *
 * <p>A link that no longer finds its agreement (signed, expired, replaced) answers 410 with a message
 * saying why, whether or not a BankID order was started from it (the issued link is remembered, see
 * {@link SigningSessions}); an unknown link answers 404. A link never shows another person's data.
 */
public final class AgreementSigning {
    private static final System.Logger LOG = System.getLogger(AgreementSigning.class.getName());
    static final String ALREADY_SIGNED = "Avtalet är redan signerat. Du behöver inte göra något mer.";
    static final String EXPIRED = "Länken för att signera avtalet har gått ut. Kontakta Ineras kundservice för "
            + "att få en ny.";
    static final String REPLACED = "Länken gäller inte längre. Använd länken i det senaste e-postmeddelandet "
            + "från Kundportalen.";
    static final String UNKNOWN_LINK = "Länken är inte giltig. Kontrollera att hela adressen från "
            + "e-postmeddelandet kom med.";
    static final String NOTHING_STARTED = "Ingen signering med BankID har startats från länken. Starta "
            + "signeringen först.";
    static final String BANKID_UNAVAILABLE = "BankID kan inte nås just nu. Försök igen om en stund.";

    private final SignAgreement signAgreement;
    private final AgreementRepository agreements;
    private final OrganisationRepository organisations;
    private final CustomerApplicationRepository applications;
    private final SigningSessions sessions;
    private final BankIdClient bankId;
    private final WorkflowResumer workflow;
    private final Clock clock;

    public AgreementSigning(SignAgreement signAgreement, AgreementRepository agreements,
                            OrganisationRepository organisations, CustomerApplicationRepository applications,
                            SigningSessions sessions, BankIdClient bankId, WorkflowResumer workflow, Clock clock) {
        this.signAgreement = Objects.requireNonNull(signAgreement);
        this.agreements = Objects.requireNonNull(agreements);
        this.organisations = Objects.requireNonNull(organisations);
        this.applications = Objects.requireNonNull(applications);
        this.sessions = Objects.requireNonNull(sessions);
        this.bankId = Objects.requireNonNull(bankId);
        this.workflow = Objects.requireNonNull(workflow);
        this.clock = Objects.requireNonNull(clock);
    }

    /** What the signing page shows. Reads only: mail scanners open links too. */
    public SigningPage open(LinkId link) {
        Agreement agreement = pendingAgreement(link);
        AgreementDocument document = AgreementDocument.forVersion(agreement.documentVersion());
        Optional<CustomerApplication> application = applicationOf(agreement);
        String organisationName = organisations.findByNumber(agreement.organisation()).map(Organisation::name)
                .or(() -> application.map(a -> a.organisation().name()))
                .orElse(agreement.organisation().value());
        String signatoryName = application.map(a -> a.contacts().signatory().contact().name()).orElse("");
        return new SigningPage(agreement.status().name(), agreement.expiresAt(),
                new Document(document.title(), document.version(), document.text(), document.hash()),
                new SigningViews.Organisation(organisationName, agreement.organisation().value()),
                new SigningViews.Signatory(signatoryName,
                        agreement.expectedSignatory().map(Personnummer::masked).orElse("")),
                application.map(AgreementSigning::summary).orElse(null));
    }

    /** Starts a BankID signature that only the signatory named in the application can complete. */
    public BankIdStarted startBankId(LinkId link, String endUserIp) {
        Agreement agreement = pendingAgreement(link);
        AgreementDocument document = AgreementDocument.forVersion(agreement.documentVersion());
        if (!document.hash().equals(agreement.documentHash())) {
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
            throw new GoneException(ALREADY_SIGNED);
        }
        // A second start (a reload, another device) replaces the first order, which BankID would
        // otherwise answer with alreadyInProgress, cancelling both.
        previous.ifPresent(earlier -> cancelQuietly(earlier.orderRef()));
        OrderStart order = bankIdCall(() -> bankId.sign(new SignOrder(endUserIp, signatory.value(),
                userVisibleText(document, organisationName, agreement.organisation().value()), document.sha256())));
        Instant now = clock.instant();
        sessions.save(SigningSession.started(link, agreement.id(), order.orderRef(), order.qrStartToken(),
                order.qrStartSecret(), document.hash(), now, agreement.expiresAt()));
        return new BankIdStarted(order.orderRef(), order.autoStartToken(),
                AnimatedQrCode.at(order.qrStartToken(), order.qrStartSecret(), now, now), now);
    }

    /**
     * Asks BankID how the order is going. On completion: checks the signer, records the signature
     * (conditional write first), then resumes the workflow.
     */
    public CollectStatus collect(LinkId link) {
        Optional<SigningSession> started = sessions.find(link);
        if (started.isEmpty()) {
            pendingAgreement(link); // 404 or 410 when the link itself no longer works
            throw NotFoundException.of("SigningSession", "(hidden)", NOTHING_STARTED);
        }
        SigningSession session = started.get();
        Agreement agreement = agreements.findById(session.agreement()).orElseThrow(() ->
                NotFoundException.of("Agreement", "(hidden)", UNKNOWN_LINK));
        requireSignable(agreement, link);
        if (session.completion().isPresent()) {
            // BankID completed earlier but recording the signature failed: finish from the kept data
            return complete(link, agreement, session);
        }

        CollectResult result = bankIdCall(() -> bankId.collect(session.orderRef()));
        Instant now = clock.instant();
        return switch (result.status()) {
            case PENDING -> new CollectStatus("pending", result.hintCode().orElse(null),
                    UserMessages.forResult(result.status(), result.hintCode()),
                    AnimatedQrCode.at(session.qrStartToken(), session.qrStartSecret(), session.startedAt(), now),
                    null);
            case FAILED -> new CollectStatus("failed", result.hintCode().orElse(null),
                    UserMessages.forResult(result.status(), result.hintCode()), null, null);
            case COMPLETE -> {
                CollectResult.Completion data = result.completion().orElseThrow();
                SigningSession completed = session.completed(new SigningSession.Completion(data.personalNumber(),
                        data.name(), data.signature(), data.ocspResponse(), now));
                sessions.save(completed);
                yield complete(link, agreement, completed);
            }
        };
    }

    private CollectStatus complete(LinkId link, Agreement agreement, SigningSession session) {
        SigningSession.Completion completion = session.completion().orElseThrow();
        Personnummer signer = new Personnummer(completion.personalNumber());
        if (!agreement.expectedSignatory().equals(Optional.of(signer))) {
            // BankID enforced requirement.personalNumber, so this means a bug or a forged answer
            LOG.log(Level.ERROR, "BankID order " + session.orderRef() + " for agreement " + agreement.id()
                    + " was completed by another person than the signatory");
            throw new NotAllowedException("Avtalet ska signeras av den företrädare som angavs i ansökan.");
        }
        BankIdSignature signature = new BankIdSignature(signer, completion.name(), completion.completedAt(),
                session.orderRef(), completion.signature(), completion.ocspResponse(), session.documentHash());
        Agreement signed;
        try {
            signed = signAgreement.sign(new SignAgreement.SignCommand(link, signature));
        } catch (NotFoundException linkGoneMeanwhile) {
            // a concurrent collect recorded the signature first
            throw goneFor(agreements.get(agreement.id()));
        }
        resumeWorkflow(signed);
        return new CollectStatus("complete", null, UserMessages.forResult(CollectResult.Status.COMPLETE,
                Optional.empty()), null, completion.completedAt());
    }

    /** The signature is stored whatever happens here; the workflow's next reminder finds it signed. */
    private void resumeWorkflow(Agreement signed) {
        try {
            workflow.agreementSigned(signed.id());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Agreement " + signed.id() + " is signed but its workflow could not be resumed "
                    + "now; it continues when the signature wait next parks its token", e);
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
     * Why a link no longer finds a pending agreement: 410 if it was ever issued (remembered until a
     * grace period after its expiry) or used to start BankID, 404 if it is unknown.
     */
    private RuntimeException agreementForUnusedLink(LinkId link) {
        return sessions.agreementOfLink(link)
                .or(() -> sessions.find(link).map(SigningSession::agreement))
                .flatMap(agreements::findById)
                .<RuntimeException>map(this::goneFor)
                .orElseGet(() -> NotFoundException.of("SigningLink", "(hidden)", UNKNOWN_LINK));
    }

    private GoneException goneFor(Agreement agreement) {
        if (agreement.isSigned()) {
            return new GoneException(ALREADY_SIGNED);
        }
        if (agreement.status() == AgreementStatus.EXPIRED || agreement.isExpired(clock)) {
            return new GoneException(EXPIRED);
        }
        return new GoneException(REPLACED);
    }

    private Optional<CustomerApplication> applicationOf(Agreement agreement) {
        return applications.findByOrganisation(agreement.organisation()).stream()
                .filter(a -> a.status() != ApplicationStatus.REJECTED)
                .findFirst();
    }

    private static ApplicationSummary summary(CustomerApplication application) {
        var contacts = application.contacts();
        return new ApplicationSummary(application.id().value(), application.submittedAt(),
                new Person(contacts.administrator().name(), contacts.administrator().email().value()),
                new Person(contacts.agreementContact().name(), contacts.agreementContact().email().value()),
                application.organisation().invoicing().reference());
    }

    /** What the BankID app shows the signatory, in simpleMarkdownV1. */
    static String userVisibleText(AgreementDocument document, String organisationName, String organisationsnummer) {
        return "# " + markdownText(document.title()) + "\n\n"
                + "Jag skriver under *" + markdownText(document.title()) + "*, version "
                + markdownText(document.version()) + ", för *" + markdownText(organisationName) + "* ("
                + organisationsnummer + ").";
    }

    /** Escapes simpleMarkdownV1's markup characters so names are shown as written. */
    static String markdownText(String text) {
        return text.replaceAll("([\\\\*+#|-])", "\\\\$1").replaceAll("[\\r\\n]+", " ");
    }

    private void cancelQuietly(String orderRef) {
        try {
            bankId.cancel(orderRef);
        } catch (BankIdException alreadyOver) {
            // completed, failed or cancelled already: nothing to cancel
        }
    }

    private static <T> T bankIdCall(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (BankIdException e) {
            throw switch (e.kind()) {
                case ALREADY_IN_PROGRESS -> new ConflictException("En signering med ditt BankID pågick redan och har "
                        + "avbrutits. Försök igen.");
                case INVALID_PARAMETERS -> new ConflictException("Signeringen finns inte längre hos BankID. Starta "
                        + "en ny signering.");
                case UNAVAILABLE -> new ServiceUnavailableException(BANKID_UNAVAILABLE, e);
                case UNAUTHORIZED, NOT_FOUND, UNEXPECTED -> e; // our configuration or BankID's contract: a 500
            };
        }
    }
}
