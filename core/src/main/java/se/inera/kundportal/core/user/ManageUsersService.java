package se.inera.kundportal.core.user;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import se.inera.kundportal.core.audit.AuditLog;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.error.NotAllowedException;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.organisation.OrganisationRepository;
import se.inera.kundportal.core.organisation.Organisationsnummer;

/**
 * "Visa roller" and "Lägg upp ny användare och tilldela roll". An Administrator of the
 * organisation, or Inera customer service, may act. A person is found by e-mail address, so the
 * same person can hold roles in several organisations.
 */
public final class ManageUsersService implements ManageUsers {
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final OrganisationRepository organisations;
    private final UserRepository users;
    private final AuditLog audit;
    private final Clock clock;

    public ManageUsersService(OrganisationRepository organisations, UserRepository users, AuditLog audit,
                              Clock clock) {
        this.organisations = Objects.requireNonNull(organisations);
        this.users = Objects.requireNonNull(users);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public OrganisationRoles showRoles(Organisationsnummer organisation, Actor caller) {
        organisations.get(organisation);
        OrganisationRoles roles = users.rolesOf(organisation);
        requireAdministrator(roles, caller);
        return roles;
    }

    @Override
    public User addUserWithRole(AddUserCommand command) {
        OrganisationRoles roles = showRoles(command.organisation(), command.caller());
        NewUserForm.ValidNewUser valid = NewUserForm.validate(command, LocalDate.now(clock.withZone(SWEDEN)));
        User user = users.findByEmail(valid.email()).orElseGet(() -> {
            User created = users.create(new User(UserId.newId(), valid.name(), valid.email(), valid.mobile(),
                    valid.personnummer(), 0));
            audit.append(UserAudit.created(created, command.caller(), clock.instant(), roles.organisation()));
            return created;
        });
        if (valid.role() == Role.ATTESTANT && !user.canAttest()) {
            throw ValidationException.of("mobile",
                    "Personen finns redan utan mobilnummer och personnummer och kan därför inte attestera.");
        }
        give(roles.organisation(), user.id(), valid.role(), command.caller());
        return user;
    }

    @Override
    public void assignRole(Organisationsnummer organisation, UserId userId, Role role, Actor caller) {
        OrganisationRoles roles = showRoles(organisation, caller);
        User user = users.get(userId);
        if (role == Role.ATTESTANT && !user.canAttest()) {
            throw ValidationException.of("role",
                    "En attestant behöver mobilnummer (för engångskod via SMS) eller personnummer (för BankID).");
        }
        give(roles.organisation(), user.id(), role, caller);
    }

    private void give(Organisationsnummer organisation, UserId user, Role role, Actor caller) {
        RoleAssignment assignment = new RoleAssignment(organisation, user, role, caller, clock.instant());
        if (users.assign(assignment)) {
            audit.append(UserAudit.roleAssigned(assignment));
        }
    }

    private static void requireAdministrator(OrganisationRoles roles, Actor caller) {
        boolean operator = caller.kind() == Actor.Kind.OPERATOR;
        boolean administrator = caller.kind() == Actor.Kind.CUSTOMER_USER
                && roles.holds(new UserId(caller.id()), Role.ADMINISTRATOR);
        if (!operator && !administrator) {
            throw new NotAllowedException("Endast organisationens administratör kan se och ändra roller.");
        }
    }
}
