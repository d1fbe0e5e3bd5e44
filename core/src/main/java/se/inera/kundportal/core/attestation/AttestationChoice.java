package se.inera.kundportal.core.attestation;

import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.message.OrderMessages;
import se.inera.kundportal.core.order.AttestationDecision;
import se.inera.kundportal.core.validation.Validation;

/**
 * What the attestant decides: approve, or reject with the reason the orderer is told. Checked before the attestant
 * proves who they are (an SMS code is spent, a BankID signature made), so nobody signs and then hears that the reason
 * was missing; with BankID the choice is also what is signed and what is recorded.
 *
 * @param decision approve or reject
 * @param reason   present exactly for a rejection: stripped, 1..{@link #MAX_REASON} characters
 */
public record AttestationChoice(AttestationDecision decision, Optional<String> reason) {
    /** A rejection's reason is mailed to the orderer and shown in BankID, so it is kept short. */
    public static final int MAX_REASON = 1000;

    public AttestationChoice {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reason, "reason");
        if ((decision == AttestationDecision.REJECTED) != reason.isPresent()) {
            throw new IllegalArgumentException("a rejection has a reason, an approval none");
        }
    }

    public static AttestationChoice approval() {
        return new AttestationChoice(AttestationDecision.APPROVED, Optional.empty());
    }

    /**
     * The choice as sent (field {@code approve}, and {@code reason} for a rejection), or every field error at once.
     *
     * @throws se.inera.kundportal.core.error.ValidationException when {@code approve} is missing, or a rejection's
     *         reason is missing, too long or holds control characters
     */
    public static AttestationChoice of(Boolean approve, String reason) {
        Validation v = new Validation();
        errorsOf(v, approve, reason);
        v.throwIfInvalid();
        return Boolean.TRUE.equals(approve) ? approval()
                : new AttestationChoice(AttestationDecision.REJECTED, Optional.of(reason.strip()));
    }

    /** Records in {@code v} what is wrong with the choice as sent, so a caller can report it with other fields. */
    public static void errorsOf(Validation v, Boolean approve, String reason) {
        if (approve == null) {
            v.addError("approve", OrderMessages.ATTESTATION_DECISION_MISSING);
        } else if (!approve) {
            if (reason == null || reason.isBlank()) {
                v.addError("reason", OrderMessages.ATTESTATION_REJECTION_NEEDS_REASON);
            } else if (reason.strip().length() > MAX_REASON) {
                v.addError("reason", OrderMessages.tooLong(MAX_REASON));
            } else if (reason.strip().chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
                v.addError("reason", OrderMessages.REASON_CONTROL_CHARACTERS);
            }
        }
    }

    /** The choice as a request carries it, not yet checked ({@link #validated()}). */
    public record Raw(Boolean approve, String reason) {
        public AttestationChoice validated() {
            return AttestationChoice.of(approve, reason);
        }
    }

    public boolean approves() {
        return decision == AttestationDecision.APPROVED;
    }
}
