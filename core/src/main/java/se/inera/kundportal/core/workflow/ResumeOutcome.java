package se.inera.kundportal.core.workflow;

/** What happened when something tried to resume a waiting workflow. */
public enum ResumeOutcome {
    /** A waiting workflow was found and continued. */
    RESUMED,
    /**
     * No workflow was waiting (not parked yet, or the wait had ended). Not an error: the state
     * change is stored first, and a workflow that parks later sees it and continues by itself.
     */
    NOTHING_WAITING
}
