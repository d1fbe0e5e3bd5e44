package se.inera.kundportal.functions.users;

import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import se.inera.kundportal.core.message.UserMessages;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.user.PersonAccess;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.User;
import se.inera.kundportal.functions.cognito.AdministratorAccounts;
import se.inera.kundportal.functions.http.ServiceUnavailableException;
import se.inera.kundportal.functions.mail.MailMessage;
import se.inera.kundportal.functions.mail.MailNotSent;
import se.inera.kundportal.functions.mail.OnceOnlyMailer;
import se.inera.kundportal.functions.mail.UserMails;

/**
 * Core's {@link PersonAccess} over the Cognito user pool and the once-only mailer: the account is made first, the
 * mail claimed once per person and change (subject {@code USER-<id>}, key {@code ACCESS-<organisationsnummer>-v<n>})
 * and the temporary password set only inside that claim, so a retry neither mails nor resets it again; an uncertain
 * send is shown to the operators, as every workflow mail is.
 */
public final class PortalPersonAccess implements PersonAccess {
    private final AdministratorAccounts accounts;
    private final UserMails mails;
    private final OnceOnlyMailer mailer;

    public PortalPersonAccess(AdministratorAccounts accounts, UserMails mails, OnceOnlyMailer mailer) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.mails = Objects.requireNonNull(mails, "mails");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
    }

    @Override
    public void invite(User person, Organisation organisation, Set<Role> roles, String change) {
        accounts.ensureAccount(person.name(), person.email());
        sendOnce(person, "ACCESS-" + change, () -> invitation(person, organisation, roles));
    }

    /**
     * A definite refusal by SES released the claim: 503, and the same request sent again (core offers the mail of
     * an unchanged membership once more) mails it.
     */
    private void sendOnce(User person, String mailKey, Supplier<MailMessage> mail) {
        try {
            mailer.sendOnce(subjectOf(person), mailKey, mail);
        } catch (MailNotSent notSent) {
            throw new ServiceUnavailableException(UserMessages.MAIL_NOT_SENT, notSent);
        }
    }

    private MailMessage invitation(User person, Organisation organisation, Set<Role> roles) {
        return accounts.issueTemporaryPassword(person.email())
                .map(password -> mails.invitationNewAccount(person, organisation, roles, password,
                        accounts.temporaryPasswordValidityDays()))
                .orElseGet(() -> mails.invitationExistingAccount(person, organisation, roles));
    }

    @Override
    public void informAttestant(User person, Organisation organisation, String change) {
        sendOnce(person, "ATTESTANT-" + change, () -> mails.attestantInformed(person, organisation));
    }

    @Override
    public void removeLogin(User person) {
        accounts.deleteAccount(person.email());
    }

    private static String subjectOf(User person) {
        return "USER-" + person.id().value();
    }
}
