package se.inera.kundportal.core.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.inera.kundportal.core.Fixtures.CLOCK;
import static se.inera.kundportal.core.Fixtures.NOW;
import static se.inera.kundportal.core.Fixtures.REGION_STOCKHOLM;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.audit.AuditRecord;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.error.NotAllowedException;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.OrganisationDetails;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.testing.InMemoryPorts;

class ManageUsersServiceTest {
    private final InMemoryPorts.Organisations organisations = new InMemoryPorts.Organisations();
    private final InMemoryPorts.Users users = new InMemoryPorts.Users(organisations);
    private final InMemoryPorts.Audit audit = new InMemoryPorts.Audit();
    private final ManageUsersService service = new ManageUsersService(organisations, users, audit, CLOCK);
    private Actor admin;

    @BeforeEach
    void organisationWithAdministrator() {
        organisations.register(new Organisation(Fixtures.regionStockholmDetails(), AgreementStanding.SIGNED, NOW, 0));
        User anna = users.create(Fixtures.user("anna", "Anna Admin").withVersion(0));
        users.assign(new RoleAssignment(REGION_STOCKHOLM, anna.id(), Role.ADMINISTRATOR, Actor.SYSTEM, NOW));
        admin = new Actor(Actor.Kind.CUSTOMER_USER, anna.id().value(), anna.name());
    }

    private ManageUsers.AddUserCommand add(Organisationsnummer org, Actor caller, String email, String role) {
        return new ManageUsers.AddUserCommand(org, caller, "Olle", email, "0701234567", null, role);
    }

    @Test
    void administratorAddsAnAttestantWhoThenShowsInTheRoles() {
        User olle = service.addUserWithRole(add(REGION_STOCKHOLM, admin, "olle@regionstockholm.se", "ATTESTANT"));

        assertThat(service.showRoles(REGION_STOCKHOLM, admin).holds(olle.id(), Role.ATTESTANT)).isTrue();
        assertThat(audit.actions()).containsExactly("USER_CREATED", "ROLE_ASSIGNED");
        assertThat(audit.records()).extracting(AuditRecord::actor).containsOnly(admin);
    }

    @Test
    void userWhoIsNotAdministratorMayNotAddUsers() {
        User olle = service.addUserWithRole(add(REGION_STOCKHOLM, admin, "olle@regionstockholm.se", "ORDERER"));
        Actor notAdmin = new Actor(Actor.Kind.CUSTOMER_USER, olle.id().value(), olle.name());
        assertThatThrownBy(() -> service.addUserWithRole(add(REGION_STOCKHOLM, notAdmin, "x@regionstockholm.se",
                "ADMINISTRATOR"))).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void samePersonCanAdministerSeveralOrganisations() {
        Organisationsnummer other = Organisationsnummer.parse("556559-4230");
        OrganisationDetails d = Fixtures.regionStockholmDetails();
        organisations.register(new Organisation(new OrganisationDetails(other, "Bolaget AB", d.address(),
                d.invoicing()), AgreementStanding.SIGNED, NOW, 0));
        Actor operator = Actor.operator("ks", "Kim");

        User first = service.addUserWithRole(add(other, operator, "ANNA@regionstockholm.se", "ADMINISTRATOR"));

        assertThat(first.id().value()).isEqualTo(admin.id());
        assertThat(users.membershipsOf(first.id())).extracting(Membership::organisation)
                .containsExactlyInAnyOrder(REGION_STOCKHOLM, other);
    }

    @Test
    void assigningARoleTwiceIsRecordedOnce() {
        User olle = service.addUserWithRole(add(REGION_STOCKHOLM, admin, "olle@regionstockholm.se", "ORDERER"));
        service.assignRole(REGION_STOCKHOLM, olle.id(), Role.ORDERER, admin);
        assertThat(audit.actions()).containsExactly("USER_CREATED", "ROLE_ASSIGNED");
    }
}
