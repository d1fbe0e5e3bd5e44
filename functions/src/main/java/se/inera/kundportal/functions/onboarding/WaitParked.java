package se.inera.kundportal.functions.onboarding;

import se.inera.kundportal.core.workflow.ResumeOutcome;
import se.inera.kundportal.core.workflow.WaitRound;

/**
 * What a "Wait For …" task's handler returns (Step Functions ignores it: the task's result is what
 * resumes it). Useful in logs and tests: whether the token was parked for one round, or the awaited
 * thing had already happened and the handler resumed the workflow itself.
 */
public record WaitParked(boolean resumedAtOnce, String parkedUntil) {

    public static WaitParked of(WaitRound round) {
        return new WaitParked(round.resumedAtOnce().filter(ResumeOutcome.RESUMED::equals).isPresent(),
                round.parkedUntil().toString());
    }
}
