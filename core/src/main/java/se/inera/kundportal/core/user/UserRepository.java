package se.inera.kundportal.core.user;

import java.util.List;
import java.util.Optional;

import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.person.EmailAddress;

/** Port: people with portal access and their roles per organisation. */
public interface UserRepository {

    /**
     * Stores a new user (version 0 in, 1 out). Throws
     * {@link se.inera.kundportal.core.error.AlreadyExistsException} if the id or the e-mail address
     * (compared by {@link EmailAddress#normalisedKey()}) is taken.
     */
    User create(User user);

    Optional<User> findById(UserId id);

    default User get(UserId id) {
        return findById(id).orElseThrow(() -> NotFoundException.of("User", id, "Användaren finns inte."));
    }

    /** By e-mail address, compared by {@link EmailAddress#normalisedKey()}. */
    Optional<User> findByEmail(EmailAddress email);

    /** Optimistic update; {@link se.inera.kundportal.core.error.StaleVersionException} on a stale version. */
    User update(User user);

    /** "Visa roller": every user of the organisation with their roles (empty members if none). */
    OrganisationRoles rolesOf(Organisationsnummer organisation);

    /** The organisations a user has roles in, with those roles (one person may administer several). */
    List<Membership> membershipsOf(UserId user);

    /**
     * Gives a role. Idempotent: returns false, changing nothing, if the user already holds it.
     * {@link NotFoundException} if the user or the organisation is unknown.
     */
    boolean assign(RoleAssignment assignment);

    /** Takes a role away; returns false if the user did not hold it. */
    boolean revoke(Organisationsnummer organisation, UserId user, Role role);
}
