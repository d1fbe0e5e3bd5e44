package se.inera.kundportal.core.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.order.OrderWorkflowEvents;
import se.inera.kundportal.core.order.OrderWorkflowStarter;

/** The order workflow's ports, recording what the use cases asked of them. */
public final class RecordingOrderWorkflow implements OrderWorkflowStarter, OrderWorkflowEvents {
    public final List<OrderId> started = new CopyOnWriteArrayList<>();
    public final List<OrderId> settled = new CopyOnWriteArrayList<>();
    public final List<OrderId> delivered = new CopyOnWriteArrayList<>();

    @Override
    public void startOrderWorkflow(OrderId order) {
        started.add(order);
    }

    @Override
    public void attestationSettled(OrderId order) {
        settled.add(order);
    }

    @Override
    public void delivered(OrderId order) {
        delivered.add(order);
    }
}
