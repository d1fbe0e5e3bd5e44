package se.inera.kundportal.core.attestation;

import se.inera.kundportal.core.order.AttestationMethod;

import java.util.Objects;

import se.inera.kundportal.core.person.Personnummer;

/**
 * How the attestant proved who they are for this one act: the SMS code they received, or a
 * completed BankID order whose {@code requirement.personalNumber} was theirs.
 */
public sealed interface AttesterProof {

    AttestationMethod method();

    /** The six-digit code as entered. */
    record SmsCode(String code) implements AttesterProof {
        @Override
        public AttestationMethod method() {
            return AttestationMethod.SMS_CODE;
        }
    }

    /**
     * A BankID signature that completed ({@code /collect} status {@code complete}).
     *
     * @param personnummer {@code completionData.user.personalNumber}
     * @param name         {@code completionData.user.name}
     * @param orderRef     BankID's order reference, kept as evidence
     */
    record BankId(Personnummer personnummer, String name, String orderRef) implements AttesterProof {
        public BankId {
            Objects.requireNonNull(personnummer, "personnummer");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(orderRef, "orderRef");
        }

        @Override
        public AttestationMethod method() {
            return AttestationMethod.BANKID;
        }
    }
}
