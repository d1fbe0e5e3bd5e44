package se.inera.kundportal.functions.onboarding;

import java.util.Objects;

import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.error.UnexpectedStatusException;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.workflow.OnboardingSteps;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * Task "Activate Agreement": the agreement is SIGNED, so the organisation becomes an active
 * customer (may order) and the application is completed. Idempotent.
 */
public final class ActivateAgreementHandler extends TaskHandler<AgreementStep, ActivateAgreementHandler.Output> {

    public record Output(String organisationsnummer, boolean canOrder) {
    }

    private final OnboardingSteps steps;

    public ActivateAgreementHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public ActivateAgreementHandler(Wiring wiring) {
        this(wiring.onboardingSteps());
    }

    public ActivateAgreementHandler(OnboardingSteps steps) {
        super(AgreementStep.class);
        this.steps = Objects.requireNonNull(steps);
    }

    @Override
    protected Output handle(AgreementStep input) {
        try {
            Organisation active = steps.activate(new ApplicationId(input.applicationId()),
                    new AgreementId(input.agreementId()));
            return new Output(active.number().value(), active.canOrder());
        } catch (UnexpectedStatusException notSigned) {
            throw new AgreementNotSigned("Agreement " + input.agreementId() + " is not signed", notSigned);
        }
    }
}
