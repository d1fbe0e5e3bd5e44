package se.inera.kundportal.core.application;

/** Use case: an organisation submits a customer application (kundansökan), step 1 of the routine. */
public interface SubmitApplication {

    /**
     * Validates and stores the application with status {@code SUBMITTED}.
     *
     * @throws se.inera.kundportal.core.error.ValidationException  with every invalid field
     * @throws se.inera.kundportal.core.error.AlreadyExistsException if the organisation is already
     *         a customer or has an application waiting for a decision
     */
    CustomerApplication submit(SubmitApplicationCommand command);
}
