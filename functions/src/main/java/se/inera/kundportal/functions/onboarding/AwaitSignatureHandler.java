package se.inera.kundportal.functions.onboarding;

import java.time.Duration;
import java.util.Objects;

import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.common.Ids;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.workflow.OnboardingWaits;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * Task "Wait For Signature" ({@code .waitForTaskToken}), through core's rendezvous
 * ({@link OnboardingWaits#awaitSignature}): parks the task token on the agreement, replacing the previous
 * wait's, then resumes at once if the agreement is already signed. The task times out after {@code waitSeconds}
 * (until the next reminder or the signing deadline), and "Remind Signatory" follows; a lost wake-up is recovered
 * by the sweeper ("Wake Parked Workflows").
 */
public final class AwaitSignatureHandler extends TaskHandler<AwaitSignatureHandler.Input, WaitParked> {

    /** @param waitSeconds the task's timeout, so the parked token's expiry matches it */
    public record Input(String applicationId, String agreementId, String taskToken, long waitSeconds) {
        public Input {
            Ids.requireSafe(applicationId, "applicationId");
            Ids.requireSafe(agreementId, "agreementId");
            Objects.requireNonNull(taskToken, "taskToken");
        }

        /** Keeps the token out of logs. */
        @Override
        public String toString() {
            return "AwaitSignature[" + applicationId + ", " + agreementId + "]";
        }
    }

    private final OnboardingWaits waits;

    public AwaitSignatureHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public AwaitSignatureHandler(Wiring wiring) {
        this(wiring.onboardingWaits());
    }

    public AwaitSignatureHandler(OnboardingWaits waits) {
        super(Input.class);
        this.waits = Objects.requireNonNull(waits);
    }

    @Override
    protected WaitParked handle(Input input) {
        AgreementId id = new AgreementId(input.agreementId());
        try {
            return WaitParked.of(waits.awaitSignature(id, input.taskToken(), Duration.ofSeconds(input.waitSeconds())));
        } catch (NotFoundException e) {
            throw new ApplicationNotReady("No agreement " + id + " to wait for", e);
        }
    }
}
