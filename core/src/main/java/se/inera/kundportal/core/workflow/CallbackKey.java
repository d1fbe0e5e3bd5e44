package se.inera.kundportal.core.workflow;

import java.util.Objects;

import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.common.Ids;

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
        AGREEMENT_SIGNATURE
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

    @Override
    public String toString() {
        return kind + ":" + subjectId;
    }
}
