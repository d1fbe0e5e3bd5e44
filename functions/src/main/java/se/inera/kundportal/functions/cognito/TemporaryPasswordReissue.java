package se.inera.kundportal.functions.cognito;

import java.util.Objects;
import java.util.regex.Pattern;

import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.error.ConflictException;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.message.CustomerMessages;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.OrganisationRepository;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.user.ManageUsers;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.User;
import se.inera.kundportal.core.user.UserId;
import se.inera.kundportal.functions.mail.OnboardingMails;
import se.inera.kundportal.functions.mail.OnceOnlyMailer;

/**
 * An operator gives an administrator whose first temporary password expired unused a new one, and it is
 * mailed once. The request carries an id chosen by the page: the mail marker is keyed by it, so a double
 * click (or a retried request) issues and mails one password, not two.
 */
public final class TemporaryPasswordReissue {
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

    /** @param mailed false when this request id had already been handled (nothing issued again) */
    public record Reissued(String userId, boolean mailed) {
    }

    private final ManageUsers users;
    private final OrganisationRepository organisations;
    private final AdministratorAccounts accounts;
    private final OnboardingMails mails;
    private final OnceOnlyMailer mailer;

    public TemporaryPasswordReissue(ManageUsers users, OrganisationRepository organisations,
                                    AdministratorAccounts accounts, OnboardingMails mails, OnceOnlyMailer mailer) {
        this.users = Objects.requireNonNull(users, "users");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.mails = Objects.requireNonNull(mails, "mails");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
    }

    /**
     * @throws NotFoundException if the organisation is not a customer or the user is not its administrator
     * @throws ConflictException if the administrator has already chosen their own password
     */
    public Reissued reissue(Organisationsnummer organisation, UserId administratorId, String requestId,
                            Actor operator) {
        if (requestId == null || !REQUEST_ID.matcher(requestId).matches()) {
            throw ValidationException.of("requestId", CustomerMessages.REQUEST_ID_INVALID);
        }
        User administrator = users.showRoles(organisation, operator).usersWith(Role.ADMINISTRATOR).stream()
                .filter(user -> user.id().equals(administratorId)).findFirst()
                .orElseThrow(() -> NotFoundException.of("Administrator", administratorId.value(),
                        CustomerMessages.notAdministratorOf(organisation)));
        Organisation customer = organisations.get(organisation);
        boolean mailed = mailer.sendOnce("USER-" + administratorId.value(), "NEW_TEMPORARY_PASSWORD_" + requestId,
                () -> accounts.issueTemporaryPassword(administrator.email())
                        .map(password -> mails.administratorNewTemporaryPassword(customer, administrator, password,
                                accounts.temporaryPasswordValidityDays()))
                        .orElseThrow(() -> new ConflictException(CustomerMessages.OWN_PASSWORD_CHOSEN)));
        return new Reissued(administratorId.value(), mailed);
    }
}
