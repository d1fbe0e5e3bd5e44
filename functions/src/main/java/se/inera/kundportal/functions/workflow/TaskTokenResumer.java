package se.inera.kundportal.functions.workflow;

import se.inera.kundportal.core.workflow.ResumeOutcome;

/** Completes one waiting workflow task, identified by its task token, with a result. */
public interface TaskTokenResumer {

    /**
     * Sends {@code output} (a record, written as JSON) as the task's result. A wait that is already
     * over is {@link ResumeOutcome#NOTHING_WAITING}, not an error. Implementations never log the token.
     *
     * @param what names the awaited thing, for the log
     */
    ResumeOutcome resume(String taskToken, Object output, String what);
}
