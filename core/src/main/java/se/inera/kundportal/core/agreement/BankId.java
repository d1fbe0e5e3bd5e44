package se.inera.kundportal.core.agreement;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.person.Personnummer;

/**
 * Port: BankID, as signing an agreement uses it (the Relying Party API's sign, collect and cancel, and
 * the animated QR code). Plain values only; the HTTP client in {@code functions/.../bankid} is the
 * adapter. A BankID that cannot be reached fails with the adapter's own exception (HTTP 503).
 */
public interface BankId {

    /**
     * Starts a signature only {@code request.signatory()} can complete.
     *
     * @throws Refused {@link Refused.Reason#ALREADY_IN_PROGRESS} when an order for the same person was running
     */
    Order sign(SignRequest request);

    /** How the order is going; call at most every two seconds per order. */
    Collected collect(String orderRef);

    /** @throws Refused {@link Refused.Reason#UNKNOWN_ORDER} if it is over (completed, failed, cancelled) */
    void cancel(String orderRef);

    /** The animated QR code's content at {@code now} for an order started at {@code startedAt}. */
    String qrCode(String qrStartToken, String qrStartSecret, Instant startedAt, Instant now);

    /**
     * @param endUserIp       the user's IP address as our server sees it
     * @param signatory       only this person can sign
     * @param visibleText     shown in the BankID app ({@code simpleMarkdownV1})
     * @param documentDigest  bound into the signature but not shown: the agreement text's SHA-256
     */
    record SignRequest(String endUserIp, Personnummer signatory, String visibleText, byte[] documentDigest) {
        public SignRequest {
            Objects.requireNonNull(endUserIp, "endUserIp");
            Objects.requireNonNull(signatory, "signatory");
            Objects.requireNonNull(visibleText, "visibleText");
            documentDigest = Objects.requireNonNull(documentDigest, "documentDigest").clone();
        }

        @Override
        public byte[] documentDigest() {
            return documentDigest.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SignRequest that && endUserIp.equals(that.endUserIp)
                    && signatory.equals(that.signatory) && visibleText.equals(that.visibleText)
                    && Arrays.equals(documentDigest, that.documentDigest);
        }

        @Override
        public int hashCode() {
            return Objects.hash(endUserIp, signatory, visibleText, Arrays.hashCode(documentDigest));
        }

        @Override
        public String toString() {
            return "SignRequest[signatory=" + signatory.masked() + "]";
        }
    }

    /** A started order; {@code qrStartSecret} never leaves the server. */
    record Order(String orderRef, String autoStartToken, String qrStartToken, String qrStartSecret) {
        public Order {
            Objects.requireNonNull(orderRef, "orderRef");
            Objects.requireNonNull(autoStartToken, "autoStartToken");
            Objects.requireNonNull(qrStartToken, "qrStartToken");
            Objects.requireNonNull(qrStartSecret, "qrStartSecret");
        }

        @Override
        public String toString() {
            return "Order[orderRef=" + orderRef + "]";
        }
    }

    /** Where an order stands. */
    enum Status {
        PENDING, FAILED, COMPLETE
    }

    /**
     * @param hintCode   with pending and failed; text, because BankID may add codes at any time
     * @param completion present exactly when {@code COMPLETE}
     */
    record Collected(Status status, Optional<String> hintCode, Optional<Completion> completion) {
        public Collected {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(hintCode, "hintCode");
            Objects.requireNonNull(completion, "completion");
            if ((status == Status.COMPLETE) != completion.isPresent()) {
                throw new IllegalArgumentException("completion data comes with status complete, and only then");
            }
        }
    }

    /** Who signed and the evidence, as BankID reported it. */
    record Completion(String personalNumber, String name, String signature, String ocspResponse) {
        public Completion {
            Objects.requireNonNull(personalNumber, "personalNumber");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(signature, "signature");
            Objects.requireNonNull(ocspResponse, "ocspResponse");
        }

        @Override
        public String toString() {
            return "Completion[name=" + name + "]";
        }
    }

    /** BankID refused the request for a reason the signatory can act on. */
    final class Refused extends RuntimeException {
        public enum Reason {
            /** An order for the same person was running; BankID cancelled both. */
            ALREADY_IN_PROGRESS,
            /** The order is unknown to BankID, or over. */
            UNKNOWN_ORDER
        }

        private final Reason reason;

        public Refused(Reason reason, Throwable cause) {
            super("BankID refused: " + reason, cause);
            this.reason = Objects.requireNonNull(reason);
        }

        public Reason reason() {
            return reason;
        }
    }
}
