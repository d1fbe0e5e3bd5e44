package se.inera.kundportal.core.user;

import java.util.Objects;

import se.inera.kundportal.core.common.Versioned;
import java.util.Optional;

import se.inera.kundportal.core.person.EmailAddress;
import se.inera.kundportal.core.person.MobileNumber;
import se.inera.kundportal.core.person.Personnummer;

/**
 * A person known to the portal. One person (one e-mail address) may hold roles in several
 * organisations; the roles are {@link RoleAssignment}s, not part of the user.
 *
 * @param mobile       needed to attest by SMS code
 * @param personnummer needed to attest by BankID
 * @param version      optimistic-locking version; 0 before the first save
 */
public record User(UserId id, String name, EmailAddress email, Optional<MobileNumber> mobile,
                   Optional<Personnummer> personnummer, long version) implements Versioned<User> {
    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(mobile, "mobile");
        Objects.requireNonNull(personnummer, "personnummer");
    }

    /** True when the person can attest by at least one method (SMS code or BankID). */
    public boolean canAttest() {
        return mobile.isPresent() || personnummer.isPresent();
    }

    @Override
    public User withVersion(long newVersion) {
        return new User(id, name, email, mobile, personnummer, newVersion);
    }
}
