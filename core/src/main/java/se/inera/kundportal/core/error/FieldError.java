package se.inera.kundportal.core.error;

import java.util.Objects;

/**
 * One invalid input field.
 *
 * @param field   the input's path, e.g. {@code organisation.organisationsnummer} or
 *                {@code contacts.signatory.email}
 * @param message what is wrong, in Swedish, fit to show next to the field
 */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
