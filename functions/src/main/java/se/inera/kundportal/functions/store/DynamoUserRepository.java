package se.inera.kundportal.functions.store;

import static se.inera.kundportal.functions.store.Attributes.number;
import static se.inera.kundportal.functions.store.Attributes.optionalString;
import static se.inera.kundportal.functions.store.Attributes.string;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.inera.kundportal.core.error.AlreadyExistsException;
import se.inera.kundportal.core.error.DomainException;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.person.EmailAddress;
import se.inera.kundportal.core.person.MobileNumber;
import se.inera.kundportal.core.person.Personnummer;
import se.inera.kundportal.core.user.MemberRoles;
import se.inera.kundportal.core.user.Membership;
import se.inera.kundportal.core.user.OrganisationMember;
import se.inera.kundportal.core.user.OrganisationRoles;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.RoleAssignment;
import se.inera.kundportal.core.user.RoleChange;
import se.inera.kundportal.core.user.User;
import se.inera.kundportal.core.user.UserId;
import se.inera.kundportal.core.user.UserRepository;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import se.inera.kundportal.core.message.CustomerMessages;
import se.inera.kundportal.core.message.Messages;

/**
 * Users and their roles.
 * <ul>
 *   <li>A user is {@code USER#<id>} / {@code USER}.</li>
 *   <li>An e-mail address is claimed by {@code EMAIL#<normalised address>} / {@code EMAIL} holding the
 *       user id: uniqueness is the condition {@code attribute_not_exists(PK)} on that one item. The
 *       claim is written before the user and released if the user cannot be written; a claim left
 *       behind by a crash in between points at no user (or at a user with another address) and is
 *       taken over by the next registration of the address.</li>
 *   <li>A user's roles in one organisation are one member item {@code ORG#<nr>} / {@code MEMBER#<userId>}
 *       with the roles as a string set, so "Visa roller" is one Query of the organisation's item
 *       collection and the user's organisations are one Query on GSI1 ({@code USERORGS#<userId>}).
 *       Assigning and revoking are conditional set updates on that item.</li>
 * </ul>
 */
public final class DynamoUserRepository implements UserRepository {
    private static final String ROLES = "roles";
    private static final String ADMINISTRATORS = "administrators";
    private static final Collator SWEDISH = Collator.getInstance(Locale.forLanguageTag("sv-SE"));

    private final DynamoTable table;
    private final VersionedWrites writes;

    DynamoUserRepository(DynamoTable table) {
        this.table = table;
        this.writes = new VersionedWrites(table);
    }

    @Override
    public User create(User user) {
        User stored = user.withVersion(1);
        boolean claimedNow = claimEmail(stored.email(), stored.id());
        if (table.putIf(item(stored), DynamoTable.Condition.itemAbsent()).isPresent()) {
            if (claimedNow) {
                releaseEmail(stored.email(), stored.id());
            }
            throw new AlreadyExistsException("User", stored.id().value(), Messages.USER_EXISTS);
        }
        return stored;
    }

    @Override
    public Optional<User> findById(UserId id) {
        return table.get(Keys.user(id)).map(DynamoUserRepository::user);
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return table.get(Keys.emailClaim(email))
                .map(claim -> new UserId(string(claim, "userId")))
                .flatMap(this::findById)
                // a claim left behind by an interrupted change of address does not count
                .filter(user -> user.email().normalisedKey().equals(email.normalisedKey()));
    }

    @Override
    public User update(User user) {
        User before = findById(user.id()).orElseThrow(() -> notFound(user.id()));
        boolean addressChanged = !before.email().normalisedKey().equals(user.email().normalisedKey());
        boolean claimedNow = addressChanged && claimEmail(user.email(), user.id());
        User stored = user.withVersion(user.version() + 1);
        try {
            writes.update(item(stored), user.version(), subject(user.id()));
        } catch (DomainException refused) {
            if (claimedNow) {
                releaseEmail(user.email(), user.id());
            }
            throw refused;
        }
        if (addressChanged) {
            releaseEmail(before.email(), user.id());
        }
        return stored;
    }

    @Override
    public OrganisationRoles rolesOf(Organisationsnummer organisation) {
        List<Map<String, AttributeValue>> members = table.queryAll(DynamoTable.Query.partition(TableIndex.TABLE,
                Keys.organisationPartition(organisation)).withSortKeyPrefix(Keys.MEMBER_PREFIX));
        Map<UserId, User> users = table.getAll(members.stream()
                        .map(member -> Keys.user(new UserId(string(member, "userId")))).toList()).stream()
                .map(DynamoUserRepository::user)
                .collect(Collectors.toMap(User::id, Function.identity()));
        List<OrganisationMember> result = new ArrayList<>();
        for (Map<String, AttributeValue> member : members) {
            User user = users.get(new UserId(string(member, "userId")));
            Set<Role> roles = roles(member);
            if (user != null && !roles.isEmpty()) {
                result.add(new OrganisationMember(user, roles));
            }
        }
        result.sort(Comparator.comparing((OrganisationMember m) -> m.user().name(), SWEDISH));
        return new OrganisationRoles(organisation, result);
    }

    @Override
    public List<Membership> membershipsOf(UserId user) {
        List<Map<String, AttributeValue>> members = table.queryAll(DynamoTable.Query.partition(TableIndex.GSI1,
                Keys.membershipsOfUser(user)));
        // Names come from the organisations themselves, so a renamed organisation shows its new name.
        Map<String, String> names = new HashMap<>();
        table.getAll(members.stream()
                        .map(member -> Keys.organisation(new Organisationsnummer(string(member, "organisation"))))
                        .toList())
                .forEach(organisation -> names.put(organisation.get(Keys.PK).s(),
                        DynamoOrganisationRepository.name(organisation)));
        List<Membership> result = new ArrayList<>();
        for (Map<String, AttributeValue> member : members) {
            Organisationsnummer number = new Organisationsnummer(string(member, "organisation"));
            String name = names.get(Keys.organisationPartition(number));
            Set<Role> roles = roles(member);
            if (name != null && !roles.isEmpty()) {
                result.add(new Membership(number, name, roles));
            }
        }
        result.sort(Comparator.comparing(Membership::organisationName, SWEDISH));
        return result;
    }

    @Override
    public boolean assign(RoleAssignment assignment) {
        Keys.Key organisationKey = Keys.organisation(assignment.organisation());
        Keys.Key userKey = Keys.user(assignment.user());
        List<Map<String, AttributeValue>> found = table.getAll(List.of(organisationKey, userKey));
        if (found.stream().noneMatch(item -> organisationKey.pk().equals(item.get(Keys.PK).s()))) {
            throw NotFoundException.of("Organisation", assignment.organisation(),
                    CustomerMessages.notCustomer(assignment.organisation()));
        }
        if (found.stream().noneMatch(item -> userKey.pk().equals(item.get(Keys.PK).s()))) {
            throw notFound(assignment.user());
        }
        Keys.Key member = Keys.member(assignment.organisation(), assignment.user());
        DynamoTable.Condition notYetHeld = new DynamoTable.Condition(
                "attribute_not_exists(#roles) OR NOT contains(#roles, :roleName)",
                Map.of("#roles", ROLES, "#type", "type", "#organisation", "organisation", "#userId", "userId",
                        "#gsi1pk", Keys.GSI1PK, "#gsi1sk", Keys.GSI1SK, "#version", VersionedWrites.VERSION),
                Map.of(":roleName", Attributes.string(assignment.role().name()),
                        ":role", AttributeValue.fromSs(List.of(assignment.role().name())),
                        ":type", Attributes.string("MEMBER"),
                        ":organisation", Attributes.string(assignment.organisation().value()),
                        ":userId", Attributes.string(assignment.user().value()),
                        ":gsi1pk", Attributes.string(Keys.membershipsOfUser(assignment.user())),
                        ":gsi1sk", Attributes.string(Keys.membershipSortKey(assignment.organisation())),
                        ":one", Attributes.number(1)));
        DynamoTable.UpdateOutcome outcome = table.updateIf(member,
                "ADD #roles :role, #version :one SET #type = :type, #organisation = :organisation, "
                        + "#userId = :userId, #gsi1pk = :gsi1pk, #gsi1sk = :gsi1sk",
                notYetHeld);
        if (outcome.updated().isPresent() && assignment.role() == Role.ADMINISTRATOR) {
            addToRoster(assignment.organisation(), assignment.user());
        }
        return outcome.updated().isPresent();
    }

    @Override
    public boolean revoke(Organisationsnummer organisation, UserId user, Role role) {
        if (role == Role.ADMINISTRATOR) {
            // the roster first, so that it never names more administrators than the member items hold
            table.updateIf(Keys.administratorRoster(organisation), "DELETE #administrators :user",
                    new DynamoTable.Condition("attribute_exists(#pk)", Map.of("#pk", Keys.PK,
                            "#administrators", ADMINISTRATORS), Map.of(":user", AttributeValue.fromSs(List.of(user.value())))));
        }
        Keys.Key member = Keys.member(organisation, user);
        DynamoTable.Condition held = new DynamoTable.Condition("contains(#roles, :roleName)",
                Map.of("#roles", ROLES, "#version", VersionedWrites.VERSION),
                Map.of(":roleName", Attributes.string(role.name()),
                        ":role", AttributeValue.fromSs(List.of(role.name())),
                        ":one", Attributes.number(1)));
        DynamoTable.UpdateOutcome outcome = table.updateIf(member, "DELETE #roles :role ADD #version :one", held);
        if (outcome.updated().isEmpty()) {
            return false;
        }
        Map<String, AttributeValue> after = outcome.updated().get();
        if (roles(after).isEmpty()) {
            // The last role is gone: drop the member item, unless a role was assigned meanwhile.
            table.deleteIf(member, new DynamoTable.Condition("attribute_not_exists(#roles)",
                    Map.of("#roles", ROLES), Map.of()));
        }
        return true;
    }

    @Override
    public Optional<UserId> userOfLogin(String subject) {
        return table.get(Keys.login(subject)).map(login -> new UserId(string(login, "userId")));
    }

    @Override
    public void bindLogin(String subject, UserId user) {
        Map<String, AttributeValue> login = ItemBuilder.forKey(Keys.login(subject)).with("type", "LOGIN")
                .with("userId", user.value()).build();
        Optional<DynamoTable.Refusal> refused = table.putIf(login, DynamoTable.Condition.itemAbsent());
        // A login bound to a person since deleted (removed from every organisation) may be bound again.
        refused.flatMap(DynamoTable.Refusal::current).map(current -> new UserId(string(current, "userId")))
                .filter(previous -> !previous.equals(user) && findById(previous).isEmpty())
                .ifPresent(previous -> table.putIf(login, new DynamoTable.Condition("#userId = :previous",
                        Map.of("#userId", "userId"), Map.of(":previous", Attributes.string(previous.value())))));
    }

    @Override
    public MemberRoles membership(Organisationsnummer organisation, UserId user) {
        return table.get(Keys.member(organisation, user))
                .map(member -> new MemberRoles(roles(member), number(member, VersionedWrites.VERSION)))
                .filter(roles -> !roles.roles().isEmpty())
                .orElse(MemberRoles.NONE);
    }

    @Override
    public RoleChange changeRoles(Organisationsnummer organisation, UserId user, MemberRoles before, Set<Role> after) {
        boolean losesAdministrator = before.has(Role.ADMINISTRATOR) && !after.contains(Role.ADMINISTRATOR);
        boolean becomesAdministrator = !before.has(Role.ADMINISTRATOR) && after.contains(Role.ADMINISTRATOR);
        if (losesAdministrator && !removeFromRoster(organisation, user)) {
            return RoleChange.LAST_ADMINISTRATOR;
        }
        Keys.Key member = Keys.member(organisation, user);
        DynamoTable.Condition unchanged = before.version() == 0 ? DynamoTable.Condition.itemAbsent()
                : DynamoTable.Condition.versionIs(before.version());
        long version = before.version() + 1;
        Optional<DynamoTable.Refusal> refused = after.isEmpty() ? table.deleteIf(member, unchanged)
                : table.putIf(ItemBuilder.forKey(member).with("type", "MEMBER")
                        .with("organisation", organisation.value()).with("userId", user.value())
                        .with(ROLES, AttributeValue.fromSs(after.stream().map(Role::name).sorted().toList()))
                        .with(VersionedWrites.VERSION, version)
                        .withIndex(Keys.GSI1PK, Keys.membershipsOfUser(user), Keys.GSI1SK,
                                Keys.membershipSortKey(organisation))
                        .build(), unchanged);
        if (refused.isPresent()) {
            if (losesAdministrator) {
                addToRoster(organisation, user); // the member item still holds the role
            }
            return RoleChange.STALE;
        }
        if (becomesAdministrator) {
            addToRoster(organisation, user);
        }
        return RoleChange.changed(after.isEmpty() ? 0 : version);
    }

    @Override
    public void delete(User user) {
        table.deleteIf(Keys.user(user.id()), new DynamoTable.Condition("attribute_exists(#pk)",
                Map.of("#pk", Keys.PK), Map.of()));
        releaseEmail(user.email(), user.id());
    }

    /** The one conditional write that keeps an administrator: refused when {@code user} is the roster's last. */
    private boolean removeFromRoster(Organisationsnummer organisation, UserId user) {
        DynamoTable.Condition othersRemain = new DynamoTable.Condition(
                "NOT contains(#administrators, :id) OR size(#administrators) > :one",
                Map.of("#administrators", ADMINISTRATORS),
                Map.of(":id", Attributes.string(user.value()), ":user", AttributeValue.fromSs(List.of(user.value())),
                        ":one", Attributes.number(1)));
        return table.updateIf(Keys.administratorRoster(organisation), "DELETE #administrators :user", othersRemain)
                .updated().isPresent();
    }

    private void addToRoster(Organisationsnummer organisation, UserId user) {
        table.updateIf(Keys.administratorRoster(organisation), "ADD #administrators :user SET #type = :type",
                new DynamoTable.Condition("attribute_not_exists(#pk) OR attribute_exists(#pk)",
                        Map.of("#pk", Keys.PK, "#administrators", ADMINISTRATORS, "#type", "type"),
                        Map.of(":user", AttributeValue.fromSs(List.of(user.value())),
                                ":type", Attributes.string("ADMINISTRATOR_ROSTER"))));
    }

    /**
     * Claims the address for the user. True if this call claimed it, false if the user already held
     * the claim; {@link AlreadyExistsException} if another user has the address.
     */
    private boolean claimEmail(EmailAddress email, UserId user) {
        Keys.Key key = Keys.emailClaim(email);
        Map<String, AttributeValue> claim = ItemBuilder.forKey(key).with("type", "EMAIL_CLAIM")
                .with("userId", user.value()).build();
        Optional<DynamoTable.Refusal> refusal = table.putIf(claim, DynamoTable.Condition.itemAbsent());
        if (refusal.isEmpty()) {
            return true;
        }
        Optional<Map<String, AttributeValue>> current = refusal.get().current();
        if (current.isEmpty()) {
            return claimEmail(email, user); // released in between; try again
        }
        UserId holder = new UserId(string(current.get(), "userId"));
        if (holder.equals(user)) {
            return false;
        }
        boolean holderUsesAddress = findById(holder)
                .filter(existing -> existing.email().normalisedKey().equals(email.normalisedKey())).isPresent();
        if (holderUsesAddress) {
            throw new AlreadyExistsException("User", email.value(), Messages.EMAIL_IN_USE);
        }
        // An orphaned claim: take it over, unless someone else does first.
        Optional<DynamoTable.Refusal> takeover = table.putIf(claim, new DynamoTable.Condition("#userId = :orphan",
                Map.of("#userId", "userId"), Map.of(":orphan", Attributes.string(holder.value()))));
        if (takeover.isPresent()) {
            throw new AlreadyExistsException("User", email.value(), Messages.EMAIL_IN_USE);
        }
        return true;
    }

    private void releaseEmail(EmailAddress email, UserId user) {
        table.deleteIf(Keys.emailClaim(email), new DynamoTable.Condition("#userId = :me",
                Map.of("#userId", "userId"), Map.of(":me", Attributes.string(user.value()))));
    }

    private static Set<Role> roles(Map<String, AttributeValue> member) {
        AttributeValue roles = member.get(ROLES);
        if (roles == null || !roles.hasSs()) {
            return Set.of();
        }
        Set<Role> result = EnumSet.noneOf(Role.class);
        roles.ss().forEach(role -> result.add(Role.valueOf(role)));
        return result;
    }

    private static Map<String, AttributeValue> item(User user) {
        return ItemBuilder.forKey(Keys.user(user.id()))
                .with("type", "USER")
                .with("id", user.id().value())
                .with("name", user.name())
                .with("email", user.email().value())
                .withOptional("mobile", user.mobile().map(MobileNumber::value))
                .withOptional("personnummer", user.personnummer().map(Personnummer::value))
                .with(VersionedWrites.VERSION, user.version())
                .build();
    }

    static User user(Map<String, AttributeValue> item) {
        return new User(new UserId(string(item, "id")), string(item, "name"), new EmailAddress(string(item, "email")),
                optionalString(item, "mobile").map(MobileNumber::new),
                optionalString(item, "personnummer").map(Personnummer::new), number(item, VersionedWrites.VERSION));
    }

    private static NotFoundException notFound(UserId id) {
        return NotFoundException.of("User", id, Messages.USER_NOT_FOUND);
    }

    private static VersionedWrites.Subject subject(UserId id) {
        return new VersionedWrites.Subject("User", id.value(), Messages.USER_NOT_FOUND);
    }
}
