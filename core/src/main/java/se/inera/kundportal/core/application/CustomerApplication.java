package se.inera.kundportal.core.application;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.Versioned;
import se.inera.kundportal.core.error.UnexpectedStatusException;
import se.inera.kundportal.core.message.Messages;
import se.inera.kundportal.core.organisation.OrganisationDetails;
import se.inera.kundportal.core.organisation.Organisationsnummer;

/**
 * Kundansökan: an organisation's application to become a direct customer. Status changes are
 * methods that return the changed application and refuse moves from the wrong status.
 *
 * @param failureReason why its onboarding failed, for the operator; present exactly when {@code FAILED}
 * @param version       optimistic-locking version; 0 before the first save
 */
public record CustomerApplication(ApplicationId id, OrganisationDetails organisation, ApplicationContacts contacts,
                                  ApplicationStatus status, Instant submittedAt, Optional<ApplicationDecision> decision,
                                  Optional<String> failureReason, Instant updatedAt, long version)
        implements Versioned<CustomerApplication> {
    public CustomerApplication {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(failureReason, "failureReason");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if ((status == ApplicationStatus.FAILED) != failureReason.isPresent()) {
            throw new IllegalArgumentException("a failed application has a reason, and only a failed one");
        }
    }

    /** A freshly submitted application. */
    public static CustomerApplication submitted(ApplicationId id, OrganisationDetails organisation,
                                                ApplicationContacts contacts, Instant at) {
        return new CustomerApplication(id, organisation, contacts, ApplicationStatus.SUBMITTED, at,
                Optional.empty(), Optional.empty(), at, 0);
    }

    public Organisationsnummer organisationsnummer() {
        return organisation.number();
    }

    public Optional<String> rejectionReason() {
        return decision.flatMap(ApplicationDecision::rejectionReason);
    }

    public CustomerApplication approve(Actor operator, Instant at) {
        requireStatus(ApplicationStatus.SUBMITTED, ApplicationStatus.APPROVED);
        return new CustomerApplication(id, organisation, contacts, ApplicationStatus.APPROVED, submittedAt,
                Optional.of(new ApplicationDecision(true, operator, at, Optional.empty())), Optional.empty(), at, version);
    }

    public CustomerApplication reject(Actor operator, Instant at, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        requireStatus(ApplicationStatus.SUBMITTED, ApplicationStatus.REJECTED);
        return new CustomerApplication(id, organisation, contacts, ApplicationStatus.REJECTED, submittedAt,
                Optional.of(new ApplicationDecision(false, operator, at, Optional.of(reason.strip()))), Optional.empty(),
                at, version);
    }

    /** The agreement has been mailed to the signatory (first time, or again after expiry). */
    public CustomerApplication sentForSignature(Instant at) {
        ApplicationStatus from = status == ApplicationStatus.SIGNATURE_EXPIRED
                ? ApplicationStatus.SIGNATURE_EXPIRED : ApplicationStatus.APPROVED;
        requireStatus(from, ApplicationStatus.AWAITING_SIGNATURE);
        return withStatus(ApplicationStatus.AWAITING_SIGNATURE, at);
    }

    public CustomerApplication agreementSigned(Instant at) {
        requireStatus(ApplicationStatus.AWAITING_SIGNATURE, ApplicationStatus.COMPLETED);
        return withStatus(ApplicationStatus.COMPLETED, at);
    }

    public CustomerApplication signatureExpired(Instant at) {
        requireStatus(ApplicationStatus.AWAITING_SIGNATURE, ApplicationStatus.SIGNATURE_EXPIRED);
        return withStatus(ApplicationStatus.SIGNATURE_EXPIRED, at);
    }

    /** Its onboarding failed (from any open status); the operator sees {@code reason}. */
    public CustomerApplication failed(String reason, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a failure needs a reason");
        }
        requireStatus(status, ApplicationStatus.FAILED);
        return new CustomerApplication(id, organisation, contacts, ApplicationStatus.FAILED, submittedAt, decision,
                Optional.of(reason.strip()), at, version);
    }

    private CustomerApplication withStatus(ApplicationStatus next, Instant at) {
        return new CustomerApplication(id, organisation, contacts, next, submittedAt, decision, failureReason, at,
                version);
    }

    private void requireStatus(ApplicationStatus expected, ApplicationStatus next) {
        if (status != expected || !expected.canMoveTo(next)) {
            throw new UnexpectedStatusException("CustomerApplication", id.value(), expected, status,
                    Messages.applicationCannotMove(status, next));
        }
    }

    @Override
    public CustomerApplication withVersion(long newVersion) {
        return new CustomerApplication(id, organisation, contacts, status, submittedAt, decision, failureReason,
                updatedAt, newVersion);
    }
}
