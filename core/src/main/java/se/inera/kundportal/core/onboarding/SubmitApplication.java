package se.inera.kundportal.core.onboarding;

import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.application.SubmitApplicationCommand;

/** Use case: an organisation submits a customer application (kundansökan), step 1 of the routine. */
public interface SubmitApplication {

    /**
     * Validates the application, claims its organisation (one open application per organisation), stores
     * it as {@code SUBMITTED} and starts its onboarding workflow (named after the application id). The same
     * submission sent again while it waits for a decision (e.g. because starting the workflow failed) gives
     * the same application and starts the same workflow, which is started at most once.
     *
     * @throws se.inera.kundportal.core.error.ValidationException    with every invalid field
     * @throws se.inera.kundportal.core.error.AlreadyExistsException if the organisation is already a customer
     *         or another application of it is open; the message says what to do instead
     */
    CustomerApplication submit(SubmitApplicationCommand command);
}
