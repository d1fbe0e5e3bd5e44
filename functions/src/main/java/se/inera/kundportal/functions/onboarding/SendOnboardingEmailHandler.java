package se.inera.kundportal.functions.onboarding;

import java.util.Objects;

import se.inera.kundportal.core.agreement.Agreement;
import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.agreement.AgreementRepository;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.application.CustomerApplicationRepository;
import se.inera.kundportal.core.common.Ids;
import se.inera.kundportal.functions.cognito.AdministratorAccounts;
import se.inera.kundportal.functions.mail.MailMessage;
import se.inera.kundportal.functions.mail.OnboardingMails;
import se.inera.kundportal.functions.mail.OnceOnlyMailer;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * Task "E-mail Administrator" / "E-mail Signatory" / "E-mail Agreement Contact": sends the one
 * approval e-mail of its {@link RecipientRole}, at most once (the sent-marker is claimed before
 * sending). The administrator's temporary password is issued only after the claim, so a retry
 * neither mails nor resets it a second time.
 */
public final class SendOnboardingEmailHandler extends TaskHandler<SendOnboardingEmailHandler.Input, MailSent> {

    public record Input(String applicationId, String agreementId, RecipientRole recipient) {
        public Input {
            Ids.requireSafe(applicationId, "applicationId");
            Ids.requireSafe(agreementId, "agreementId");
            Objects.requireNonNull(recipient, "recipient");
        }
    }

    private final CustomerApplicationRepository applications;
    private final AgreementRepository agreements;
    private final AdministratorAccounts accounts;
    private final OnboardingMails mails;
    private final OnceOnlyMailer mailer;
    private final String agreementTitle;

    public SendOnboardingEmailHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public SendOnboardingEmailHandler(Wiring wiring) {
        this(wiring.store().applications(),
                wiring.store().agreements(),
                wiring.administratorAccounts(),
                wiring.onboardingMails(), wiring.onceOnlyMailer(),
                Wiring.currentAgreementTitle());
    }

    public SendOnboardingEmailHandler(CustomerApplicationRepository applications, AgreementRepository agreements,
                                      AdministratorAccounts accounts, OnboardingMails mails, OnceOnlyMailer mailer,
                                      String agreementTitle) {
        super(Input.class);
        this.applications = Objects.requireNonNull(applications);
        this.agreements = Objects.requireNonNull(agreements);
        this.accounts = Objects.requireNonNull(accounts);
        this.mails = Objects.requireNonNull(mails);
        this.mailer = Objects.requireNonNull(mailer);
        this.agreementTitle = Objects.requireNonNull(agreementTitle);
    }

    @Override
    protected MailSent handle(Input input) {
        CustomerApplication application = applications.get(new ApplicationId(input.applicationId()));
        Agreement agreement = agreements.get(new AgreementId(input.agreementId()));
        boolean sent = mailer.sendOnce(application.id().value(), input.recipient().name(),
                () -> message(input.recipient(), application, agreement));
        return new MailSent(input.recipient().name(), sent);
    }

    private MailMessage message(RecipientRole recipient, CustomerApplication application, Agreement agreement) {
        return switch (recipient) {
            case ADMINISTRATOR -> accounts.issueTemporaryPassword(application.contacts().administrator().email())
                    .map(password -> mails.administratorNewAccount(application, password,
                            accounts.temporaryPasswordValidityDays()))
                    .orElseGet(() -> mails.administratorExistingAccount(application));
            case SIGNATORY -> mails.signatorySigningLink(application, agreement, agreementTitle);
            case AGREEMENT_CONTACT -> mails.agreementContactInformed(application, agreementTitle);
        };
    }
}
