package se.inera.kundportal.functions.bankid;

import java.util.Objects;
import java.util.Optional;

/**
 * BankID's answer to {@code /collect}.
 *
 * @param hintCode   with pending and failed; kept as text because BankID may add codes at any time
 * @param completion present exactly when {@code status} is {@link Status#COMPLETE}
 */
public record CollectResult(String orderRef, Status status, Optional<String> hintCode,
                            Optional<Completion> completion) {
    public enum Status {
        PENDING, FAILED, COMPLETE
    }

    public CollectResult {
        Objects.requireNonNull(orderRef, "orderRef");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(hintCode, "hintCode");
        Objects.requireNonNull(completion, "completion");
        if ((status == Status.COMPLETE) != completion.isPresent()) {
            throw new IllegalArgumentException("completionData comes with status complete, and only then");
        }
    }

    /**
     * {@code completionData} of a completed order.
     *
     * @param personalNumber {@code user.personalNumber}, who actually signed
     * @param name           {@code user.name}
     * @param ipAddress      {@code device.ipAddress}, as BankID saw the user's device
     * @param signature      base64 XML signature, kept verbatim as evidence
     * @param ocspResponse   base64 OCSP response, kept verbatim as evidence
     */
    public record Completion(String personalNumber, String name, String givenName, String surname,
                             String ipAddress, String signature, String ocspResponse) {
        public Completion {
            Objects.requireNonNull(personalNumber, "personalNumber");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(signature, "signature");
            Objects.requireNonNull(ocspResponse, "ocspResponse");
        }
    }
}
