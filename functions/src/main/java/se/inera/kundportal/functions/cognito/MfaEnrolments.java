package se.inera.kundportal.functions.cognito;

/** Whether a user of the pool has enrolled an authenticator app (TOTP) as a second factor. */
@FunctionalInterface
public interface MfaEnrolments {
    boolean hasAuthenticatorApp(String userPoolId, String username);
}
