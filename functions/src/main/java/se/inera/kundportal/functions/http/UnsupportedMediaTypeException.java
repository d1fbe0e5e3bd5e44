package se.inera.kundportal.functions.http;

/**
 * A request with a body (or a declared body type) that is not {@code application/json}: HTTP 415. The API reads
 * JSON only, and refusing every other type also means a cross-site page cannot send a "simple" request (a form
 * or {@code text/plain} body, which the browser sends without a CORS preflight) that any handler would act on.
 */
public final class UnsupportedMediaTypeException extends RuntimeException {
    static final String MESSAGE = "Begäran ska skickas som JSON med Content-Type: application/json.";

    UnsupportedMediaTypeException() {
        super(MESSAGE);
    }
}
