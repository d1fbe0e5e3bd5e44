package se.inera.kundportal.functions.order;

import java.time.Duration;
import java.util.Objects;

import se.inera.kundportal.core.common.Ids;
import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.workflow.OrderSteps;
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

    private final AttestantMailer attestants;

    public CheckAttestationDeadlineHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    public CheckAttestationDeadlineHandler(Wiring wiring) {
        this(AttestantMailer.of(wiring));
    }

    public CheckAttestationDeadlineHandler(AttestantMailer attestants) {
        super(Input.class);
        this.attestants = Objects.requireNonNull(attestants);
    }

    @Override
    protected AttestationPark handle(Input input) {
        OrderId id = new OrderId(input.orderId());
        OrderSteps.DeadlineCheck check = attestants.steps().checkDeadline(id,
                Duration.ofSeconds(input.reminderIntervalSeconds()));
        if (!check.expired() && check.reminderNumber() > 0) {
            attestants.mailEach(id, "attestation-reminder-" + check.reminderNumber(), OrderMails::attestationReminder);
        }
        return AttestationPark.of(check);
    }
}
