package se.inera.kundportal.core.agreement;

import java.time.Instant;
import java.util.Objects;

import se.inera.kundportal.core.person.Personnummer;

/**
 * A completed BankID signature of the agreement text (BankID RP API {@code /collect} with status
 * {@code complete}).
 *
 * @param signer       {@code completionData.user.personalNumber}
 * @param signerName   {@code completionData.user.name}
 * @param signedAt     when the signature completed
 * @param orderRef     BankID's order reference: the signature reference
 * @param signature    {@code completionData.signature} (base64 XML signature), kept verbatim
 * @param ocspResponse {@code completionData.ocspResponse} (base64), kept verbatim
 * @param documentHash hash of the canonical agreement document bound in userNonVisibleData
 */
public record BankIdSignature(Personnummer signer, String signerName, Instant signedAt, String orderRef,
                              String signature, String ocspResponse, String documentHash) implements SigningEvidence {
    public BankIdSignature {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(signerName, "signerName");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(orderRef, "orderRef");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(ocspResponse, "ocspResponse");
        Objects.requireNonNull(documentHash, "documentHash");
    }
}
