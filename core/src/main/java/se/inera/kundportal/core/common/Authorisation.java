package se.inera.kundportal.core.common;

import se.inera.kundportal.core.error.NotAllowedException;
import se.inera.kundportal.core.message.RequestMessages;

/** Checks on who the caller is, shared by use cases. */
public final class Authorisation {
    private Authorisation() {
    }

    public static void requireOperator(Actor caller) {
        if (caller.kind() != Actor.Kind.OPERATOR) {
            throw new NotAllowedException(RequestMessages.OPERATORS_ONLY_ACTION);
        }
    }
}
