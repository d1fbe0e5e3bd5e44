package se.inera.kundportal.functions.http;

import se.inera.kundportal.core.message.RequestMessages;

/**
 * A request with a body (or a declared body type) that is not {@code application/json}: HTTP 415. The API reads
 * JSON only, and refusing every other type also means a cross-site page cannot send a "simple" request (a form
 * or {@code text/plain} body, which the browser sends without a CORS preflight) that any handler would act on.
 */
public final class UnsupportedMediaTypeException extends RuntimeException {
    UnsupportedMediaTypeException() {
        super(RequestMessages.NOT_JSON);
    }
}
