package se.inera.kundportal.functions.order;

import java.time.Duration;
import java.util.Objects;

import se.inera.kundportal.core.common.Ids;
import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.workflow.OrderWaits;
import se.inera.kundportal.core.workflow.ParkedWait;
import se.inera.kundportal.functions.onboarding.TaskHandler;
import se.inera.kundportal.functions.onboarding.WaitParked;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * Tasks "Wait For Attestation" and "Wait For Delivery" ({@code .waitForTaskToken}): park the task token on the
 * order through core's one rendezvous ({@link OrderWaits}) for {@code waitSeconds} (until the next reminder or
 * the deadline; for delivery one delivery wait), then resume at once if the person already acted.
 */
public final class AwaitOrderEventHandler extends TaskHandler<AwaitOrderEventHandler.Input, WaitParked> {

    /** What the order waits for. */
    public enum Awaited { ATTESTATION, DELIVERY }

    /** @param waitSeconds how long this park lasts, the task's timeout */
    public record Input(String orderId, Awaited awaiting, String taskToken, long waitSeconds) {
        public Input {
            Ids.requireSafe(orderId, "orderId");
            Objects.requireNonNull(awaiting, "awaiting");
            Objects.requireNonNull(taskToken, "taskToken");
        }

        /** Keeps the token out of logs. */
        @Override
        public String toString() {
            return "AwaitOrderEvent[" + orderId + ", " + awaiting + "]";
        }
    }

    private final OrderWaits waits;

    public AwaitOrderEventHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    public AwaitOrderEventHandler(Wiring wiring) {
        this(wiring.orderWaits());
    }

    public AwaitOrderEventHandler(OrderWaits waits) {
        super(Input.class);
        this.waits = Objects.requireNonNull(waits);
    }

    @Override
    protected WaitParked handle(Input input) {
        OrderId order = new OrderId(input.orderId());
        Duration park = Duration.ofSeconds(input.waitSeconds());
        ParkedWait round = switch (input.awaiting()) {
            case ATTESTATION -> waits.awaitAttestation(order, input.taskToken(), park);
            case DELIVERY -> waits.awaitDelivery(order, input.taskToken(), park);
        };
        return WaitParked.of(round);
    }
}
