package se.inera.kundportal.core.user;

import java.util.Objects;
import java.util.Optional;

/**
 * Who calls, as the identity provider vouches for it: the token's {@code subject} identifies the person;
 * {@code email} (verified by the identity provider, not writable by the user) is used once, to find the person
 * the portal registered under that address the first time the login is seen.
 *
 * @param operator    in Inera customer service's group
 * @param displayName for the audit trail only
 */
public record SignedIn(String subject, Optional<String> email, String displayName, boolean operator) {
    public SignedIn {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(displayName, "displayName");
    }
}
