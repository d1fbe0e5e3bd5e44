package se.inera.kundportal.functions.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.CustomerApplicationRepository;
import se.inera.kundportal.core.common.Ids;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.workflow.CallbackKey;
import se.inera.kundportal.core.workflow.ResumeOutcome;
import se.inera.kundportal.core.workflow.WorkflowCallbacks;
import se.inera.kundportal.functions.wiring.Wiring;
import se.inera.kundportal.functions.workflow.DecisionResult;
import se.inera.kundportal.functions.workflow.TaskTokenResumer;

/**
 * Task "Wait For Inera Decision" ({@code .waitForTaskToken}): parks the task token on the
 * application, server-side. Parking comes FIRST, then the check: if the operator's decision was
 * stored before the token was parked (the decision handler then found nothing to resume), this
 * step resumes the workflow itself, so no order of the two loses the decision.
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

    private final CustomerApplicationRepository applications;
    private final WorkflowCallbacks callbacks;
    private final TaskTokenResumer resumer;
    private final Clock clock;

    public AwaitDecisionHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public AwaitDecisionHandler(Wiring wiring) {
        this(wiring.store().applications(), wiring.callbacks(),
                wiring.taskTokenResumer(), wiring.clock());
    }

    public AwaitDecisionHandler(CustomerApplicationRepository applications, WorkflowCallbacks callbacks,
                                TaskTokenResumer resumer, Clock clock) {
        super(Input.class);
        this.applications = Objects.requireNonNull(applications);
        this.callbacks = Objects.requireNonNull(callbacks);
        this.resumer = Objects.requireNonNull(resumer);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    protected WaitParked handle(Input input) {
        ApplicationId id = new ApplicationId(input.applicationId());
        CallbackKey key = CallbackKey.decisionOn(id);
        Instant expiresAt = clock.instant().plusSeconds(input.waitSeconds());
        callbacks.park(key, input.taskToken(), expiresAt);

        Optional<DecisionResult> alreadyDecided;
        try {
            alreadyDecided = DecisionResult.of(applications.get(id));
        } catch (NotFoundException e) {
            throw new ApplicationNotReady("No application " + id + " to wait for", e);
        }
        if (alreadyDecided.isEmpty()) {
            return WaitParked.waiting(expiresAt);
        }
        ResumeOutcome outcome = resumer.resume(input.taskToken(), alreadyDecided.get(), key.toString());
        callbacks.clear(key, input.taskToken());
        return WaitParked.resumedAtOnce(outcome);
    }
}
