package se.inera.kundportal.functions.onboarding;

import se.inera.kundportal.core.workflow.ResumeOutcome;
import se.inera.kundportal.core.workflow.ParkedWait;

/**
 * What a "Wait For …" task's handler returns (Step Functions ignores it: the task's result is what
 * resumes it). Useful in logs and tests: whether the token was parked (until when), or the awaited
 * thing had already happened and the handler resumed the workflow itself.
 */
public record WaitParked(boolean resumedAtOnce, String parkedUntil) {

    public static WaitParked of(ParkedWait parked) {
        return new WaitParked(parked.resumedAtOnce().filter(ResumeOutcome.RESUMED::equals).isPresent(),
                parked.parkedUntil().toString());
    }
}
