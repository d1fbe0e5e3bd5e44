package se.inera.kundportal.core.order;

/** Port: starts an order's workflow ({@code statemachine/order.asl.json}). */
public interface OrderWorkflowStarter {

    /**
     * Starts the workflow of a stored order; the execution is named after the order id, so starting it again
     * for the same order does nothing.
     */
    void startOrderWorkflow(OrderId order);
}
