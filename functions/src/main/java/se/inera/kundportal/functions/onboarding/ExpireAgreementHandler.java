package se.inera.kundportal.functions.onboarding;

import java.util.Objects;

import se.inera.kundportal.core.agreement.Agreement;
import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.error.UnexpectedStatusException;
import se.inera.kundportal.core.workflow.OnboardingSteps;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * Task "Expire Agreement": the signing deadline passed unsigned. Marks the agreement, the
 * organisation's standing and the application expired (idempotent); Inera may send a new link.
 */
public final class ExpireAgreementHandler extends TaskHandler<AgreementStep, ExpireAgreementHandler.Output> {

    public record Output(String agreementId, String status) {
    }

    private final OnboardingSteps steps;

    public ExpireAgreementHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public ExpireAgreementHandler(Wiring wiring) {
        this(wiring.onboardingSteps());
    }

    public ExpireAgreementHandler(OnboardingSteps steps) {
        super(AgreementStep.class);
        this.steps = Objects.requireNonNull(steps);
    }

    @Override
    protected Output handle(AgreementStep input) {
        try {
            Agreement expired = steps.expire(new ApplicationId(input.applicationId()),
                    new AgreementId(input.agreementId()));
            return new Output(expired.id().value(), expired.status().name());
        } catch (UnexpectedStatusException signedMeanwhile) {
            throw new ApplicationNotReady("Agreement " + input.agreementId() + " cannot expire: "
                    + signedMeanwhile.getMessage(), signedMeanwhile);
        }
    }
}
