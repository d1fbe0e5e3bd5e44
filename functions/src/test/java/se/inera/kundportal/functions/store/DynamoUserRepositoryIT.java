package se.inera.kundportal.functions.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.audit.AuditSubject;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.error.AlreadyExistsException;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.error.StaleVersionException;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.person.EmailAddress;
import se.inera.kundportal.core.user.MemberRoles;
import se.inera.kundportal.core.user.Membership;
import se.inera.kundportal.core.user.OrganisationMember;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.RoleAssignment;
import se.inera.kundportal.core.user.RoleChange;
import se.inera.kundportal.core.user.User;
import se.inera.kundportal.core.user.UserId;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.junit.StandIns;
import se.inera.kundportal.standins.junit.StandInsEnvironment;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@StandIns(StandIn.DYNAMODB)
class DynamoUserRepositoryIT {
    private static final Actor ADMINISTRATOR = new Actor(Actor.Kind.CUSTOMER_USER, "admin-1", "Anna Administratör");
    private static DynamoStore store;
    private static DynamoDbClient dynamoDb;
    private static String tableName;

    @BeforeAll
    static void createStore(StandInsEnvironment standIns) {
        dynamoDb = standIns.dynamoDb();
        tableName = standIns.tableName();
        store = new DynamoStore(dynamoDb, tableName, Clock.fixed(TestData.NOW, ZoneOffset.UTC));
    }

    private static RoleAssignment assignment(Organisationsnummer organisation, User user, Role role) {
        return new RoleAssignment(organisation, user.id(), role, ADMINISTRATOR, TestData.NOW);
    }

    @Test
    void createsAUserAndFindsItByIdAndByEmailInAnyCase() {
        User created = store.users().create(TestData.user("Bertil Beställare"));

        assertThat(created.version()).isEqualTo(1);
        assertThat(store.users().findById(created.id())).contains(created);
        assertThat(store.users().findByEmail(new EmailAddress(created.email().value().toUpperCase())))
                .contains(created);
    }

    @Test
    void findsNobodyForAnUnknownIdOrAddress() {
        assertThat(store.users().findById(UserId.newId())).isEmpty();
        assertThat(store.users().findByEmail(new EmailAddress("ingen@exempel.se"))).isEmpty();
    }

    @Test
    void refusesASecondUserWithTheSameEmailAddressAndWritesNothing() {
        User first = store.users().create(TestData.user("Första Person"));
        User second = new User(UserId.newId(), "Andra Person", new EmailAddress(first.email().value().toLowerCase()),
                Optional.empty(), Optional.empty(), 0);

        assertThatThrownBy(() -> store.users().create(second)).isInstanceOf(AlreadyExistsException.class);

        assertThat(store.users().findById(second.id())).isEmpty();
        assertThat(store.users().findByEmail(first.email())).contains(first);
    }

    @Test
    void refusesASecondUserWithTheSameIdAndKeepsTheFirstUsersAddress() {
        User first = store.users().create(TestData.user("Första Person"));
        User sameId = new User(first.id(), "Annan", new EmailAddress("annan-" + first.id() + "@exempel.se"),
                Optional.empty(), Optional.empty(), 0);

        assertThatThrownBy(() -> store.users().create(sameId)).isInstanceOf(AlreadyExistsException.class);

        assertThat(store.users().findByEmail(first.email())).contains(first);
        assertThat(store.users().findByEmail(sameId.email())).isEmpty();
        // the address was released, so its rightful owner can still register
        User owner = new User(UserId.newId(), "Annan", sameId.email(), Optional.empty(), Optional.empty(), 0);
        assertThat(store.users().create(owner).version()).isEqualTo(1);
    }

    @Test
    void takesOverAnAddressClaimLeftBehindByAnInterruptedRegistration() {
        EmailAddress address = new EmailAddress("avbruten-" + UserId.newId() + "@exempel.se");
        // what a crash between the claim and the user write leaves: a claim pointing at no user
        dynamoDb.putItem(request -> request.tableName(tableName).item(java.util.Map.of(
                Keys.PK, AttributeValue.fromS(Keys.emailClaim(address).pk()),
                Keys.SK, AttributeValue.fromS(Keys.emailClaim(address).sk()),
                "userId", AttributeValue.fromS("never-written"))));
        assertThat(store.users().findByEmail(address)).isEmpty();

        User created = store.users().create(new User(UserId.newId(), "Ny Person", address, Optional.empty(),
                Optional.empty(), 0));

        assertThat(store.users().findByEmail(address)).contains(created);
    }

    @Test
    void updatesTheUserAndMovesTheAddressClaimWhenTheAddressChanges() {
        User created = store.users().create(TestData.user("Cecilia Byter"));
        EmailAddress newAddress = new EmailAddress("ny-" + created.id() + "@exempel.se");

        User updated = store.users().update(new User(created.id(), created.name(), newAddress, created.mobile(),
                created.personnummer(), created.version()));

        assertThat(updated.version()).isEqualTo(2);
        assertThat(store.users().findByEmail(newAddress)).contains(updated);
        assertThat(store.users().findByEmail(created.email())).isEmpty();
        User other = new User(UserId.newId(), "Övertar", created.email(), Optional.empty(), Optional.empty(), 0);
        assertThat(store.users().create(other).email()).isEqualTo(created.email());
    }

    @Test
    void refusesAnUpdateToAnAddressAnotherUserHas() {
        User first = store.users().create(TestData.user("Första Person"));
        User second = store.users().create(TestData.user("Andra Person"));

        assertThatThrownBy(() -> store.users().update(new User(second.id(), second.name(), first.email(),
                second.mobile(), second.personnummer(), second.version()))).isInstanceOf(AlreadyExistsException.class);

        assertThat(store.users().get(second.id())).isEqualTo(second);
        assertThat(store.users().findByEmail(first.email())).contains(first);
    }

    @Test
    void refusesAStaleUpdateAndReleasesTheAddressItClaimed() {
        User created = store.users().create(TestData.user("David Dubbel"));
        store.users().update(created);
        EmailAddress newAddress = new EmailAddress("gammal-" + created.id() + "@exempel.se");

        assertThatThrownBy(() -> store.users().update(new User(created.id(), created.name(), newAddress,
                created.mobile(), created.personnummer(), created.version())))
                .isInstanceOf(StaleVersionException.class);

        assertThat(store.users().findByEmail(newAddress)).isEmpty();
        assertThat(store.users().get(created.id()).email()).isEqualTo(created.email());
    }

    @Test
    void showsEveryMemberOfAnOrganisationWithTheirRoles() {
        Organisationsnummer organisation = store.organisations().register(TestData.organisation()).number();
        User orderer = store.users().create(TestData.user("Bertil Beställare"));
        User attestant = store.users().create(TestData.user("Astrid Attestant"));
        store.users().assign(assignment(organisation, orderer, Role.ORDERER));
        store.users().assign(assignment(organisation, attestant, Role.ATTESTANT));
        store.users().assign(assignment(organisation, attestant, Role.ORDERER));

        assertThat(store.users().rolesOf(organisation).members()).containsExactly(
                new OrganisationMember(attestant, Set.of(Role.ATTESTANT, Role.ORDERER)),
                new OrganisationMember(orderer, Set.of(Role.ORDERER)));
    }

    @Test
    void showsNoMembersForAnOrganisationWithoutRoles() {
        Organisationsnummer organisation = store.organisations().register(TestData.organisation()).number();

        assertThat(store.users().rolesOf(organisation).members()).isEmpty();
    }

    @Test
    void listsTheOrganisationsAUserAdministers() {
        Organisation first = store.organisations().register(TestData.organisation(TestData.organisationsnummer(),
                "Alfa Vård AB"));
        Organisation second = store.organisations().register(TestData.organisation(TestData.organisationsnummer(),
                "Beta Omsorg AB"));
        User administrator = store.users().create(TestData.user("Anna Administratör"));
        store.users().assign(assignment(second.number(), administrator, Role.ADMINISTRATOR));
        store.users().assign(assignment(first.number(), administrator, Role.ADMINISTRATOR));
        store.users().assign(assignment(first.number(), administrator, Role.AGREEMENT_CONTACT));

        assertThat(store.users().membershipsOf(administrator.id())).containsExactly(
                new Membership(first.number(), "Alfa Vård AB", Set.of(Role.ADMINISTRATOR, Role.AGREEMENT_CONTACT)),
                new Membership(second.number(), "Beta Omsorg AB", Set.of(Role.ADMINISTRATOR)));
    }

    @Test
    void assigningARoleTwiceChangesNothingTheSecondTime() {
        Organisationsnummer organisation = store.organisations().register(TestData.organisation()).number();
        User user = store.users().create(TestData.user("Erik Två Gånger"));

        assertThat(store.users().assign(assignment(organisation, user, Role.ATTESTANT))).isTrue();
        assertThat(store.users().assign(assignment(organisation, user, Role.ATTESTANT))).isFalse();

        assertThat(store.users().rolesOf(organisation).members()).containsExactly(
                new OrganisationMember(user, Set.of(Role.ATTESTANT)));
        // the use case records the assignment; the adapter writes no audit of its own
        assertThat(store.auditLog().findBySubject(AuditSubject.of(AuditSubject.Type.USER, user.id()),
                PageRequest.firstPage()).items()).isEmpty();
    }

    @Test
    void refusesToAssignARoleInAnUnknownOrganisationOrToAnUnknownUser() {
        Organisationsnummer registered = store.organisations().register(TestData.organisation()).number();
        Organisationsnummer unknownOrganisation = TestData.organisationsnummer();
        User user = store.users().create(TestData.user("Fredrik Finns"));
        User neverStored = TestData.user("Gustav Finns Inte");

        assertThatThrownBy(() -> store.users().assign(assignment(unknownOrganisation, user, Role.ORDERER)))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.subjectType()).isEqualTo("Organisation"));
        assertThatThrownBy(() -> store.users().assign(assignment(registered, neverStored, Role.ORDERER)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.subjectType()).isEqualTo("User"));

        assertThat(store.users().membershipsOf(user.id())).isEmpty();
        assertThat(store.users().rolesOf(registered).members()).isEmpty();
    }

    @Test
    void revokesARoleAndTheMembershipWithTheLastOne() {
        Organisationsnummer organisation = store.organisations().register(TestData.organisation()).number();
        User user = store.users().create(TestData.user("Helena Lämnar"));
        store.users().assign(assignment(organisation, user, Role.ORDERER));
        store.users().assign(assignment(organisation, user, Role.ATTESTANT));

        assertThat(store.users().revoke(organisation, user.id(), Role.ORDERER)).isTrue();
        assertThat(store.users().rolesOf(organisation).members()).containsExactly(
                new OrganisationMember(user, Set.of(Role.ATTESTANT)));

        assertThat(store.users().revoke(organisation, user.id(), Role.ATTESTANT)).isTrue();
        assertThat(store.users().rolesOf(organisation).members()).isEmpty();
        assertThat(store.users().membershipsOf(user.id())).isEmpty();
    }

    @Test
    void revokingARoleTheUserDoesNotHoldChangesNothing() {
        Organisationsnummer organisation = store.organisations().register(TestData.organisation()).number();
        User user = store.users().create(TestData.user("Ingrid Orörd"));
        store.users().assign(assignment(organisation, user, Role.ORDERER));

        assertThat(store.users().revoke(organisation, user.id(), Role.ADMINISTRATOR)).isFalse();
        assertThat(store.users().revoke(TestData.organisationsnummer(), user.id(), Role.ORDERER)).isFalse();

        assertThat(store.users().rolesOf(organisation).members()).containsExactly(
                new OrganisationMember(user, Set.of(Role.ORDERER)));
    }

    @Test
    void changesRolesOnTheVersionReadAndRefusesAStaleChange() {
        Organisationsnummer organisation = store.organisations().register(TestData.organisation()).number();
        User user = store.users().create(TestData.user("Jonas Justerad"));

        RoleChange first = store.users().changeRoles(organisation, user.id(), MemberRoles.NONE, Set.of(Role.ORDERER));
        assertThat(first).isEqualTo(RoleChange.changed(1));
        MemberRoles read = store.users().membership(organisation, user.id());
        assertThat(read).isEqualTo(new MemberRoles(Set.of(Role.ORDERER), 1));
        assertThat(store.users().membershipsOf(user.id())).extracting(Membership::roles)
                .containsExactly(Set.of(Role.ORDERER));

        assertThat(store.users().changeRoles(organisation, user.id(), read, Set.of(Role.ORDERER, Role.ATTESTANT)))
                .isEqualTo(RoleChange.changed(2));
        assertThat(store.users().changeRoles(organisation, user.id(), read, Set.of())).isEqualTo(RoleChange.STALE);
        assertThat(store.users().membership(organisation, user.id()).roles())
                .containsExactlyInAnyOrder(Role.ORDERER, Role.ATTESTANT);

        assertThat(store.users().changeRoles(organisation, user.id(), store.users().membership(organisation,
                user.id()), Set.of())).isEqualTo(RoleChange.changed(0));
        assertThat(store.users().membership(organisation, user.id())).isEqualTo(MemberRoles.NONE);
        assertThat(store.users().membershipsOf(user.id())).isEmpty();
    }

    @Test
    void theLastAdministratorStaysAlsoWhenTwoAreRemovedAtTheSameTime() throws Exception {
        Organisationsnummer organisation = store.organisations().register(TestData.organisation()).number();
        User first = store.users().create(TestData.user("Karin Första"));
        User second = store.users().create(TestData.user("Lars Andra"));
        store.users().assign(assignment(organisation, first, Role.ADMINISTRATOR));
        store.users().changeRoles(organisation, second.id(), MemberRoles.NONE, Set.of(Role.ADMINISTRATOR,
                Role.ORDERER));
        MemberRoles firstRoles = store.users().membership(organisation, first.id());
        MemberRoles secondRoles = store.users().membership(organisation, second.id());

        var removeFirst = CompletableFuture.supplyAsync(
                () -> store.users().changeRoles(organisation, first.id(), firstRoles, Set.of()));
        var demoteSecond = CompletableFuture.supplyAsync(
                () -> store.users().changeRoles(organisation, second.id(), secondRoles, Set.of(Role.ORDERER)));

        assertThat(List.of(removeFirst.get().outcome(), demoteSecond.get().outcome()))
                .containsExactlyInAnyOrder(RoleChange.Outcome.CHANGED, RoleChange.Outcome.LAST_ADMINISTRATOR);
        assertThat(store.users().rolesOf(organisation).usersWith(Role.ADMINISTRATOR)).hasSize(1);
        User remaining = store.users().rolesOf(organisation).usersWith(Role.ADMINISTRATOR).get(0);
        assertThat(store.users().changeRoles(organisation, remaining.id(),
                store.users().membership(organisation, remaining.id()), Set.of()))
                .isEqualTo(RoleChange.LAST_ADMINISTRATOR);
    }

    @Test
    void bindsALoginOnceAndLetsItGoWithTheDeletedPerson() {
        User person = store.users().create(TestData.user("Maja Inloggad"));
        User other = store.users().create(TestData.user("Nils Annan"));
        String subject = UserId.newId().value();

        store.users().bindLogin(subject, person.id());
        store.users().bindLogin(subject, other.id());
        assertThat(store.users().userOfLogin(subject)).contains(person.id());

        store.users().delete(person);
        assertThat(store.users().findById(person.id())).isEmpty();
        assertThat(store.users().findByEmail(person.email())).isEmpty();
        store.users().bindLogin(subject, other.id());
        assertThat(store.users().userOfLogin(subject)).contains(other.id());
    }
}
