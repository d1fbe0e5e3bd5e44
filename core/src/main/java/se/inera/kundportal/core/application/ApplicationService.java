package se.inera.kundportal.core.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import se.inera.kundportal.core.audit.AuditLog;
import se.inera.kundportal.core.audit.AuditRecord;
import se.inera.kundportal.core.audit.AuditSubject;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.error.AlreadyExistsException;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.organisation.OrganisationRepository;

/**
 * Submitting an application, and rejecting one. Approval has side effects beyond the core
 * (registering the organisation, creating the agreement, mailing) that the onboarding workflow
 * orchestrates, so {@link #approve} here only records the decision; the workflow continues from
 * the stored {@code APPROVED} status.
 */
public final class ApplicationService implements SubmitApplication, DecideApplication {
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    /** Applications that block a new one for the same organisation. */
    private static final Set<ApplicationStatus> OPEN = EnumSet.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.APPROVED, ApplicationStatus.AWAITING_SIGNATURE, ApplicationStatus.SIGNATURE_EXPIRED);

    private final CustomerApplicationRepository applications;
    private final OrganisationRepository organisations;
    private final AuditLog audit;
    private final Clock clock;

    public ApplicationService(CustomerApplicationRepository applications, OrganisationRepository organisations,
                              AuditLog audit, Clock clock) {
        this.applications = Objects.requireNonNull(applications);
        this.organisations = Objects.requireNonNull(organisations);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public CustomerApplication submit(SubmitApplicationCommand command) {
        ApplicationForm.ValidApplication valid =
                ApplicationForm.validate(command, LocalDate.now(clock.withZone(SWEDEN)));
        var number = valid.organisation().number();
        if (organisations.findByNumber(number).isPresent()) {
            throw new AlreadyExistsException("Organisation", number.value(),
                    "Organisationen " + number + " är redan kund. Kontakta Ineras kundservice.");
        }
        boolean hasOpenApplication = applications.findByOrganisation(number).stream()
                .anyMatch(a -> OPEN.contains(a.status()));
        if (hasOpenApplication) {
            throw new AlreadyExistsException("CustomerApplication", number.value(),
                    "Det finns redan en ansökan för organisationen " + number + ".");
        }
        CustomerApplication stored = applications.create(CustomerApplication.submitted(
                ApplicationId.newId(), valid.organisation(), valid.contacts(), clock.instant()));
        audit.append(AuditRecord.of(stored.submittedAt(),
                new Actor(Actor.Kind.APPLICANT, stored.id().value(), valid.contacts().administrator().name()),
                AuditSubject.of(AuditSubject.Type.APPLICATION, stored.id()), stored.version(), null,
                "APPLICATION_SUBMITTED",
                Map.of("organisationsnummer", number.value(), "organisationName", valid.organisation().name())));
        return stored;
    }

    @Override
    public CustomerApplication approve(ApproveCommand command) {
        CustomerApplication current = applications.get(command.application());
        CustomerApplication approved = applications.transition(
                current.approve(command.operator(), clock.instant()), ApplicationStatus.SUBMITTED);
        audit.append(ApplicationAudit.statusChanged(approved, ApplicationStatus.SUBMITTED, command.operator(),
                "APPLICATION_APPROVED", Map.of()));
        return approved;
    }

    @Override
    public CustomerApplication reject(RejectCommand command) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw ValidationException.of("reason", "Ange varför ansökan avslås; skälet skickas till den sökande.");
        }
        CustomerApplication current = applications.get(command.application());
        CustomerApplication rejected = applications.transition(
                current.reject(command.operator(), clock.instant(), command.reason()), ApplicationStatus.SUBMITTED);
        audit.append(ApplicationAudit.statusChanged(rejected, ApplicationStatus.SUBMITTED, command.operator(),
                "APPLICATION_REJECTED", Map.of("reason", rejected.rejectionReason().orElseThrow())));
        return rejected;
    }
}
