package se.inera.kundportal.local.bankid;

/** Something the simulated app refuses, with the message (in Swedish) that the app shows the user. */
public final class AppActionException extends RuntimeException {
    public AppActionException(String messageInSwedish) {
        super(messageInSwedish);
    }
}
