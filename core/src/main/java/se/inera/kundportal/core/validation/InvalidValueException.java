package se.inera.kundportal.core.validation;

/**
 * Thrown by value-object factories ({@code Organisationsnummer.parse} etc.) with a Swedish
 * message saying exactly what is wrong. It does not know the input field; {@link Validation}
 * catches it and turns it into a {@link FieldError} with the field's path. It is an
 * {@link IllegalArgumentException} on purpose: outside a validation it signals a programming
 * error (e.g. corrupt stored data), not bad user input.
 */
public final class InvalidValueException extends IllegalArgumentException {
    public InvalidValueException(String message) {
        super(message);
    }
}
