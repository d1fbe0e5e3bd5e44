package se.inera.kundportal.functions.onboarding;

import java.util.Objects;

import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.application.CustomerApplicationRepository;
import se.inera.kundportal.core.common.Ids;
import se.inera.kundportal.functions.mail.OnboardingMails;
import se.inera.kundportal.functions.mail.OnceOnlyMailer;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * Task "Notify Applicant": Inera rejected the application; mails the applicant (the administrator
 * named in it) the reason, once.
 */
public final class NotifyApplicantHandler extends TaskHandler<NotifyApplicantHandler.Input, MailSent> {
    static final String MAIL_KEY = "APPLICATION_REJECTED";

    public record Input(String applicationId) {
        public Input {
            Ids.requireSafe(applicationId, "applicationId");
        }
    }

    private final CustomerApplicationRepository applications;
    private final OnboardingMails mails;
    private final OnceOnlyMailer mailer;

    public NotifyApplicantHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public NotifyApplicantHandler(Wiring wiring) {
        this(wiring.store().applications(), wiring.onboardingMails(),
                wiring.onceOnlyMailer());
    }

    public NotifyApplicantHandler(CustomerApplicationRepository applications, OnboardingMails mails,
                                  OnceOnlyMailer mailer) {
        super(Input.class);
        this.applications = Objects.requireNonNull(applications);
        this.mails = Objects.requireNonNull(mails);
        this.mailer = Objects.requireNonNull(mailer);
    }

    @Override
    protected MailSent handle(Input input) {
        CustomerApplication application = applications.get(new ApplicationId(input.applicationId()));
        if (application.status() != ApplicationStatus.REJECTED) {
            throw new ApplicationNotReady("Application " + application.id() + " is " + application.status()
                    + ", not rejected");
        }
        boolean sent = mailer.sendOnce(application.id().value(), MAIL_KEY,
                () -> mails.applicationRejected(application));
        return new MailSent("APPLICANT", sent);
    }
}
