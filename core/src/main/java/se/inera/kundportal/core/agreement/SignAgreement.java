package se.inera.kundportal.core.agreement;

import java.util.Objects;

import se.inera.kundportal.core.common.LinkId;

/**
 * Use case: the signatory (företrädare/firmatecknare) signs Kundavtal 2 with BankID through the
 * e-mailed signing link (step 3). The BankID exchange ({@code /sign}, {@code /collect}) happens in
 * the adapter; this use case records a completed signature.
 */
public interface SignAgreement {

    /** What the signing page shows: the agreement, and whether it can still be signed. Changes nothing. */
    Agreement open(LinkId signingLink);

    /**
     * @throws se.inera.kundportal.core.error.NotAllowedException if the signer is not the signatory
     *         named in the application or signed another document version
     * @throws se.inera.kundportal.core.error.GoneException        if the link has expired
     * @throws se.inera.kundportal.core.error.UnexpectedStatusException if already signed
     */
    Agreement sign(SignCommand command);

    record SignCommand(LinkId signingLink, BankIdSignature signature) {
        public SignCommand {
            Objects.requireNonNull(signingLink, "signingLink");
            Objects.requireNonNull(signature, "signature");
        }
    }
}
