package se.inera.kundportal.functions.onboarding;

import java.time.Duration;
import java.util.Objects;

import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.common.Ids;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.workflow.OnboardingWaits;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * Task "Wait For Inera Decision" ({@code .waitForTaskToken}), through core's rendezvous
 * ({@link OnboardingWaits#awaitDecision}): parks the task token on the application for the whole wait, then
 * resumes at once if the decision is already stored. The task times out after {@code waitSeconds} (the decision
 * timeout); a lost wake-up is recovered by the sweeper ("Wake Parked Workflows"), not by parking again.
 */
public final class AwaitDecisionHandler extends TaskHandler<AwaitDecisionHandler.Input, WaitParked> {

    /** @param waitSeconds the task's timeout, so the parked token's expiry matches it */
    public record Input(String applicationId, String taskToken, long waitSeconds) {
        public Input {
            Ids.requireSafe(applicationId, "applicationId");
            Objects.requireNonNull(taskToken, "taskToken");
        }

        /** Keeps the token out of logs. */
        @Override
        public String toString() {
            return "AwaitDecision[" + applicationId + "]";
        }
    }

    private final OnboardingWaits waits;

    public AwaitDecisionHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public AwaitDecisionHandler(Wiring wiring) {
        this(wiring.onboardingWaits());
    }

    public AwaitDecisionHandler(OnboardingWaits waits) {
        super(Input.class);
        this.waits = Objects.requireNonNull(waits);
    }

    @Override
    protected WaitParked handle(Input input) {
        ApplicationId id = new ApplicationId(input.applicationId());
        try {
            return WaitParked.of(waits.awaitDecision(id, input.taskToken(), Duration.ofSeconds(input.waitSeconds())));
        } catch (NotFoundException e) {
            throw new ApplicationNotReady("No application " + id + " to wait for", e);
        }
    }
}
