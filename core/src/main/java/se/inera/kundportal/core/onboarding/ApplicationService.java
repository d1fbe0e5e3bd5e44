package se.inera.kundportal.core.onboarding;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.application.ApplicationAudit;
import se.inera.kundportal.core.application.ApplicationForm;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.application.CustomerApplicationRepository;
import se.inera.kundportal.core.application.OrganisationClaim;
import se.inera.kundportal.core.application.SubmitApplicationCommand;
import se.inera.kundportal.core.audit.AuditLog;
import se.inera.kundportal.core.audit.AuditRecord;
import se.inera.kundportal.core.audit.AuditSubject;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.error.AlreadyExistsException;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.message.Messages;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.organisation.OrganisationRepository;
import se.inera.kundportal.core.workflow.ResumeOutcome;
import se.inera.kundportal.core.workflow.WorkflowResumer;
import se.inera.kundportal.core.workflow.WorkflowStarter;

/**
 * Submitting an application and deciding on it, each whole: the conditional write that decides, the
 * audit record, and starting or waking the onboarding workflow through its ports. Approval's further
 * effects (registering the organisation, the agreement, the mails) are the workflow's steps.
 *
 * <p>Two quick submissions make one application: the organisation is claimed first, with one conditional
 * write ({@link OrganisationClaim}). The workflow is started after the application is stored and starting
 * it is idempotent, so when the start fails the applicant sends the same form again and gets the same
 * application, now with its workflow.
 */
public final class ApplicationService implements SubmitApplication, DecideApplication {
    private static final System.Logger LOG = System.getLogger(ApplicationService.class.getName());
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    /** A claim whose application was never stored (the submitting call died in between) is free after this. */
    static final Duration ABANDONED_CLAIM = Duration.ofMinutes(5);
    /** Claiming retries only after releasing a stale claim; contention beyond this is a conflict. */
    private static final int CLAIM_ATTEMPTS = 3;

    private final CustomerApplicationRepository applications;
    private final OrganisationRepository organisations;
    private final AuditLog audit;
    private final WorkflowStarter onboarding;
    private final WorkflowResumer workflow;
    private final Clock clock;

    public ApplicationService(CustomerApplicationRepository applications, OrganisationRepository organisations,
                              AuditLog audit, WorkflowStarter onboarding, WorkflowResumer workflow, Clock clock) {
        this.applications = Objects.requireNonNull(applications);
        this.organisations = Objects.requireNonNull(organisations);
        this.audit = Objects.requireNonNull(audit);
        this.onboarding = Objects.requireNonNull(onboarding);
        this.workflow = Objects.requireNonNull(workflow);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public CustomerApplication submit(SubmitApplicationCommand command) {
        ApplicationForm.ValidApplication valid =
                ApplicationForm.validate(command, LocalDate.now(clock.withZone(SWEDEN)));
        Organisationsnummer number = valid.organisation().number();
        if (organisations.findByNumber(number).filter(o -> o.agreementStanding().isCustomer()).isPresent()) {
            throw new AlreadyExistsException("Organisation", number.value(), Messages.alreadyCustomer(number));
        }
        CustomerApplication application = claimed(valid);
        onboarding.startOnboarding(application.id());
        return application;
    }

    /** The application holding the organisation for this submission: a new one, or the same submission's. */
    private CustomerApplication claimed(ApplicationForm.ValidApplication valid) {
        Organisationsnummer number = valid.organisation().number();
        String submission = valid.fingerprint();
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            OrganisationClaim wanted = new OrganisationClaim(number, ApplicationId.newId(), submission, now);
            Optional<OrganisationClaim> holder = applications.claimOrganisation(wanted);
            if (holder.isEmpty()) {
                return stored(wanted, valid);
            }
            OrganisationClaim held = holder.get();
            Optional<CustomerApplication> holding = applications.findById(held.application());
            boolean awaitingDecision = holding.map(a -> a.status() == ApplicationStatus.SUBMITTED).orElse(true);
            if (held.submission().equals(submission) && awaitingDecision) {
                // the same submission again: its application (stored now if the first call stopped before)
                return holding.orElseGet(() -> stored(held, valid));
            }
            boolean stale = holding.map(a -> a.status().isTerminal())
                    .orElseGet(() -> held.claimedAt().plus(ABANDONED_CLAIM).isBefore(now));
            if (!stale) {
                break;
            }
            applications.releaseOrganisation(number, held.application());
        }
        throw new AlreadyExistsException("CustomerApplication", number.value(),
                Messages.applicationInProgress(number));
    }

    private CustomerApplication stored(OrganisationClaim claim, ApplicationForm.ValidApplication valid) {
        CustomerApplication stored;
        try {
            stored = applications.create(CustomerApplication.submitted(claim.application(), valid.organisation(),
                    valid.contacts(), claim.claimedAt()));
        } catch (AlreadyExistsException sameSubmissionAtTheSameTime) {
            return applications.get(claim.application());
        }
        audit.append(AuditRecord.of(stored.submittedAt(),
                new Actor(Actor.Kind.APPLICANT, stored.id().value(), valid.contacts().administrator().name()),
                AuditSubject.of(AuditSubject.Type.APPLICATION, stored.id()), stored.version(), null,
                "APPLICATION_SUBMITTED",
                Map.of("organisationsnummer", valid.organisation().number().value(),
                        "organisationName", valid.organisation().name())));
        return stored;
    }

    @Override
    public Decided approve(ApproveCommand command) {
        CustomerApplication current = applications.get(command.application());
        CustomerApplication approved = applications.transition(
                current.approve(command.operator(), clock.instant()), ApplicationStatus.SUBMITTED);
        audit.append(ApplicationAudit.statusChanged(approved, ApplicationStatus.SUBMITTED, command.operator(),
                "APPLICATION_APPROVED", Map.of()));
        return new Decided(approved, wake(approved));
    }

    @Override
    public Decided reject(RejectCommand command) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw ValidationException.of("reason", Messages.REJECTION_NEEDS_REASON);
        }
        CustomerApplication current = applications.get(command.application());
        CustomerApplication rejected = applications.transition(
                current.reject(command.operator(), clock.instant(), command.reason()), ApplicationStatus.SUBMITTED);
        applications.releaseOrganisation(rejected.organisationsnummer(), rejected.id());
        audit.append(ApplicationAudit.statusChanged(rejected, ApplicationStatus.SUBMITTED, command.operator(),
                "APPLICATION_REJECTED", Map.of("reason", rejected.rejectionReason().orElseThrow())));
        return new Decided(rejected, wake(rejected));
    }

    /**
     * The decision is stored whatever happens here, so a failure to wake the workflow is not the operator's
     * error: it is logged for the on-call, and the workflow's wait finds the stored decision by itself.
     */
    private Optional<ResumeOutcome> wake(CustomerApplication decided) {
        try {
            return Optional.of(workflow.decisionMade(decided.id(), decided.decision().orElseThrow()));
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Application " + decided.id() + " is decided but its onboarding workflow could "
                    + "not be woken now", e);
            return Optional.empty();
        }
    }
}
