package se.inera.kundportal.functions.http;

/**
 * A service the request depends on (BankID, Step Functions) cannot answer right now; the user may
 * try again shortly. HTTP 503 with the Swedish message, never the cause's text.
 */
public final class ServiceUnavailableException extends RuntimeException {
    public ServiceUnavailableException(String swedishMessage, Throwable cause) {
        super(swedishMessage, cause);
    }
}
