package se.inera.kundportal.core.workflow;

/**
 * Port: completes one waiting workflow task, identified by its task token, with a result (Step
 * Functions' {@code SendTaskSuccess} in AWS and against the local engine). Used only by
 * {@link Rendezvous}.
 */
public interface TaskTokenResumer {

    /**
     * Sends {@code output} (a record, written as JSON) as the task's result. A wait that is already
     * over is {@link ResumeOutcome#NOTHING_WAITING}, not an error. Implementations never log the token.
     *
     * @param what names the awaited thing, for the log
     */
    ResumeOutcome resume(String taskToken, Object output, String what);
}
