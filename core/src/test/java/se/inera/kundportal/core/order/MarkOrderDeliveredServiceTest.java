package se.inera.kundportal.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.inera.kundportal.core.Fixtures.CLOCK;
import static se.inera.kundportal.core.Fixtures.NOW;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.error.NotAllowedException;
import se.inera.kundportal.core.error.UnexpectedStatusException;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.testing.InMemoryPorts;
import se.inera.kundportal.core.testing.RecordingOrderWorkflow;
import se.inera.kundportal.core.user.UserId;

class MarkOrderDeliveredServiceTest {
    private static final Actor OPERATOR = Actor.operator("ks-1", "Kim");
    private final InMemoryPorts.Organisations organisations = new InMemoryPorts.Organisations();
    private final InMemoryPorts.Orders orders = new InMemoryPorts.Orders(organisations);
    private final InMemoryPorts.Audit audit = new InMemoryPorts.Audit();
    private final RecordingOrderWorkflow workflow = new RecordingOrderWorkflow();
    private final MarkOrderDeliveredService service = new MarkOrderDeliveredService(orders, audit, workflow, CLOCK);
    private Order order;

    @BeforeEach
    void placedOrder() {
        organisations.register(new Organisation(Fixtures.regionStockholmDetails(), AgreementStanding.SIGNED, NOW, 0));
        order = orders.create(Fixtures.placedOrder(new UserId("olle")));
    }

    @Test
    void attestedOrderIsMarkedDelivered() {
        orders.transition(order.id(), OrderStatus.AWAITING_ATTESTATION, OrderStatus.ATTESTED, NOW);

        Order delivered = service.markDelivered(new MarkOrderDelivered.MarkDeliveredCommand(order.id(), OPERATOR,
                "Logga in på ..."));

        assertThat(delivered.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(audit.actions()).containsExactly("ORDER_DELIVERED");
        assertThat(delivered.accessInstructions()).contains("Logga in på ...");
        assertThat(workflow.delivered).containsExactly(order.id());
    }

    @Test
    void unattestedOrderCannotBeDelivered() {
        assertThatThrownBy(() -> service.markDelivered(new MarkOrderDelivered.MarkDeliveredCommand(order.id(),
                OPERATOR, "x"))).isInstanceOf(UnexpectedStatusException.class);
    }

    @Test
    void onlyCustomerServiceMarksDelivery() {
        Actor customer = new Actor(Actor.Kind.CUSTOMER_USER, "olle", "Olle");
        assertThatThrownBy(() -> service.markDelivered(new MarkOrderDelivered.MarkDeliveredCommand(order.id(),
                customer, "x"))).isInstanceOf(NotAllowedException.class);
    }
}
