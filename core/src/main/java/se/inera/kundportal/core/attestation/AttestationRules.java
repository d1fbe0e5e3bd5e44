package se.inera.kundportal.core.attestation;

import se.inera.kundportal.core.message.OrderMessages;

import se.inera.kundportal.core.order.AttestationMethod;

import java.util.ArrayList;
import java.util.List;

import se.inera.kundportal.core.error.NotAllowedException;
import se.inera.kundportal.core.user.OrganisationRoles;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.User;

/** Who may attest, and how. Pure rules, no I/O. */
public final class AttestationRules {
    private AttestationRules() {
    }

    /**
     * The routine: if orderer and attestant are the same person they must be logged out of the
     * portal to attest. Kundportal applies it to everyone: an attestation never rides on a session.
     */
    public static void refusePortalSession(boolean hasPortalSession) {
        if (hasPortalSession) {
            throw new NotAllowedException(OrderMessages.ATTESTATION_LOG_OUT_FIRST);
        }
    }

    /** The link's attestant must still hold the Attestant role when acting. */
    public static void requireAttestant(OrganisationRoles roles, User attestant) {
        if (!roles.holds(attestant.id(), Role.ATTESTANT)) {
            throw new NotAllowedException(OrderMessages.ATTESTANT_ROLE_GONE);
        }
    }

    /** The methods the attestant can use: SMS needs a mobile number, BankID a personnummer. */
    public static List<AttestationMethod> availableMethods(User attestant) {
        List<AttestationMethod> methods = new ArrayList<>();
        attestant.mobile().ifPresent(m -> methods.add(AttestationMethod.SMS_CODE));
        attestant.personnummer().ifPresent(p -> methods.add(AttestationMethod.BANKID));
        return methods;
    }

    /** A BankID proof counts only if it was made by the attestant themself. */
    public static void requireProofBelongsTo(AttesterProof.BankId proof, User attestant) {
        boolean matches = attestant.personnummer().map(p -> p.equals(proof.personnummer())).orElse(false);
        if (!matches) {
            throw new NotAllowedException(OrderMessages.ATTESTATION_BANKID_OTHER_PERSON);
        }
    }
}
