package se.inera.kundportal.core.user;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import se.inera.kundportal.core.agreement.Agreement;
import se.inera.kundportal.core.agreement.AgreementRepository;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.application.CustomerApplicationRepository;
import se.inera.kundportal.core.audit.AuditLog;
import se.inera.kundportal.core.audit.OrganisationAudit;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.Authorisation;
import se.inera.kundportal.core.error.ConflictException;
import se.inera.kundportal.core.error.NotAllowedException;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.error.StaleVersionException;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.message.RequestMessages;
import se.inera.kundportal.core.message.UserMessages;
import se.inera.kundportal.core.organisation.InvoicingDetails;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.OrganisationDetails;
import se.inera.kundportal.core.organisation.OrganisationRepository;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.person.Contact;
import se.inera.kundportal.core.user.PersonForm.PersonInput;
import se.inera.kundportal.core.user.PersonForm.ValidPerson;
import se.inera.kundportal.core.user.Readiness.Check;
import se.inera.kundportal.core.user.Readiness.Kind;

/**
 * {@link ManageUsers}: every decision of users and roles. The caller is found per request by the login's subject
 * (bound once to the person registered under the identity provider's verified e-mail), their roles in the
 * organisation read from its one membership item; every change is a conditional write on one item and one audit
 * record with who, when, what, before and after.
 */
public final class ManageUsersService implements ManageUsers {
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final OrganisationRepository organisations;
    private final AgreementRepository agreements;
    private final CustomerApplicationRepository applications;
    private final UserRepository users;
    private final PersonAccess access;
    private final AuditLog audit;
    private final Clock clock;

    public ManageUsersService(OrganisationRepository organisations, AgreementRepository agreements,
                              CustomerApplicationRepository applications, UserRepository users, PersonAccess access,
                              AuditLog audit, Clock clock) {
        this.organisations = Objects.requireNonNull(organisations);
        this.agreements = Objects.requireNonNull(agreements);
        this.applications = Objects.requireNonNull(applications);
        this.users = Objects.requireNonNull(users);
        this.access = Objects.requireNonNull(access);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    // --- who calls ---------------------------------------------------------------------------------

    @Override
    public Me me(SignedIn caller) {
        if (caller.operator()) {
            return new Me(Optional.empty(), caller.displayName(), true, List.of());
        }
        Optional<User> user = person(caller);
        List<Me.OrganisationAccess> memberships = user.map(found -> users.membershipsOf(found.id()).stream()
                .map(m -> new Me.OrganisationAccess(m.organisation(), m.organisationName(), m.roles(),
                        Abilities.of(m.roles())))
                .toList()).orElse(List.of());
        return new Me(user, user.map(User::name).orElse(caller.displayName()), false, memberships);
    }

    /** The caller in the organisation: the organisation, who acts, and what they may do there. */
    private record Access(Organisation organisation, Actor actor, Abilities can, Optional<User> user) {
    }

    private Access access(SignedIn caller, Organisationsnummer number) {
        if (caller.operator()) {
            Organisation organisation = organisations.findByNumber(number).orElseThrow(() -> notFound(number));
            return new Access(organisation, Actor.operator(caller.subject(), caller.displayName()), Abilities.OPERATOR,
                    Optional.empty());
        }
        User user = person(caller).orElseThrow(() -> notFound(number));
        MemberRoles roles = users.membership(number, user.id());
        if (roles.roles().isEmpty()) {
            throw notFound(number);
        }
        Organisation organisation = organisations.findByNumber(number).orElseThrow(() -> notFound(number));
        return new Access(organisation, actor(user), Abilities.of(roles.roles()), Optional.of(user));
    }

    private Access access(SignedIn caller, Organisationsnummer number, Predicate<Abilities> needed, String refusal) {
        Access found = access(caller, number);
        if (!needed.test(found.can())) {
            throw new NotAllowedException(caller.operator() && !needed.test(Abilities.OPERATOR)
                    ? UserMessages.OPERATOR_USES_OWN_PAGE : refusal);
        }
        return found;
    }

    private Access administrator(SignedIn caller, Organisationsnummer number) {
        return access(caller, number, Abilities::manageUsers, UserMessages.ONLY_ADMINISTRATOR);
    }

    private Optional<User> person(SignedIn caller) {
        Optional<User> bound = users.userOfLogin(caller.subject()).flatMap(users::findById);
        if (bound.isPresent()) {
            return bound;
        }
        // First sign-in: the portal made the account under this verified address; bind the login to that person.
        Optional<User> registered = caller.email().flatMap(PersonForm::emailOf).flatMap(users::findByEmail);
        registered.ifPresent(user -> users.bindLogin(caller.subject(), user.id()));
        return registered;
    }

    private static Actor actor(User user) {
        return new Actor(Actor.Kind.CUSTOMER_USER, user.id().value(), user.name());
    }

    private static NotFoundException notFound(Organisationsnummer number) {
        return NotFoundException.of("Organisation", number, UserMessages.ORGANISATION_NOT_FOUND);
    }

    @Override
    public Actor requireRole(SignedIn caller, Organisationsnummer organisation, Role role) {
        Access found = access(caller, organisation);
        boolean holds = found.user().map(user -> users.membership(organisation, user.id()).has(role)).orElse(false);
        if (!holds) {
            throw new NotAllowedException(UserMessages.roleRequired(role.name()));
        }
        return found.actor();
    }

    @Override
    public List<User> attestantsOf(Organisationsnummer organisation) {
        return users.rolesOf(organisation).usersWith(Role.ATTESTANT);
    }

    // --- Visa roller ---------------------------------------------------------------------------------

    @Override
    public RolesOverview showRoles(SignedIn caller, Organisationsnummer number) {
        Access found = access(caller, number, Abilities::viewRoles, UserMessages.ONLY_ADMINISTRATOR_OR_CONTACT);
        Optional<CustomerApplication> application = applications.findByOrganisation(number).stream().findFirst();
        return new RolesOverview(number, found.organisation().name(), users.rolesOf(number).members(),
                application.map(a -> named(a.contacts().signatory().contact())),
                application.map(a -> named(a.contacts().agreementContact())),
                newestAgreement(number).map(Agreement::status));
    }

    @Override
    public OrganisationRoles showRoles(Organisationsnummer organisation, Actor operator) {
        Authorisation.requireOperator(operator);
        organisations.get(organisation);
        return users.rolesOf(organisation);
    }

    private static RolesOverview.Named named(Contact contact) {
        return new RolesOverview.Named(contact.name(), contact.email().value());
    }

    private Optional<Agreement> newestAgreement(Organisationsnummer number) {
        return agreements.findByOrganisation(number).stream().findFirst();
    }

    // --- add, edit, remove a person ------------------------------------------------------------------

    @Override
    public OrganisationMember addPerson(SignedIn caller, Organisationsnummer number, PersonInput input) {
        Access found = administrator(caller, number);
        ValidPerson valid = PersonForm.validate(input, true, today());
        return grant(found, valid, valid.roles());
    }

    /** Finds or registers the person, then gives them {@code roles} on top of what they hold in the organisation. */
    private OrganisationMember grant(Access found, ValidPerson valid, Set<Role> roles) {
        Organisationsnummer number = found.organisation().number();
        User person = users.findByEmail(valid.email().orElseThrow()).map(existing -> completed(existing, valid, found))
                .orElseGet(() -> register(valid, found));
        MemberRoles before = users.membership(number, person.id());
        Set<Role> after = EnumSet.copyOf(roles);
        after.addAll(before.roles());
        if (after.contains(Role.ATTESTANT) && person.personnummer().isEmpty()) {
            throw ValidationException.of("personnummer", UserMessages.ATTESTANT_NEEDS_PERSONNUMMER);
        }
        if (before.roles().equals(after)) {
            // The same request again (e.g. after its mail was refused): offer that mail again; the once-only key of
            // the membership's version sends it only if it has not gone out.
            tell(found, person, after, after, before.version());
        }
        return changeRoles(found, person, before, after);
    }

    private User register(ValidPerson valid, Access found) {
        User created = users.create(new User(UserId.newId(), valid.name(), valid.email().orElseThrow(), valid.mobile(),
                valid.personnummer(), 0));
        audit.append(UserAudit.created(created, found.actor(), clock.instant(), found.organisation().number()));
        return created;
    }

    /** A person who exists already keeps their details; what they lacked (mobile, personnummer) is filled in. */
    private User completed(User existing, ValidPerson valid, Access found) {
        User filled = new User(existing.id(), existing.name(), existing.email(),
                existing.mobile().or(valid::mobile), existing.personnummer().or(valid::personnummer),
                existing.version());
        return filled.equals(existing) ? existing : updated(existing, filled, found);
    }

    private User updated(User before, User changed, Access found) {
        User stored = users.update(changed);
        audit.append(UserAudit.updated(before, stored, found.actor(), clock.instant(), found.organisation().number()));
        return stored;
    }

    @Override
    public OrganisationMember editPerson(SignedIn caller, Organisationsnummer number, String userId,
                                         PersonInput input) {
        Access found = administrator(caller, number);
        User person = member(number, userId);
        // The personnummer is never shown again, so a form that leaves it out keeps the registered one.
        boolean keepPersonnummer = (input.personnummer() == null || input.personnummer().isBlank())
                && person.personnummer().isPresent();
        PersonInput edited = keepPersonnummer ? new PersonInput(input.name(), input.email(), input.mobile(),
                person.personnummer().get().value(), input.roles()) : input;
        ValidPerson valid = PersonForm.validate(edited, false, today());
        User changed = new User(person.id(), valid.name(), person.email(), valid.mobile(), valid.personnummer(),
                person.version());
        User stored = changed.equals(person) ? person : updated(person, changed, found);
        return changeRoles(found, stored, users.membership(number, person.id()), valid.roles());
    }

    @Override
    public void removePerson(SignedIn caller, Organisationsnummer number, String userId) {
        Access found = administrator(caller, number);
        User person = member(number, userId);
        changeRoles(found, person, users.membership(number, person.id()), Set.of());
        if (users.membershipsOf(person.id()).isEmpty()) {
            access.removeLogin(person);
            users.delete(person);
            audit.append(UserAudit.deleted(person, found.actor(), clock.instant(), number));
        }
    }

    /** A member of the organisation; anyone else (or an unreadable id) is "not found", as in another organisation. */
    private User member(Organisationsnummer number, String userId) {
        Optional<UserId> id = UserId.parse(userId);
        return id.filter(user -> !users.membership(number, user).roles().isEmpty()).flatMap(users::findById)
                .orElseThrow(() -> NotFoundException.of("User", userId, UserMessages.PERSON_NOT_FOUND));
    }

    /** The one conditional write of a role change, its audit record, and the mails for newly given roles. */
    private OrganisationMember changeRoles(Access found, User person, MemberRoles before, Set<Role> after) {
        Organisationsnummer number = found.organisation().number();
        if (before.roles().equals(after)) {
            return new OrganisationMember(person, after);
        }
        RoleChange change = users.changeRoles(number, person.id(), before, after);
        switch (change.outcome()) {
            case LAST_ADMINISTRATOR -> throw new ConflictException(UserMessages.LAST_ADMINISTRATOR);
            case STALE -> throw new ConflictException(UserMessages.ROLES_CHANGED_MEANWHILE);
            case CHANGED -> audit.append(UserAudit.rolesChanged(person.id(), number, before.roles(), after,
                    change.version(), before.version(), found.actor(), clock.instant()));
        }
        Set<Role> given = EnumSet.noneOf(Role.class);
        given.addAll(after);
        given.removeAll(before.roles());
        tell(found, person, given, after, change.version());
        return new OrganisationMember(person, after);
    }

    /** The mail for newly {@code given} roles: how to sign in for a login role, what it means for an Attestant. */
    private void tell(Access found, User person, Set<Role> given, Set<Role> after, long membershipVersion) {
        if (membershipVersion == 0) {
            return; // removed: nothing to tell
        }
        String mailChange = found.organisation().number().value() + "-v" + membershipVersion;
        if (given.stream().anyMatch(Role::hasLogin)) {
            access.invite(person, found.organisation(), after, mailChange);
        } else if (given.contains(Role.ATTESTANT) && after.stream().noneMatch(Role::hasLogin)) {
            access.informAttestant(person, found.organisation(), mailChange);
        }
    }

    // --- Kundinformation, Fakturauppgifter, ready to order -------------------------------------------

    @Override
    public CustomerInformation customerInformation(SignedIn caller, Organisationsnummer number) {
        Access found = access(caller, number);
        return new CustomerInformation(found.organisation(), newestAgreement(number));
    }

    @Override
    public CustomerInformation updateInvoicing(SignedIn caller, Organisationsnummer number,
                                               InvoicingForm.Input input) {
        Access found = access(caller, number, Abilities::editInvoicing, UserMessages.ONLY_ADMINISTRATOR);
        Organisation before = found.organisation();
        InvoicingDetails invoicing = InvoicingForm.validate(input, before.details());
        if (invoicing.equals(before.details().invoicing())) {
            // The details already stand (a double click, a resend): nothing changes, nothing is audited.
            return new CustomerInformation(before, newestAgreement(number));
        }
        OrganisationDetails details = before.details();
        Organisation stored;
        try {
            stored = organisations.update(before.withDetails(
                    new OrganisationDetails(details.number(), details.name(), details.address(), invoicing)));
        } catch (StaleVersionException stale) {
            // Another request changed the organisation since it was read: if it stored these very details, this
            // request's change is made; otherwise it is a conflict for the administrator to look at again.
            Organisation now = organisations.findByNumber(number).orElseThrow(() -> stale);
            if (now.details().invoicing().equals(invoicing)) {
                return new CustomerInformation(now, newestAgreement(number));
            }
            throw stale;
        }
        audit.append(OrganisationAudit.invoicingChanged(before, stored, found.actor(), clock.instant()));
        return new CustomerInformation(stored, newestAgreement(number));
    }

    @Override
    public Readiness readiness(SignedIn caller, Organisationsnummer number) {
        Access found = access(caller, number);
        OrganisationRoles roles = users.rolesOf(number);
        String base = "/organisation/" + number.value();
        return new Readiness(number, List.of(
                new Check(Kind.AGREEMENT_SIGNED, found.organisation().canOrder(), UserMessages.READY_AGREEMENT_SIGNED,
                        base + "/kundinformation"),
                new Check(Kind.HAS_ORDERER, roles.hasAnyone(Role.ORDERER), UserMessages.READY_HAS_ORDERER,
                        base + "/anvandare/ny?roll=" + Role.ORDERER.name()),
                new Check(Kind.HAS_ATTESTANT, roles.hasAnyone(Role.ATTESTANT), UserMessages.READY_HAS_ATTESTANT,
                        base + "/anvandare/ny?roll=" + Role.ATTESTANT.name())));
    }

    // --- customer service ----------------------------------------------------------------------------

    @Override
    public OrganisationMember appointAdministrator(SignedIn operator, Organisationsnummer number, PersonInput input,
                                                   Optional<String> replaceUserId) {
        if (!operator.operator()) {
            throw new NotAllowedException(RequestMessages.OPERATORS_ONLY_ACTION);
        }
        Access found = access(operator, number);
        ValidPerson valid = PersonForm.validate(new PersonInput(input.name(), input.email(), input.mobile(),
                input.personnummer(), List.of(Role.ADMINISTRATOR.name())), true, today());
        Optional<User> replaced = replaceUserId.map(id -> UserId.parse(id)
                .filter(user -> users.membership(number, user).has(Role.ADMINISTRATOR)).flatMap(users::findById)
                .orElseThrow(() -> ValidationException.of("replaceUserId",
                        UserMessages.ADMINISTRATOR_TO_REPLACE_NOT_FOUND)));
        OrganisationMember appointed = grant(found, valid, valid.roles());
        replaced.filter(user -> !user.id().equals(appointed.user().id())).ifPresent(user -> {
            MemberRoles before = users.membership(number, user.id());
            Set<Role> after = EnumSet.noneOf(Role.class);
            after.addAll(before.roles());
            after.remove(Role.ADMINISTRATOR);
            changeRoles(found, user, before, after);
        });
        return appointed;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SWEDEN));
    }
}
