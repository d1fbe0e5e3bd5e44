package se.inera.kundportal.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.inera.kundportal.core.Fixtures.NOW;
import static se.inera.kundportal.core.Fixtures.REGION_STOCKHOLM;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.error.NotAllowedException;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.testing.InMemoryPorts;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.RoleAssignment;
import se.inera.kundportal.core.user.User;

class LookUpCustomerServiceTest {
    private static final Actor OPERATOR = Actor.operator("ks-1", "Kim");
    private final InMemoryPorts.Organisations organisations = new InMemoryPorts.Organisations();
    private final InMemoryPorts.Agreements agreements = new InMemoryPorts.Agreements();
    private final InMemoryPorts.Users users = new InMemoryPorts.Users(organisations);
    private final InMemoryPorts.Orders orders = new InMemoryPorts.Orders(organisations);
    private final LookUpCustomerService service = new LookUpCustomerService(organisations, agreements, users, orders);

    @Test
    void showsTheCustomersStandingMembersWithTheirRolesAndItsOrders() {
        organisations.register(new Organisation(Fixtures.regionStockholmDetails(), AgreementStanding.SIGNED, NOW, 0));
        User orderer = users.create(Fixtures.user("olle", "Olle Beställare").withVersion(0));
        users.assign(new RoleAssignment(REGION_STOCKHOLM, orderer.id(), Role.ORDERER, OPERATOR, NOW));
        users.assign(new RoleAssignment(REGION_STOCKHOLM, orderer.id(), Role.ADMINISTRATOR, OPERATOR, NOW));
        var order = orders.create(Fixtures.placedOrder(orderer.id()));

        LookUpCustomer.CustomerOverview overview = service.lookUp(REGION_STOCKHOLM, OPERATOR);

        assertThat(overview.organisation().agreementStanding()).isEqualTo(AgreementStanding.SIGNED);
        assertThat(overview.agreement()).isEmpty();
        assertThat(overview.roles().members()).singleElement()
                .satisfies(member -> assertThat(member.roles()).containsExactlyInAnyOrder(Role.ORDERER, Role.ADMINISTRATOR));
        assertThat(overview.orders().items()).extracting(o -> o.id()).containsExactly(order.id());
    }

    @Test
    void anOrganisationThatIsNoCustomerIsNotFound() {
        assertThatThrownBy(() -> service.lookUp(REGION_STOCKHOLM, OPERATOR)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyCustomerServiceLooksCustomersUp() {
        organisations.register(new Organisation(Fixtures.regionStockholmDetails(), AgreementStanding.SIGNED, NOW, 0));
        Actor customer = new Actor(Actor.Kind.CUSTOMER_USER, "x", "X");

        assertThatThrownBy(() -> service.lookUp(REGION_STOCKHOLM, customer)).isInstanceOf(NotAllowedException.class);
    }
}
