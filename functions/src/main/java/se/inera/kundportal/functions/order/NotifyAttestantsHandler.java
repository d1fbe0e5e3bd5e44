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
 * Task "Notify Attestants": issues an attestation link to every attestant of the organisation (core's
 * {@link OrderSteps#requestAttestations}) and mails each their link, once. Returns how long the first park of
 * "Wait For Attestation" lasts: until the first reminder or the deadline.
 */
public final class NotifyAttestantsHandler extends TaskHandler<NotifyAttestantsHandler.Input, AttestationPark> {

    public record Input(String orderId, long reminderIntervalSeconds) {
        public Input {
            Ids.requireSafe(orderId, "orderId");
        }
    }

    private final AttestantMailer attestants;

    public NotifyAttestantsHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    public NotifyAttestantsHandler(Wiring wiring) {
        this(AttestantMailer.of(wiring));
    }

    public NotifyAttestantsHandler(AttestantMailer attestants) {
        super(Input.class);
        this.attestants = Objects.requireNonNull(attestants);
    }

    @Override
    protected AttestationPark handle(Input input) {
        OrderId id = new OrderId(input.orderId());
        attestants.mailEach(id, "attestation-request", OrderMails::attestationRequest);
        return AttestationPark.of(attestants.steps().firstPark(id,
                Duration.ofSeconds(input.reminderIntervalSeconds())));
    }
}
