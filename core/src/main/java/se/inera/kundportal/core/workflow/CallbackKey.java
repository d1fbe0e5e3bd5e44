package se.inera.kundportal.core.workflow;

import java.util.Objects;

import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.common.Ids;
import se.inera.kundportal.core.order.OrderId;

/**
 * What a paused workflow waits for: one kind of event about one subject. A workflow parks its
 * task token under this key; whoever makes the event happen finds the token by the same key.
 *
 * @param kind      what is awaited
 * @param subjectId the id of the awaited thing (application id, agreement id)
 */
public record CallbackKey(Kind kind, String subjectId) {

    public enum Kind {
        /** Inera's approval or rejection of a customer application; subject = application id. */
        APPLICATION_DECISION,
        /** The signatory's BankID signature of the agreement; subject = agreement id. */
        AGREEMENT_SIGNATURE,
        /** An attestant's approval or rejection of an order; subject = order id. */
        ORDER_ATTESTATION,
        /** Customer service's access instructions for an attested order; subject = order id. */
        ORDER_DELIVERY
    }

    public CallbackKey {
        Objects.requireNonNull(kind, "kind");
        Ids.requireSafe(subjectId, "callback subject id");
    }

    public static CallbackKey decisionOn(ApplicationId application) {
        return new CallbackKey(Kind.APPLICATION_DECISION, application.value());
    }

    public static CallbackKey signatureOf(AgreementId agreement) {
        return new CallbackKey(Kind.AGREEMENT_SIGNATURE, agreement.value());
    }

    public static CallbackKey attestationOf(OrderId order) {
        return new CallbackKey(Kind.ORDER_ATTESTATION, order.value());
    }

    public static CallbackKey deliveryOf(OrderId order) {
        return new CallbackKey(Kind.ORDER_DELIVERY, order.value());
    }

    @Override
    public String toString() {
        return kind + ":" + subjectId;
    }
}
