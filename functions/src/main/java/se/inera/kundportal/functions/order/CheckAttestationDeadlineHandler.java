package se.inera.kundportal.functions.order;

import java.time.Duration;
import java.util.Objects;

import se.inera.kundportal.core.common.Ids;
import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.workflow.OrderSteps;
import se.inera.kundportal.functions.mail.OnceOnlyMailer;
import se.inera.kundportal.functions.mail.OrderMails;
import se.inera.kundportal.functions.onboarding.TaskHandler;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * Task "Check Attestation Deadline", when a park of "Wait For Attestation" ends unanswered: past the order's
 * deadline it expires the order (core's {@link OrderSteps#checkDeadline}); otherwise it mails every attestant
 * the reminder that is due, once per reminder, and returns the next park.
 */
public final class CheckAttestationDeadlineHandler
        extends TaskHandler<CheckAttestationDeadlineHandler.Input, AttestationPark> {

    public record Input(String orderId, long reminderIntervalSeconds) {
        public Input {
            Ids.requireSafe(orderId, "orderId");
        }
    }

    private final OrderSteps steps;
    private final OrderFacts.Reader facts;
    private final OrderMails mails;
    private final OnceOnlyMailer mailer;

    public CheckAttestationDeadlineHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    public CheckAttestationDeadlineHandler(Wiring wiring) {
        this(wiring.orderSteps(), wiring.orderFacts(), wiring.orderMails(), wiring.onceOnlyMailer());
    }

    public CheckAttestationDeadlineHandler(OrderSteps steps, OrderFacts.Reader facts, OrderMails mails,
                                           OnceOnlyMailer mailer) {
        super(Input.class);
        this.steps = Objects.requireNonNull(steps);
        this.facts = Objects.requireNonNull(facts);
        this.mails = Objects.requireNonNull(mails);
        this.mailer = Objects.requireNonNull(mailer);
    }

    @Override
    protected AttestationPark handle(Input input) {
        OrderId id = new OrderId(input.orderId());
        OrderSteps.DeadlineCheck check = steps.checkDeadline(id, Duration.ofSeconds(input.reminderIntervalSeconds()));
        if (!check.expired() && check.reminderNumber() > 0) {
            OrderFacts order = facts.read(id);
            for (OrderSteps.AttestationRequest request : steps.requestAttestations(id)) {
                mailer.sendOnce(id.value(), "attestation-reminder-" + check.reminderNumber() + ":"
                                + request.attestant().id().value(),
                        () -> mails.attestationReminder(order, request.attestant(), request.link()));
            }
        }
        return AttestationPark.of(check);
    }
}
