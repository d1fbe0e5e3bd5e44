package se.inera.kundportal.core.error;

import java.util.List;
import java.util.stream.Collectors;


/** Input was invalid; carries every bad field at once so the form can mark them all. */
public final class ValidationException extends DomainException {
    private final List<FieldError> fieldErrors;

    public ValidationException(List<FieldError> fieldErrors) {
        super(describe(fieldErrors));
        if (fieldErrors.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one field error");
        }
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    @Override
    public ErrorCategory category() {
        return ErrorCategory.VALIDATION;
    }

    private static String describe(List<FieldError> errors) {
        return "Ogiltiga uppgifter: " + errors.stream()
                .map(e -> e.field() + ": " + e.message())
                .collect(Collectors.joining("; "));
    }
}
