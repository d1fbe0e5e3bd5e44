package se.inera.kundportal.functions.http;

import java.util.List;

import se.inera.kundportal.core.error.FieldError;

/**
 * The body of every error response: {@code {"message": "...", "errors": [{"field", "message"}]}}.
 * Messages are Swedish and meant for the user; {@code errors} is present only for 400 and lists
 * every invalid field at once.
 */
public record ErrorBody(String message, List<FieldError> errors) {
    public ErrorBody {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public static ErrorBody of(String message) {
        return new ErrorBody(message, null);
    }
}
