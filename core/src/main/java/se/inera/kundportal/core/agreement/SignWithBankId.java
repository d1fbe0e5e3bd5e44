package se.inera.kundportal.core.agreement;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.common.LinkId;

/**
 * Use case: the signatory's side of step 3, behind the e-mailed signing link: read the agreement, start a
 * BankID signature that only the signatory named in the application can complete, and collect it until
 * the signature is recorded ({@code PENDING_SIGNATURE → SIGNED}) and the waiting workflow told.
 *
 * <p>A link that no longer finds its agreement (signed, expired, replaced, onboarding failed) is
 * {@link se.inera.kundportal.core.error.GoneException} (410) with a message saying why; an unknown link
 * {@link se.inera.kundportal.core.error.NotFoundException} (404). A link never shows another person's data.
 */
public interface SignWithBankId {

    /** What the signing page shows. Reads only: mail scanners open links too. */
    SigningPage open(LinkId link);

    /** Starts a BankID signature; a second start replaces the first order. */
    Started start(LinkId link, String endUserIp);

    /** How the signature is going; on completion the signature is recorded first, then the workflow told. */
    Progress collect(LinkId link);

    /** The agreement to sign, its text, and the application it came from (when found). */
    record SigningPage(Agreement agreement, AgreementText text, String organisationName, String signatoryName,
                       Optional<CustomerApplication> application) {
        public SigningPage {
            Objects.requireNonNull(agreement, "agreement");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(organisationName, "organisationName");
            Objects.requireNonNull(signatoryName, "signatoryName");
            Objects.requireNonNull(application, "application");
        }
    }

    /** How to open BankID: {@code autoStartToken} on this device, {@code qrCode} from another. */
    record Started(String orderRef, String autoStartToken, String qrCode, Instant startedAt) {
    }

    /**
     * @param message  the Swedish text to show
     * @param qrCode   the current animated QR content while pending
     * @param signedAt when complete
     */
    record Progress(BankId.Status status, Optional<String> hintCode, String message, Optional<String> qrCode,
                    Optional<Instant> signedAt) {
        public Progress {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(hintCode, "hintCode");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(qrCode, "qrCode");
            Objects.requireNonNull(signedAt, "signedAt");
        }
    }
}
