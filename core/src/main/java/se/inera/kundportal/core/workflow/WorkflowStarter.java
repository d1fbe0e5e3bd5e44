package se.inera.kundportal.core.workflow;

import se.inera.kundportal.core.application.ApplicationId;

/** Port: starts the onboarding workflow of a submitted application. */
public interface WorkflowStarter {

    /**
     * Starts onboarding for a stored application; the execution is named after the application id.
     * Idempotent: starting it again for the same application does nothing.
     */
    void startOnboarding(ApplicationId application);
}
