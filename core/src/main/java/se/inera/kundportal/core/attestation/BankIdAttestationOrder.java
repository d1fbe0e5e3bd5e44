package se.inera.kundportal.core.attestation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.agreement.BankId;
import se.inera.kundportal.core.common.LinkId;

/**
 * The BankID sign order started through an attestation link, kept with the link. The QR secret stays
 * here (it never leaves the server); BankID's completion data is kept as the attestation's evidence
 * before the decision is recorded, so a failure in between loses nothing and the next collect finishes it.
 *
 * @param choice the decision (and a rejection's reason) shown in BankID and signed: what a completed order records
 */
public record BankIdAttestationOrder(LinkId link, String orderRef, String qrStartToken, String qrStartSecret,
                                     Instant startedAt, AttestationChoice choice,
                                     Optional<BankId.Completion> completion) {
    public BankIdAttestationOrder {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(orderRef, "orderRef");
        Objects.requireNonNull(qrStartToken, "qrStartToken");
        Objects.requireNonNull(qrStartSecret, "qrStartSecret");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(completion, "completion");
    }

    public BankIdAttestationOrder completed(BankId.Completion data) {
        return new BankIdAttestationOrder(link, orderRef, qrStartToken, qrStartSecret, startedAt, choice,
                Optional.of(data));
    }

    @Override
    public String toString() {
        return "BankIdAttestationOrder[orderRef=" + orderRef + "]";
    }
}
