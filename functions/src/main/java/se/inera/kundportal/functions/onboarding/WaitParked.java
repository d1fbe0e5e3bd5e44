package se.inera.kundportal.functions.onboarding;

import java.time.Instant;

import se.inera.kundportal.core.workflow.ResumeOutcome;

/**
 * What a "Wait For …" task's handler returns (Step Functions ignores it: the task's result is what
 * resumes it). Useful in logs and tests: whether the token was parked to wait, or the awaited
 * thing had already happened and the handler resumed the workflow itself.
 */
public record WaitParked(boolean resumedAtOnce, String expiresAt) {

    static WaitParked waiting(Instant expiresAt) {
        return new WaitParked(false, expiresAt.toString());
    }

    static WaitParked resumedAtOnce(ResumeOutcome outcome) {
        return new WaitParked(outcome == ResumeOutcome.RESUMED, null);
    }
}
