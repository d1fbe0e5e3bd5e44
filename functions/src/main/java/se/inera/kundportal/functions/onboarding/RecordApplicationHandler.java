package se.inera.kundportal.functions.onboarding;

import java.util.Objects;

import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.common.Ids;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.workflow.OnboardingSteps;
import se.inera.kundportal.functions.wiring.Wiring;

/** Task "Record Application": checks the application exists and records that its onboarding started. */
public final class RecordApplicationHandler
        extends TaskHandler<RecordApplicationHandler.Input, RecordApplicationHandler.Output> {

    /** @param executionId {@code $$.Execution.Id}, for the audit trail */
    public record Input(String applicationId, String executionId) {
        public Input {
            Ids.requireSafe(applicationId, "applicationId");
            Objects.requireNonNull(executionId, "executionId");
        }
    }

    public record Output(String applicationId, String organisationsnummer, String organisationName, String status) {
    }

    private final OnboardingSteps steps;

    public RecordApplicationHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public RecordApplicationHandler(Wiring wiring) {
        this(wiring.onboardingSteps());
    }

    public RecordApplicationHandler(OnboardingSteps steps) {
        super(Input.class);
        this.steps = Objects.requireNonNull(steps);
    }

    @Override
    protected Output handle(Input input) {
        CustomerApplication application;
        try {
            application = steps.recordStart(new ApplicationId(input.applicationId()), input.executionId());
        } catch (NotFoundException e) {
            throw new ApplicationNotReady("No application " + input.applicationId() + " to onboard", e);
        }
        return new Output(application.id().value(), application.organisationsnummer().value(),
                application.organisation().name(), application.status().name());
    }
}
