package se.inera.kundportal.functions.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import se.inera.kundportal.core.agreement.Agreement;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.person.Contact;
import se.inera.kundportal.core.person.EmailAddress;
import se.inera.kundportal.core.user.User;

/**
 * The onboarding e-mails, in Swedish, from the templates in {@code mail/templates/}. Each takes
 * only what the mail says: names, the organisation, links built by {@link PortalLinks} (which hold
 * at most an opaque signing-link id). Nothing from the workflow's state goes in, so no task token can.
 */
public final class OnboardingMails {
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter SWEDISH_DEADLINE =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH:mm", Locale.forLanguageTag("sv-SE")).withZone(SWEDEN);

    private static final MailTemplate ADMINISTRATOR_NEW_ACCOUNT = MailTemplate.load("administrator-new-account");
    private static final MailTemplate ADMINISTRATOR_EXISTING_ACCOUNT =
            MailTemplate.load("administrator-existing-account");
    private static final MailTemplate EXISTING_CUSTOMER_ADMINISTRATOR_NEW_ACCOUNT =
            MailTemplate.load("existing-customer-administrator-new-account");
    private static final MailTemplate EXISTING_CUSTOMER_ADMINISTRATOR_EXISTING_ACCOUNT =
            MailTemplate.load("existing-customer-administrator-existing-account");
    private static final MailTemplate ADMINISTRATOR_NEW_TEMPORARY_PASSWORD =
            MailTemplate.load("administrator-new-temporary-password");
    private static final MailTemplate SIGNATORY_SIGNING_LINK = MailTemplate.load("signatory-signing-link");
    private static final MailTemplate AGREEMENT_CONTACT_INFORMED = MailTemplate.load("agreement-contact-informed");
    private static final MailTemplate SIGNATURE_REMINDER = MailTemplate.load("signature-reminder");
    private static final MailTemplate APPLICATION_REJECTED = MailTemplate.load("application-rejected");
    private static final MailTemplate ADMINISTRATOR_WELCOME = MailTemplate.load("administrator-welcome");

    private final PortalLinks links;

    public OnboardingMails(PortalLinks links) {
        this.links = Objects.requireNonNull(links, "links");
    }

    /** To a new administrator: the portal's address, the username and a single-use temporary password. */
    public MailMessage administratorNewAccount(CustomerApplication application, String temporaryPassword,
                                               int passwordValidDays) {
        var administrator = application.contacts().administrator();
        return ADMINISTRATOR_NEW_ACCOUNT.render(administrator.email().value(), Map.of(
                "administratorName", administrator.name(),
                "organisationName", application.organisation().name(),
                "organisationsnummer", application.organisationsnummer().toString(),
                "loginUrl", links.login(),
                "username", administrator.email().normalisedKey(),
                "temporaryPassword", temporaryPassword,
                "passwordValidDays", Integer.toString(passwordValidDays)));
    }

    /** To an administrator who already has an account (administers another organisation). */
    public MailMessage administratorExistingAccount(CustomerApplication application) {
        var administrator = application.contacts().administrator();
        return ADMINISTRATOR_EXISTING_ACCOUNT.render(administrator.email().value(), Map.of(
                "administratorName", administrator.name(),
                "organisationName", application.organisation().name(),
                "organisationsnummer", application.organisationsnummer().toString(),
                "loginUrl", links.login(),
                "username", administrator.email().normalisedKey()));
    }

    /**
     * To the administrator of an organisation Inera registered directly (it already has Kundavtal 2):
     * the portal's address, the username and a single-use temporary password.
     */
    public MailMessage existingCustomerAdministratorNewAccount(Organisation organisation, Contact administrator,
                                                               String temporaryPassword, int passwordValidDays) {
        return temporaryPasswordMail(EXISTING_CUSTOMER_ADMINISTRATOR_NEW_ACCOUNT, organisation, administrator.name(),
                administrator.email(), temporaryPassword, passwordValidDays);
    }

    /** As {@link #existingCustomerAdministratorNewAccount}, to someone who already signs in to the portal. */
    public MailMessage existingCustomerAdministratorExistingAccount(Organisation organisation, Contact administrator) {
        return EXISTING_CUSTOMER_ADMINISTRATOR_EXISTING_ACCOUNT.render(administrator.email().value(), Map.of(
                "administratorName", administrator.name(),
                "organisationName", organisation.name(),
                "organisationsnummer", organisation.number().toString(),
                "loginUrl", links.login(),
                "username", administrator.email().normalisedKey()));
    }

    /** To an administrator whose temporary password expired unused: the new one an operator issued. */
    public MailMessage administratorNewTemporaryPassword(Organisation organisation, User administrator,
                                                         String temporaryPassword, int passwordValidDays) {
        return temporaryPasswordMail(ADMINISTRATOR_NEW_TEMPORARY_PASSWORD, organisation, administrator.name(),
                administrator.email(), temporaryPassword, passwordValidDays);
    }

    /** A mail that gives an administrator of {@code organisation} their username and a temporary password. */
    private MailMessage temporaryPasswordMail(MailTemplate template, Organisation organisation, String name,
                                              EmailAddress email, String temporaryPassword, int passwordValidDays) {
        return template.render(email.value(), Map.of(
                "administratorName", name,
                "organisationName", organisation.name(),
                "organisationsnummer", organisation.number().toString(),
                "loginUrl", links.login(),
                "username", email.normalisedKey(),
                "temporaryPassword", temporaryPassword,
                "passwordValidDays", Integer.toString(passwordValidDays)));
    }

    /** To the signatory: the link to read and sign the agreement with BankID. */
    public MailMessage signatorySigningLink(CustomerApplication application, Agreement agreement,
                                            String agreementTitle) {
        var signatory = application.contacts().signatory().contact();
        return SIGNATORY_SIGNING_LINK.render(signatory.email().value(), Map.of(
                "signatoryName", signatory.name(),
                "organisationName", application.organisation().name(),
                "organisationsnummer", application.organisationsnummer().toString(),
                "agreementTitle", agreementTitle,
                "agreementVersion", agreement.documentVersion(),
                "signingUrl", links.signing(signingLinkOf(agreement)),
                "signingDeadline", deadline(agreement.expiresAt())));
    }

    /** To the agreement contact: that they are the agreement's contact; nothing to do. */
    public MailMessage agreementContactInformed(CustomerApplication application, String agreementTitle) {
        var contacts = application.contacts();
        return AGREEMENT_CONTACT_INFORMED.render(contacts.agreementContact().email().value(), Map.of(
                "contactName", contacts.agreementContact().name(),
                "organisationName", application.organisation().name(),
                "organisationsnummer", application.organisationsnummer().toString(),
                "agreementTitle", agreementTitle,
                "signatoryName", contacts.signatory().contact().name(),
                "administratorName", contacts.administrator().name()));
    }

    /** To the signatory, while the agreement is unsigned and the link still works. */
    public MailMessage signatureReminder(CustomerApplication application, Agreement agreement, String agreementTitle) {
        var signatory = application.contacts().signatory().contact();
        return SIGNATURE_REMINDER.render(signatory.email().value(), Map.of(
                "signatoryName", signatory.name(),
                "organisationName", application.organisation().name(),
                "organisationsnummer", application.organisationsnummer().toString(),
                "agreementTitle", agreementTitle,
                "signingUrl", links.signing(signingLinkOf(agreement)),
                "signingDeadline", deadline(agreement.expiresAt())));
    }

    /** To the applicant (the administrator named in the application): Inera's rejection and its reason. */
    public MailMessage applicationRejected(CustomerApplication application) {
        var applicant = application.contacts().administrator();
        String reason = application.rejectionReason().orElseThrow(() ->
                new IllegalStateException("application " + application.id() + " is not rejected"));
        return APPLICATION_REJECTED.render(applicant.email().value(), Map.of(
                "applicantName", applicant.name(),
                "organisationName", application.organisation().name(),
                "organisationsnummer", application.organisationsnummer().toString(),
                "reason", reason));
    }

    /** To the administrator once the agreement is signed: next, add orderers and attestants. */
    public MailMessage administratorWelcome(CustomerApplication application, String agreementTitle) {
        var administrator = application.contacts().administrator();
        return ADMINISTRATOR_WELCOME.render(administrator.email().value(), Map.of(
                "administratorName", administrator.name(),
                "organisationName", application.organisation().name(),
                "organisationsnummer", application.organisationsnummer().toString(),
                "agreementTitle", agreementTitle,
                "loginUrl", links.login()));
    }

    static String deadline(Instant at) {
        return SWEDISH_DEADLINE.format(at);
    }

    private static LinkId signingLinkOf(Agreement agreement) {
        return agreement.signingLink().orElseThrow(() ->
                new IllegalStateException("agreement " + agreement.id() + " has no signing link"));
    }
}
