package se.inera.kundportal.core.workflow;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.agreement.Agreement;
import se.inera.kundportal.core.agreement.AgreementAudit;
import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.agreement.AgreementRepository;
import se.inera.kundportal.core.agreement.AgreementStatus;
import se.inera.kundportal.core.application.ApplicationAudit;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.application.CustomerApplicationRepository;
import se.inera.kundportal.core.audit.AuditLog;
import se.inera.kundportal.core.audit.AuditRecord;
import se.inera.kundportal.core.audit.AuditSubject;
import se.inera.kundportal.core.audit.OrganisationAudit;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.error.AlreadyExistsException;
import se.inera.kundportal.core.error.UnexpectedStatusException;
import se.inera.kundportal.core.message.CustomerMessages;
import se.inera.kundportal.core.message.Messages;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.OrganisationRepository;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.person.Contact;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.RoleAssignment;
import se.inera.kundportal.core.user.User;
import se.inera.kundportal.core.user.UserAudit;
import se.inera.kundportal.core.user.UserId;
import se.inera.kundportal.core.user.UserRepository;

/**
 * The domain work of the onboarding workflow's steps (steps 1–3 of Inera's routine after the
 * application is submitted). Every method is safe to repeat: Step Functions retries a step that
 * failed or timed out, and a repeated step must create nothing twice.
 *
 * <p>How repetition is made harmless: the agreement's id is derived from the application's
 * ({@link #agreementIdFor}), so a repeated "Create Customer" finds the agreement (and its signing
 * link) it made the first time; the organisation this onboarding registers is stamped with that
 * agreement's creation time, which tells it apart from an organisation registered another way;
 * users are found by e-mail, roles are assigned idempotently, and status changes go through
 * conditional transitions that are skipped once done. Each change is recorded in the audit trail under
 * an id derived from it ({@link AuditRecord#id()}), so a repeated step records it once; what a step
 * does is decided from the items' status, never from the trail.
 */
public final class OnboardingSteps {
    private static final String AGREEMENT_ID_PREFIX = "onboarding-";
    static final String ONBOARDING_STARTED = "ONBOARDING_STARTED";
    static final String ONBOARDING_FAILED = "ONBOARDING_FAILED";

    private final CustomerApplicationRepository applications;
    private final OrganisationRepository organisations;
    private final AgreementRepository agreements;
    private final UserRepository users;
    private final AuditLog audit;
    private final SecureRandom random;
    private final Clock clock;

    public OnboardingSteps(CustomerApplicationRepository applications, OrganisationRepository organisations,
                           AgreementRepository agreements, UserRepository users, AuditLog audit, SecureRandom random,
                           Clock clock) {
        this.applications = Objects.requireNonNull(applications);
        this.organisations = Objects.requireNonNull(organisations);
        this.agreements = Objects.requireNonNull(agreements);
        this.users = Objects.requireNonNull(users);
        this.audit = Objects.requireNonNull(audit);
        this.random = Objects.requireNonNull(random);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The agreement an onboarding creates: one per application, so a retry finds it. */
    public static AgreementId agreementIdFor(ApplicationId application) {
        return new AgreementId(AGREEMENT_ID_PREFIX + application.value());
    }

    /** The Kundavtal text the signatory signs: its version and the hash of its canonical text. */
    public record AgreementTerms(String documentVersion, String documentHash) {
        public AgreementTerms {
            Objects.requireNonNull(documentVersion, "documentVersion");
            Objects.requireNonNull(documentHash, "documentHash");
        }
    }

    /** What "Create Customer" leaves behind. */
    public record CustomerCreated(CustomerApplication application, Organisation organisation, Agreement agreement,
                                  User administrator, User agreementContact) {
    }

    /**
     * "Record Application": the submitted application the workflow was started for. Records the
     * start in the audit trail while the application is still {@code SUBMITTED}; the record is the
     * application's as submitted (its id names that version), so a retried step records it once.
     *
     * @throws se.inera.kundportal.core.error.NotFoundException if there is no such application
     */
    public CustomerApplication recordStart(ApplicationId id, String executionId) {
        CustomerApplication application = applications.get(id);
        if (application.status() == ApplicationStatus.SUBMITTED) {
            audit.append(AuditRecord.of(clock.instant(), Actor.SYSTEM, applicationSubject(id),
                    application.version(), null, ONBOARDING_STARTED, Map.of("execution", executionId)));
        }
        return application;
    }

    /**
     * "Report Onboarding Failure": records in the application's trail that {@code executionId} failed
     * with {@code error}, once per execution however often the step runs.
     */
    public void recordFailure(ApplicationId id, String error, String executionId) {
        audit.append(AuditRecord.ofChange(clock.instant(), Actor.SYSTEM, applicationSubject(id),
                "execution:" + executionId, null, ONBOARDING_FAILED,
                Map.of("error", error, "execution", executionId)));
    }

    /**
     * "Create Customer" after approval: the pending agreement with its signing link, the
     * organisation (awaiting signature), the administrator and the agreement contact with their
     * roles, and the application moved to {@code AWAITING_SIGNATURE}.
     *
     * @throws UnexpectedStatusException if the application is not approved
     * @throws AlreadyExistsException    if the organisation was registered as a customer another way
     *                                   meanwhile (e.g. by an operator as an existing Kundavtal 2 customer)
     */
    public CustomerCreated createCustomer(ApplicationId id, AgreementTerms terms, Duration signingLinkValidity) {
        CustomerApplication application = applications.get(id);
        if (application.status() != ApplicationStatus.APPROVED
                && application.status() != ApplicationStatus.AWAITING_SIGNATURE) {
            throw new UnexpectedStatusException("CustomerApplication", id.value(), ApplicationStatus.APPROVED,
                    application.status(), Messages.applicationCannotBecomeCustomer(application.status()));
        }
        Agreement agreement = pendingAgreement(application, terms, signingLinkValidity);
        Organisation organisation = organisationOf(application, agreement);
        User administrator = findOrCreate(application.contacts().administrator(), organisation.number());
        User agreementContact = findOrCreate(application.contacts().agreementContact(), organisation.number());
        Instant now = clock.instant();
        assign(new RoleAssignment(organisation.number(), administrator.id(), Role.ADMINISTRATOR, Actor.SYSTEM, now));
        assign(new RoleAssignment(organisation.number(), agreementContact.id(), Role.AGREEMENT_CONTACT,
                Actor.SYSTEM, now));
        CustomerApplication current = application;
        if (application.status() == ApplicationStatus.APPROVED) {
            current = applications.transition(application.sentForSignature(now), ApplicationStatus.APPROVED);
        }
        // Also when a previous attempt moved it but stopped before its record: the id is the same.
        audit.append(ApplicationAudit.statusChanged(current, ApplicationStatus.APPROVED, Actor.SYSTEM,
                "CUSTOMER_CREATED", Map.of("agreement", agreement.id().value(),
                        "administrator", administrator.id().value(),
                        "agreementContact", agreementContact.id().value())));
        return new CustomerCreated(current, organisation, agreement, administrator, agreementContact);
    }

    /** Where a waiting signature stands, for "Remind Signatory". */
    public enum SignatureProgress {
        /** Signed: no reminder; the workflow goes back to waiting and continues at once. */
        SIGNED,
        /** Unsigned and the signing link has expired (or was expired already). */
        DEADLINE_PASSED,
        /** Unsigned and still signable: remind the signatory. */
        AWAITING_SIGNATURE
    }

    public SignatureProgress signatureProgress(AgreementId id) {
        Agreement agreement = agreements.get(id);
        if (agreement.isSigned()) {
            return SignatureProgress.SIGNED;
        }
        if (agreement.status() == AgreementStatus.EXPIRED || agreement.isExpired(clock)) {
            return SignatureProgress.DEADLINE_PASSED;
        }
        return SignatureProgress.AWAITING_SIGNATURE;
    }

    /**
     * "Activate Agreement": the agreement is signed, so the organisation may order and the
     * application is completed. Signing ({@code SignAgreementService}) usually did both already;
     * this makes sure, whatever happened in between.
     *
     * @throws UnexpectedStatusException if the agreement is not signed
     */
    public Organisation activate(ApplicationId applicationId, AgreementId agreementId) {
        Agreement agreement = agreements.get(agreementId);
        if (!agreement.isSigned()) {
            throw new UnexpectedStatusException("Agreement", agreementId.value(), AgreementStatus.SIGNED,
                    agreement.status(), Messages.AGREEMENT_NOT_SIGNED);
        }
        Organisation organisation = organisations.get(agreement.organisation());
        if (organisation.agreementStanding() != AgreementStanding.SIGNED) {
            Organisation before = organisation;
            organisation = organisations.update(organisation.withAgreementStanding(AgreementStanding.SIGNED));
            audit.append(OrganisationAudit.standingChanged(before, organisation, Actor.SYSTEM, clock.instant()));
        }
        CustomerApplication application = applications.get(applicationId);
        if (application.status() == ApplicationStatus.AWAITING_SIGNATURE) {
            audit.append(ApplicationAudit.customerActivated(applications.transition(
                    application.agreementSigned(clock.instant()), ApplicationStatus.AWAITING_SIGNATURE),
                    Actor.SYSTEM, agreementId.value()));
        }
        return organisation;
    }

    /**
     * "Expire Agreement": the signing link ran out unsigned. The agreement, the organisation's
     * standing and the application are marked expired; Inera may send a new link.
     *
     * @throws UnexpectedStatusException if the agreement was signed after all
     */
    public Agreement expire(ApplicationId applicationId, AgreementId agreementId) {
        Agreement agreement = agreements.get(agreementId);
        Agreement expired = agreement;
        if (agreement.status() != AgreementStatus.EXPIRED) {
            expired = agreements.transition(agreement.expire(clock), AgreementStatus.PENDING_SIGNATURE);
            audit.append(AuditRecord.of(clock.instant(), Actor.SYSTEM,
                    AuditSubject.of(AuditSubject.Type.AGREEMENT, agreementId), expired.version(),
                    expired.organisation(), "AGREEMENT_EXPIRED", Map.of("from", agreement.status().name(),
                            "to", expired.status().name())));
        }
        Organisation organisation = organisations.get(expired.organisation());
        if (organisation.agreementStanding() == AgreementStanding.AWAITING_SIGNATURE) {
            Organisation standing = organisations.update(
                    organisation.withAgreementStanding(AgreementStanding.SIGNATURE_EXPIRED));
            audit.append(OrganisationAudit.standingChanged(organisation, standing, Actor.SYSTEM, clock.instant()));
        }
        CustomerApplication application = applications.get(applicationId);
        if (application.status() == ApplicationStatus.AWAITING_SIGNATURE) {
            audit.append(ApplicationAudit.statusChanged(applications.transition(
                    application.signatureExpired(clock.instant()), ApplicationStatus.AWAITING_SIGNATURE),
                    ApplicationStatus.AWAITING_SIGNATURE, Actor.SYSTEM, "SIGNING_LINK_EXPIRED",
                    Map.of("agreement", agreementId.value())));
        }
        return expired;
    }

    private static AuditSubject applicationSubject(ApplicationId id) {
        return AuditSubject.of(AuditSubject.Type.APPLICATION, id);
    }

    /**
     * "Report Onboarding Failure": the onboarding ended with an error, so it ends visibly. The application
     * becomes {@code FAILED} with {@code reason} for the operator (unless it had ended already), its
     * unsigned agreement {@code FAILED} (the signing link stops working), an organisation this onboarding
     * registered and that never signed is marked {@link AgreementStanding#ONBOARDING_FAILED}, and the
     * organisation is released so that it may apply again. Safe to repeat: each change is made and recorded
     * once, and the failure itself is recorded once per execution.
     *
     * @param error       the error name the workflow reported (for the audit trail)
     * @param reason      what the operator is shown
     * @param executionId the failed execution
     * @return the application as it ended; empty if there is no such application (nothing to end)
     */
    public Optional<CustomerApplication> fail(ApplicationId id, String error, String reason, String executionId) {
        recordFailure(id, error, executionId);
        Optional<CustomerApplication> found = applications.findById(id);
        if (found.isEmpty()) {
            return found;
        }
        CustomerApplication application = found.get();
        agreements.findById(agreementIdFor(id)).filter(a -> a.status().canMoveTo(AgreementStatus.FAILED))
                .ifPresent(agreement -> {
                    Agreement failed = agreements.transition(agreement.failed(), agreement.status());
                    audit.append(AuditRecord.of(clock.instant(), Actor.SYSTEM,
                            AuditSubject.of(AuditSubject.Type.AGREEMENT, failed.id()), failed.version(),
                            failed.organisation(), "AGREEMENT_FAILED", Map.of("from", agreement.status().name(),
                                    "to", failed.status().name())));
                    organisations.findByNumber(agreement.organisation())
                            .filter(o -> o.registeredAt().equals(agreement.createdAt())
                                    && o.agreementStanding() != AgreementStanding.SIGNED)
                            .ifPresent(o -> audit.append(OrganisationAudit.standingChanged(o, organisations.update(
                                    o.withAgreementStanding(AgreementStanding.ONBOARDING_FAILED)), Actor.SYSTEM,
                                    clock.instant())));
                });
        CustomerApplication ended = application;
        if (!application.status().isTerminal()) {
            ended = applications.transition(application.failed(reason, clock.instant()), application.status());
            audit.append(ApplicationAudit.statusChanged(ended, application.status(), Actor.SYSTEM,
                    "APPLICATION_FAILED", Map.of("reason", reason)));
        }
        applications.releaseOrganisation(application.organisationsnummer(), id);
        return Optional.of(ended);
    }

    private Agreement pendingAgreement(CustomerApplication application, AgreementTerms terms, Duration validity) {
        AgreementId id = agreementIdFor(application.id());
        Optional<Agreement> existing = agreements.findById(id);
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        try {
            Agreement created = agreements.create(Agreement.sentForSignature(id, application.organisationsnummer(),
                    terms.documentVersion(), terms.documentHash(), application.contacts().signatory().personnummer(),
                    LinkId.random(random), now, now.plus(validity)));
            audit.append(AgreementAudit.created(created, Actor.SYSTEM));
            return created;
        } catch (AlreadyExistsException concurrentRetry) {
            return agreements.get(id);
        }
    }

    private Organisation organisationOf(CustomerApplication application, Agreement agreement) {
        Optional<Organisation> existing = organisations.findByNumber(application.organisationsnummer());
        if (existing.isEmpty()) {
            try {
                Organisation registered = organisations.register(new Organisation(application.organisation(),
                        AgreementStanding.AWAITING_SIGNATURE, agreement.createdAt(), 0));
                audit.append(OrganisationAudit.registered(registered, Actor.SYSTEM, "ORGANISATION_REGISTERED",
                        Map.of("agreementStanding", registered.agreementStanding().name())));
                return registered;
            } catch (AlreadyExistsException concurrent) {
                existing = organisations.findByNumber(application.organisationsnummer());
            }
        }
        Organisation found = existing.orElseThrow();
        if (found.agreementStanding() == AgreementStanding.ONBOARDING_FAILED) {
            // an earlier onboarding of this organisation failed: this one takes the organisation over
            return organisations.update(new Organisation(application.organisation(),
                    AgreementStanding.AWAITING_SIGNATURE, agreement.createdAt(), found.version()));
        }
        if (!found.registeredAt().equals(agreement.createdAt())) {
            throw new AlreadyExistsException("Organisation", found.number().value(),
                    CustomerMessages.registeredMeanwhile(found.number()));
        }
        return found;
    }

    private void assign(RoleAssignment assignment) {
        if (users.assign(assignment)) {
            audit.append(UserAudit.roleAssigned(assignment));
        }
    }

    private User findOrCreate(Contact contact, Organisationsnummer organisation) {
        return users.findByEmail(contact.email()).orElseGet(() -> {
            try {
                User created = users.create(new User(UserId.newId(), contact.name(), contact.email(),
                        Optional.of(contact.mobile()), Optional.empty(), 0));
                audit.append(UserAudit.created(created, Actor.SYSTEM, clock.instant(), organisation));
                return created;
            } catch (AlreadyExistsException concurrent) {
                return users.findByEmail(contact.email()).orElseThrow(() -> concurrent);
            }
        });
    }
}
