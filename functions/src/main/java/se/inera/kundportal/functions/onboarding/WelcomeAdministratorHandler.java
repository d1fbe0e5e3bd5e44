package se.inera.kundportal.functions.onboarding;

import java.util.Objects;

import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.application.CustomerApplicationRepository;
import se.inera.kundportal.functions.mail.OnboardingMails;
import se.inera.kundportal.functions.mail.OnceOnlyMailer;
import se.inera.kundportal.functions.wiring.Wiring;

/** Task "Welcome Administrator": the agreement is signed; tells the administrator what to do next. Once. */
public final class WelcomeAdministratorHandler extends TaskHandler<AgreementStep, MailSent> {
    static final String MAIL_KEY = "ADMINISTRATOR_WELCOME";

    private final CustomerApplicationRepository applications;
    private final OnboardingMails mails;
    private final OnceOnlyMailer mailer;
    private final String agreementTitle;

    public WelcomeAdministratorHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public WelcomeAdministratorHandler(Wiring wiring) {
        this(wiring.store().applications(), wiring.onboardingMails(),
                wiring.onceOnlyMailer(), Wiring.currentAgreementTitle());
    }

    public WelcomeAdministratorHandler(CustomerApplicationRepository applications, OnboardingMails mails,
                                       OnceOnlyMailer mailer, String agreementTitle) {
        super(AgreementStep.class);
        this.applications = Objects.requireNonNull(applications);
        this.mails = Objects.requireNonNull(mails);
        this.mailer = Objects.requireNonNull(mailer);
        this.agreementTitle = Objects.requireNonNull(agreementTitle);
    }

    @Override
    protected MailSent handle(AgreementStep input) {
        CustomerApplication application = applications.get(new ApplicationId(input.applicationId()));
        boolean sent = mailer.sendOnce(application.id().value(), MAIL_KEY,
                () -> mails.administratorWelcome(application, agreementTitle));
        return new MailSent(RecipientRole.ADMINISTRATOR.name(), sent);
    }
}
