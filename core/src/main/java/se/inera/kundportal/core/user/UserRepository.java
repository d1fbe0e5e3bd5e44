package se.inera.kundportal.core.user;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.message.Messages;
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
        return findById(id).orElseThrow(() -> NotFoundException.of("User", id, Messages.USER_NOT_FOUND));
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

    /** The person a login (the identity provider's {@code sub}) was bound to, if the person still exists. */
    Optional<UserId> userOfLogin(String subject);

    /** Binds a login to a person once (a conditional write: a login already bound keeps its person). */
    void bindLogin(String subject, UserId user);

    /** The person's roles in the organisation, read from the one membership item (none: {@link MemberRoles#NONE}). */
    MemberRoles membership(Organisationsnummer organisation, UserId user);

    /**
     * Replaces the person's roles in the organisation, if the membership is still at {@code before}'s version.
     * Taking {@code ADMINISTRATOR} away is one conditional write on the organisation's administrator roster (one
     * item, so also under concurrent removals): refused with {@link RoleChange.Outcome#LAST_ADMINISTRATOR} when it
     * would leave nobody.
     */
    RoleChange changeRoles(Organisationsnummer organisation, UserId user, MemberRoles before, Set<Role> after);

    /** Deletes a person who belongs to no organisation (their e-mail address becomes free). */
    void delete(User user);
}
