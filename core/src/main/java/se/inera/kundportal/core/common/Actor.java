package se.inera.kundportal.core.common;

import java.util.Objects;

/**
 * Who did something, for decisions and the audit trail.
 *
 * @param kind        what sort of actor
 * @param id          a stable id: the user id, the operator's login, {@code system} for the workflow,
 *                    the application id for an anonymous applicant
 * @param displayName a human name for audit views
 */
public record Actor(Kind kind, String id, String displayName) {
    public enum Kind {
        /** Someone filling in the public application form (no login). */
        APPLICANT,
        /** A logged-in customer user (administrator, orderer). */
        CUSTOMER_USER,
        /** A signatory acting through an e-mailed signing link, identified by BankID. */
        SIGNATORY,
        /** An attestant acting through an e-mailed attestation link and SMS code or BankID. */
        ATTESTANT,
        /** Inera customer service (kundservice). */
        OPERATOR,
        /** The system itself: timers, workflows. */
        SYSTEM
    }

    public static final Actor SYSTEM = new Actor(Kind.SYSTEM, "system", "Kundportalen");

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
    }

    public static Actor operator(String login, String name) {
        return new Actor(Kind.OPERATOR, login, name);
    }
}
