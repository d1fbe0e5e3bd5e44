package se.inera.kundportal.functions.operator;

import java.util.Objects;

import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.person.Contact;
import se.inera.kundportal.functions.cognito.AdministratorAccounts;
import se.inera.kundportal.functions.mail.MailMessage;
import se.inera.kundportal.functions.mail.OnboardingMails;
import se.inera.kundportal.functions.mail.OnceOnlyMailer;

/**
 * Portal access for the administrator (administratör) of an organisation registered directly because
 * it already has Kundavtal 2, given the way onboarding gives it to new customers ("Create Customer"
 * makes the account, "E-mail Administrator" mails it): the Cognito account, then one Swedish mail,
 * at most once per organisation, with a single-use temporary password that must be changed at the
 * first sign-in, or, for someone who already signs in to the portal, "sign in as usual". The
 * password is set only after the mail's once-only claim, so a retry neither mails nor resets it again.
 */
public final class ExistingCustomerAccess {
    static final String MAIL_KEY = "EXISTING_CUSTOMER_ADMINISTRATOR_ACCESS";

    private final AdministratorAccounts accounts;
    private final OnboardingMails mails;
    private final OnceOnlyMailer mailer;

    public ExistingCustomerAccess(AdministratorAccounts accounts, OnboardingMails mails, OnceOnlyMailer mailer) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.mails = Objects.requireNonNull(mails, "mails");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
    }

    /**
     * Makes sure the administrator can sign in and has been told how. Idempotent.
     *
     * @return true if this call sent the access mail, false if an earlier one had
     */
    public boolean grant(Organisation organisation, Contact administrator) {
        accounts.ensureAccount(administrator);
        return mailer.sendOnce(subjectOf(organisation.number()), MAIL_KEY,
                () -> accessMail(organisation, administrator));
    }

    /** Whether the organisation's access mail was sent (or is being sent): the registration is complete. */
    public boolean granted(Organisationsnummer organisation) {
        return mailer.claimed(subjectOf(organisation), MAIL_KEY);
    }

    private MailMessage accessMail(Organisation organisation, Contact administrator) {
        return accounts.issueTemporaryPassword(administrator.email())
                .map(password -> mails.existingCustomerAdministratorNewAccount(organisation, administrator, password,
                        accounts.temporaryPasswordValidityDays()))
                .orElseGet(() -> mails.existingCustomerAdministratorExistingAccount(organisation, administrator));
    }

    /** The once-only marker's subject: the organisation, which is registered once. */
    private static String subjectOf(Organisationsnummer organisation) {
        return "ORG-" + organisation.value();
    }
}
