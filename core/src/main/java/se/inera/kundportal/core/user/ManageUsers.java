package se.inera.kundportal.core.user;

import java.util.Objects;

import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.organisation.Organisationsnummer;

/**
 * Use case: the administrator's "Visa roller" and "Lägg upp ny användare och tilldela roll"
 * (step 4). Only an Administrator of the organisation (or Inera customer service) may change roles.
 */
public interface ManageUsers {

    /** "Visa roller". */
    OrganisationRoles showRoles(Organisationsnummer organisation, Actor caller);

    /**
     * Adds the person if new (found by e-mail otherwise) and gives the role.
     *
     * @throws se.inera.kundportal.core.error.ValidationException with field paths {@code name},
     *         {@code email}, {@code mobile}, {@code personnummer}, {@code role}
     * @throws se.inera.kundportal.core.error.NotAllowedException if the caller is not an administrator
     */
    User addUserWithRole(AddUserCommand command);

    /** Gives an existing user another role in the organisation. */
    void assignRole(Organisationsnummer organisation, UserId user, Role role, Actor caller);

    /** Raw form input; the mobile number is required for an Attestant who will attest by SMS. */
    record AddUserCommand(Organisationsnummer organisation, Actor caller, String name, String email, String mobile,
                          String personnummer, String role) {
        public AddUserCommand {
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(caller, "caller");
        }
    }
}
