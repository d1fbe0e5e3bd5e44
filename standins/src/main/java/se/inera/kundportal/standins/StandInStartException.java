package se.inera.kundportal.standins;

/** A stand-in could not be started: it exited, or did not answer in time. The message carries its output. */
public final class StandInStartException extends RuntimeException {
    public StandInStartException(String message) {
        super(message);
    }

    public StandInStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
