package se.inera.kundportal.functions.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import se.inera.kundportal.core.agreement.Agreement;
import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.agreement.AgreementRepository;
import se.inera.kundportal.core.common.Ids;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.workflow.CallbackKey;
import se.inera.kundportal.core.workflow.ResumeOutcome;
import se.inera.kundportal.core.workflow.WorkflowCallbacks;
import se.inera.kundportal.functions.wiring.Wiring;
import se.inera.kundportal.functions.workflow.SignatureResult;
import se.inera.kundportal.functions.workflow.TaskTokenResumer;

/**
 * Task "Wait For Signature" ({@code .waitForTaskToken}): parks the task token on the agreement,
 * server-side, replacing the token of the previous wait (the wait times out after each reminder
 * interval and is entered again). Parks FIRST, then checks: an agreement signed before the token
 * was parked (or between two waits) resumes the workflow at once.
 */
public final class AwaitSignatureHandler extends TaskHandler<AwaitSignatureHandler.Input, WaitParked> {

    /** @param waitSeconds the task's timeout (the reminder interval) */
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

    private final AgreementRepository agreements;
    private final WorkflowCallbacks callbacks;
    private final TaskTokenResumer resumer;
    private final Clock clock;

    public AwaitSignatureHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public AwaitSignatureHandler(Wiring wiring) {
        this(wiring.store().agreements(), wiring.callbacks(),
                wiring.taskTokenResumer(), wiring.clock());
    }

    public AwaitSignatureHandler(AgreementRepository agreements, WorkflowCallbacks callbacks, TaskTokenResumer resumer,
                                 Clock clock) {
        super(Input.class);
        this.agreements = Objects.requireNonNull(agreements);
        this.callbacks = Objects.requireNonNull(callbacks);
        this.resumer = Objects.requireNonNull(resumer);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    protected WaitParked handle(Input input) {
        AgreementId id = new AgreementId(input.agreementId());
        CallbackKey key = CallbackKey.signatureOf(id);
        Instant expiresAt = clock.instant().plusSeconds(input.waitSeconds());
        callbacks.park(key, input.taskToken(), expiresAt);

        Agreement agreement;
        try {
            agreement = agreements.get(id);
        } catch (NotFoundException e) {
            throw new ApplicationNotReady("No agreement " + id + " to wait for", e);
        }
        if (!agreement.isSigned()) {
            return WaitParked.waiting(expiresAt);
        }
        ResumeOutcome outcome = resumer.resume(input.taskToken(), new SignatureResult(id.value(), true),
                key.toString());
        callbacks.clear(key, input.taskToken());
        return WaitParked.resumedAtOnce(outcome);
    }
}
