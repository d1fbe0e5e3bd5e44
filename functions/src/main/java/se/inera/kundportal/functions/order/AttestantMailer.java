package se.inera.kundportal.functions.order;

import java.util.Objects;

import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.user.User;
import se.inera.kundportal.core.attestation.AttestationLink;
import se.inera.kundportal.core.workflow.OrderSteps;
import se.inera.kundportal.functions.mail.MailMessage;
import se.inera.kundportal.functions.mail.OnceOnlyMailer;
import se.inera.kundportal.functions.mail.OrderMails;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * Mails every attestant of an order their link, once per mail key and attestant: the request ("Notify
 * Attestants") and each reminder ("Check Attestation Deadline"). The links come from core's
 * {@link OrderSteps#requestAttestations}, which issues those not issued yet.
 */
public final class AttestantMailer {

    /** Builds one attestant's mail. */
    @FunctionalInterface
    public interface Mail {
        MailMessage build(OrderMails mails, OrderFacts order, User attestant, AttestationLink link);
    }

    private final OrderSteps steps;
    private final OrderFacts.Reader facts;
    private final OrderMails mails;
    private final OnceOnlyMailer mailer;

    public AttestantMailer(OrderSteps steps, OrderFacts.Reader facts, OrderMails mails, OnceOnlyMailer mailer) {
        this.steps = Objects.requireNonNull(steps);
        this.facts = Objects.requireNonNull(facts);
        this.mails = Objects.requireNonNull(mails);
        this.mailer = Objects.requireNonNull(mailer);
    }

    static AttestantMailer of(Wiring wiring) {
        return new AttestantMailer(wiring.orderSteps(), wiring.orderFacts(), wiring.orderMails(),
                wiring.onceOnlyMailer());
    }

    OrderSteps steps() {
        return steps;
    }

    /** Mails each attestant {@code mail} under {@code mailKey + ":" + their id}. */
    void mailEach(OrderId id, String mailKey, Mail mail) {
        OrderFacts order = facts.read(id);
        for (OrderSteps.AttestationRequest request : steps.requestAttestations(id)) {
            mailer.sendOnce(id.value(), mailKey + ":" + request.attestant().id().value(),
                    () -> mail.build(mails, order, request.attestant(), request.link()));
        }
    }
}
