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

    private final OrderSteps steps;
    private final OrderFacts.Reader facts;
    private final OrderMails mails;
    private final OnceOnlyMailer mailer;

    public NotifyAttestantsHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    public NotifyAttestantsHandler(Wiring wiring) {
        this(wiring.orderSteps(), wiring.orderFacts(), wiring.orderMails(), wiring.onceOnlyMailer());
    }

    public NotifyAttestantsHandler(OrderSteps steps, OrderFacts.Reader facts, OrderMails mails,
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
        OrderFacts order = facts.read(id);
        for (OrderSteps.AttestationRequest request : steps.requestAttestations(id)) {
            mailer.sendOnce(id.value(), "attestation-request:" + request.attestant().id().value(),
                    () -> mails.attestationRequest(order, request.attestant(), request.link()));
        }
        return AttestationPark.of(steps.firstPark(id, Duration.ofSeconds(input.reminderIntervalSeconds())));
    }
}
