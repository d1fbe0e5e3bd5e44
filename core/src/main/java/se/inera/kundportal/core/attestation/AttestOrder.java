package se.inera.kundportal.core.attestation;

import se.inera.kundportal.core.order.AttestationMethod;

import se.inera.kundportal.core.order.Attestation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.order.Order;

/**
 * Use case: an Attestant attests or rejects an order through the e-mailed link (step 6). Every
 * call states whether the request carried a portal session: attesting is a freshly authenticated
 * act, so a request with a session is refused with a message to log out first.
 */
public interface AttestOrder {

    /** Opening the link: shows the order and the methods the attestant can use. Changes nothing. */
    AttestationView open(LinkId link, boolean hasPortalSession);

    /**
     * Sends a one-time code to the attestant's registered mobile number (rate-limited). A decision the page already
     * knows ({@code intended}) is checked first: a rejection without its reason is a 400 and no code is sent.
     */
    void requestSmsCode(LinkId link, Optional<AttestationChoice.Raw> intended, boolean hasPortalSession);

    default void requestSmsCode(LinkId link, boolean hasPortalSession) {
        requestSmsCode(link, Optional.empty(), hasPortalSession);
    }

    /** Approves the order. Twice (double click, replay) gives 409 the second time, never a second attestation. */
    Outcome attest(AttestCommand command);

    /** Rejects the order with a reason the orderer is told. */
    Outcome reject(RejectCommand command);

    record AttestCommand(LinkId link, AttesterProof proof, boolean hasPortalSession) {
        public AttestCommand {
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(proof, "proof");
        }
    }

    record RejectCommand(LinkId link, AttesterProof proof, String reason, boolean hasPortalSession) {
        public RejectCommand {
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(proof, "proof");
        }
    }

    /**
     * @param order             the order after the decision
     * @param attestation       the attestation recorded
     * @param orderFullyDecided true when the workflow may continue (attested by the last party, or rejected)
     */
    record Outcome(Order order, Attestation attestation, boolean orderFullyDecided) {
    }

    /** What the attestation page shows. */
    record AttestationView(Order order, String attestantName, List<AttestationMethod> availableMethods,
                           boolean samePersonAsOrderer) {
        public AttestationView {
            availableMethods = List.copyOf(availableMethods);
        }
    }
}
