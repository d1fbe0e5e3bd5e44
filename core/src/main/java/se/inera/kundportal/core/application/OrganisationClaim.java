package se.inera.kundportal.core.application;

import java.time.Instant;
import java.util.Objects;

import se.inera.kundportal.core.organisation.Organisationsnummer;

/**
 * An open application's hold on its organisation: at most one per organisationsnummer, so two quick
 * submissions cannot make two applications. Taken with one conditional write before the application is
 * stored, released when the application ends ({@link ApplicationStatus#isTerminal()}).
 *
 * @param application the application holding the organisation
 * @param submission  the {@link ApplicationForm.ValidApplication#fingerprint() fingerprint} of what was
 *                    submitted, to recognise the same submission sent again
 * @param claimedAt   when it was taken
 */
public record OrganisationClaim(Organisationsnummer organisation, ApplicationId application, String submission,
                                Instant claimedAt) {
    public OrganisationClaim {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(claimedAt, "claimedAt");
    }
}
