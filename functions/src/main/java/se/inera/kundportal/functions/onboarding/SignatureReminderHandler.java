package se.inera.kundportal.functions.onboarding;

import java.time.Duration;
import java.util.Objects;

import se.inera.kundportal.core.agreement.Agreement;
import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.agreement.AgreementRepository;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.application.CustomerApplicationRepository;
import se.inera.kundportal.core.common.Ids;
import se.inera.kundportal.core.workflow.OnboardingSteps.SignatureClock;
import se.inera.kundportal.core.workflow.OnboardingSteps.SignatureProgress;
import se.inera.kundportal.core.workflow.OnboardingSteps;
import se.inera.kundportal.functions.mail.OnboardingMails;
import se.inera.kundportal.functions.mail.OnceOnlyMailer;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * Task "Remind Signatory", entered each time "Wait For Signature" times out (it is parked until the next
 * reminder is due or the signing deadline, whichever comes first): says whether the signing deadline has
 * passed and, if the agreement can still be signed and a reminder is due, reminds the signatory; answers how
 * long the next park lasts. Reminder n is the n-th interval since the agreement was created (core's
 * {@link OnboardingSteps#signatureClock}), so a retried reminder is the same reminder and goes out once.
 */
public final class SignatureReminderHandler extends TaskHandler<SignatureReminderHandler.Input,
        SignatureReminderHandler.Output> {

    public record Input(String applicationId, String agreementId, long reminderIntervalSeconds) {
        public Input {
            Ids.requireSafe(applicationId, "applicationId");
            Ids.requireSafe(agreementId, "agreementId");
            if (reminderIntervalSeconds <= 0) {
                throw new IllegalArgumentException("reminderIntervalSeconds must be positive");
            }
        }
    }

    /**
     * @param deadlinePassed  true: expire the agreement; false: wait again (also when it is signed,
     *                        so the next wait sees the signature and continues at once)
     * @param reminderSent    whether this invocation mailed a reminder
     * @param nextWaitSeconds how long "Wait For Signature" parks next: until the next reminder or the deadline
     */
    public record Output(boolean deadlinePassed, boolean reminderSent, long nextWaitSeconds) {
    }

    private final OnboardingSteps steps;
    private final CustomerApplicationRepository applications;
    private final AgreementRepository agreements;
    private final OnboardingMails mails;
    private final OnceOnlyMailer mailer;
    private final String agreementTitle;

    public SignatureReminderHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public SignatureReminderHandler(Wiring wiring) {
        this(wiring.onboardingSteps(), wiring.store().applications(),
                wiring.store().agreements(), wiring.onboardingMails(),
                wiring.onceOnlyMailer(), Wiring.currentAgreementTitle());
    }

    public SignatureReminderHandler(OnboardingSteps steps, CustomerApplicationRepository applications,
                                    AgreementRepository agreements, OnboardingMails mails, OnceOnlyMailer mailer,
                                    String agreementTitle) {
        super(Input.class);
        this.steps = Objects.requireNonNull(steps);
        this.applications = Objects.requireNonNull(applications);
        this.agreements = Objects.requireNonNull(agreements);
        this.mails = Objects.requireNonNull(mails);
        this.mailer = Objects.requireNonNull(mailer);
        this.agreementTitle = Objects.requireNonNull(agreementTitle);
    }

    @Override
    protected Output handle(Input input) {
        AgreementId agreementId = new AgreementId(input.agreementId());
        SignatureClock clock = steps.signatureClock(agreementId, Duration.ofSeconds(input.reminderIntervalSeconds()));
        long nextWait = clock.nextWait().toSeconds();
        if (clock.progress() == SignatureProgress.DEADLINE_PASSED) {
            return new Output(true, false, nextWait);
        }
        if (clock.progress() == SignatureProgress.SIGNED || clock.reminderNumber() == 0) {
            return new Output(false, false, nextWait);
        }
        Agreement agreement = agreements.get(agreementId);
        CustomerApplication application = applications.get(new ApplicationId(input.applicationId()));
        boolean sent = mailer.sendOnce(application.id().value(), "SIGNATURE_REMINDER_" + clock.reminderNumber(),
                () -> mails.signatureReminder(application, agreement, agreementTitle));
        return new Output(false, sent, nextWait);
    }
}
