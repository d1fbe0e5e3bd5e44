package se.inera.kundportal.core.user;

import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.organisation.Organisationsnummer;

/** Whether a signed-in person holds a role in an organisation now, read at the request (the part ordering needs). */
@FunctionalInterface
public interface RoleCheck {

    /** The caller as an actor, if they hold {@code role} in the organisation now (404/403 otherwise). */
    Actor requireRole(SignedIn caller, Organisationsnummer organisation, Role role);
}
