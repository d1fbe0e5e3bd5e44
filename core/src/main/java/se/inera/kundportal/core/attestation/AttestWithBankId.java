package se.inera.kundportal.core.attestation;

import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.agreement.BankId;
import se.inera.kundportal.core.agreement.SignWithBankId;
import se.inera.kundportal.core.common.LinkId;

/**
 * Use case: the attestant attests or rejects through the e-mailed link with a BankID signature instead of
 * an SMS code. Same rules as {@link AttestOrder}: no portal session, a usable link, the link's attestant.
 */
public interface AttestWithBankId {

    /**
     * Starts a BankID sign order (the same shape as signing an agreement starts) only the attestant (their
     * personnummer) can complete, showing the order and the decision being signed. The decision is checked first
     * (a rejection needs its reason: 400 before anything is signed) and is kept with the BankID order.
     */
    SignWithBankId.Started start(StartCommand command);

    /** Polls the order; on completion the decision signed at the start is recorded through {@link AttestOrder}. */
    Progress collect(CollectCommand command);

    /** @param choice approve, or reject with a reason, as sent; validated by the use case */
    record StartCommand(LinkId link, String endUserIp, AttestationChoice.Raw choice, boolean hasPortalSession) {
        public StartCommand {
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(choice, "choice");
        }
    }

    record CollectCommand(LinkId link, String orderRef, boolean hasPortalSession) {
        public CollectCommand {
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(orderRef, "orderRef");
        }
    }

    /**
     * @param qrCode  the animated QR's next content while pending
     * @param outcome present exactly when complete
     */
    record Progress(BankId.Status status, Optional<String> hintCode, String message, Optional<String> qrCode,
                    Optional<AttestOrder.Outcome> outcome) {
        public Progress {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(hintCode, "hintCode");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(qrCode, "qrCode");
            Objects.requireNonNull(outcome, "outcome");
        }
    }
}
