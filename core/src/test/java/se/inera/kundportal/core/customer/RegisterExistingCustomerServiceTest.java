package se.inera.kundportal.core.customer;

import se.inera.kundportal.core.organisation.Organisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.inera.kundportal.core.Fixtures.CLOCK;
import static se.inera.kundportal.core.Fixtures.NOW;
import static se.inera.kundportal.core.Fixtures.REGION_STOCKHOLM;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.agreement.RegisteredExistingAgreement;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.error.AlreadyExistsException;
import se.inera.kundportal.core.error.NotAllowedException;
import se.inera.kundportal.core.testing.InMemoryPorts;
import se.inera.kundportal.core.user.Role;

class RegisterExistingCustomerServiceTest {
    private static final Actor OPERATOR = Actor.operator("ks-1", "Kim");
    private final InMemoryPorts.Organisations organisations = new InMemoryPorts.Organisations();
    private final InMemoryPorts.Agreements agreements = new InMemoryPorts.Agreements();
    private final InMemoryPorts.Users users = new InMemoryPorts.Users(organisations);
    private final InMemoryPorts.Audit audit = new InMemoryPorts.Audit();
    private final RegisterExistingCustomerService service = new RegisterExistingCustomerService("2.4", organisations,
            agreements, users, audit, CLOCK);

    private RegisterExistingCustomer.RegisterCommand command(Actor by) {
        return new RegisterExistingCustomer.RegisterCommand(Fixtures.regionStockholmDetails(),
                Fixtures.contact("Anna Admin", "anna@regionstockholm.se"),
                new RegisteredExistingAgreement(by, NOW.minus(Duration.ofDays(300)), "Dnr 2025/77"));
    }

    @Test
    void existingKundavtal2CustomerCanOrderAtOnceAndItsAdministratorHasAccess() {
        Organisation registered = service.register(command(OPERATOR));

        assertThat(registered.canOrder()).isTrue();
        assertThat(agreements.findByOrganisation(REGION_STOCKHOLM)).singleElement()
                .satisfies(a -> assertThat(a.isSigned()).isTrue());
        assertThat(users.rolesOf(REGION_STOCKHOLM).usersWith(Role.ADMINISTRATOR)).extracting(u -> u.email().value())
                .containsExactly("anna@regionstockholm.se");
        assertThat(audit.actions()).containsExactly("EXISTING_CUSTOMER_REGISTERED", "AGREEMENT_CREATED",
                "USER_CREATED", "ROLE_ASSIGNED");
        assertThat(audit.records()).extracting(record -> record.actor()).containsOnly(OPERATOR);
    }

    @Test
    void registeringTheSameOrganisationsnummerTwiceIsAConflict() {
        service.register(command(OPERATOR));
        assertThatThrownBy(() -> service.register(command(OPERATOR))).isInstanceOf(AlreadyExistsException.class);
        assertThat(audit.actions()).containsOnlyOnce("EXISTING_CUSTOMER_REGISTERED");
    }

    @Test
    void onlyCustomerServiceRegistersCustomers() {
        Actor customer = new Actor(Actor.Kind.CUSTOMER_USER, "x", "X");
        assertThatThrownBy(() -> service.register(command(customer))).isInstanceOf(NotAllowedException.class);
    }
}
