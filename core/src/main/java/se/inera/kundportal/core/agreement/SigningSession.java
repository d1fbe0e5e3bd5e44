package se.inera.kundportal.core.agreement;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.common.LinkId;

/**
 * The BankID order started from one signing link, kept server-side: the browser holds only the link
 * id, and {@code qrStartSecret} never leaves the server. It also remembers which agreement the link
 * was for after the agreement stops answering to it (signed, expired or re-sent), so a link used
 * again says "already signed" (410) rather than "unknown" (404).
 *
 * @param documentHash  the agreement's document hash bound into this order's userNonVisibleData
 * @param linkExpiresAt when the signing link stops working (the agreement's deadline); the session is
 *                      kept a grace period longer, then forgotten
 * @param completion   BankID's completion data, kept as soon as collect returns it and before the
 *                     signature is recorded, so a failure in between loses no evidence: BankID answers
 *                     a completed order only once
 */
public record SigningSession(LinkId link, AgreementId agreement, String orderRef, String qrStartToken,
                             String qrStartSecret, String documentHash, Instant startedAt, Instant linkExpiresAt,
                             Optional<Completion> completion) {

    /** A signature BankID reported complete ({@code completionData}). */
    public record Completion(String personalNumber, String name, String signature, String ocspResponse,
                             Instant completedAt) {
        public Completion {
            Objects.requireNonNull(personalNumber, "personalNumber");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(signature, "signature");
            Objects.requireNonNull(ocspResponse, "ocspResponse");
            Objects.requireNonNull(completedAt, "completedAt");
        }

        @Override
        public String toString() {
            return "Completion[completedAt=" + completedAt + "]";
        }
    }

    /** A BankID order just started. */
    public static SigningSession started(LinkId link, AgreementId agreement, String orderRef, String qrStartToken,
                                         String qrStartSecret, String documentHash, Instant startedAt,
                                         Instant linkExpiresAt) {
        return new SigningSession(link, agreement, orderRef, qrStartToken, qrStartSecret, documentHash, startedAt,
                linkExpiresAt, Optional.empty());
    }

    public SigningSession completed(Completion data) {
        return new SigningSession(link, agreement, orderRef, qrStartToken, qrStartSecret, documentHash, startedAt,
                linkExpiresAt, Optional.of(data));
    }

    public SigningSession {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(orderRef, "orderRef");
        Objects.requireNonNull(qrStartToken, "qrStartToken");
        Objects.requireNonNull(qrStartSecret, "qrStartSecret");
        Objects.requireNonNull(documentHash, "documentHash");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(linkExpiresAt, "linkExpiresAt");
        Objects.requireNonNull(completion, "completion");
    }

    @Override
    public String toString() {
        return "SigningSession[agreement=" + agreement + ", orderRef=" + orderRef + ", startedAt=" + startedAt + "]";
    }
}
