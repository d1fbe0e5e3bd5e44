package se.inera.kundportal.functions.signing;

import java.time.Instant;
import java.util.Locale;

import se.inera.kundportal.core.agreement.Agreement;
import se.inera.kundportal.core.agreement.AgreementText;
import se.inera.kundportal.core.agreement.SignWithBankId;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.person.Personnummer;

/** What the signing routes return, as JSON. */
public final class SigningViews {
    private SigningViews() {
    }

    /** {@code GET /signing/{linkId}}: everything the signatory needs to read before signing. */
    public record SigningPage(String status, Instant expiresAt, Document agreement, Organisation organisation,
                              Signatory signatory, ApplicationSummary application) {
        static SigningPage of(SignWithBankId.SigningPage page) {
            Agreement agreement = page.agreement();
            AgreementText text = page.text();
            return new SigningPage(agreement.status().name(), agreement.expiresAt(),
                    new Document(text.title(), text.version(), text.text(), text.hash()),
                    new Organisation(page.organisationName(), agreement.organisation().value()),
                    new Signatory(page.signatoryName(),
                            agreement.expectedSignatory().map(Personnummer::masked).orElse("")),
                    page.application().map(ApplicationSummary::of).orElse(null));
        }
    }

    /** The agreement text and the hash the signature will bind. */
    public record Document(String title, String version, String text, String sha256) {
    }

    public record Organisation(String name, String organisationsnummer) {
    }

    /** Who is expected to sign; the personnummer masked ({@code 19121212-****}). */
    public record Signatory(String name, String personnummer) {
    }

    /** The application the agreement came from, so the signatory recognises it. */
    public record ApplicationSummary(String applicationId, Instant submittedAt, Person administrator,
                                     Person agreementContact, String invoiceReference) {
        static ApplicationSummary of(CustomerApplication application) {
            var contacts = application.contacts();
            return new ApplicationSummary(application.id().value(), application.submittedAt(),
                    new Person(contacts.administrator().name(), contacts.administrator().email().value()),
                    new Person(contacts.agreementContact().name(), contacts.agreementContact().email().value()),
                    application.organisation().invoicing().reference());
        }
    }

    public record Person(String name, String email) {
    }

    /**
     * {@code POST /signing/{linkId}/bankid}: how to open BankID. {@code autoStartToken} starts the app on
     * this device; {@code qrData} is the animated QR code's content for another device, valid for
     * about one second (collect returns the next one).
     */
    public record BankIdStarted(String orderRef, String autoStartToken, String qrData, Instant startedAt) {
        public static BankIdStarted of(SignWithBankId.Started started) {
            return new BankIdStarted(started.orderRef(), started.autoStartToken(), started.qrCode(),
                    started.startedAt());
        }
    }

    /**
     * {@code POST /signing/{linkId}/bankid/collect}: {@code status} is {@code pending}, {@code failed} or
     * {@code complete}; {@code message} is BankID's recommended Swedish text; {@code qrData} is the
     * current QR content while pending.
     */
    public record CollectStatus(String status, String hintCode, String message, String qrData, Instant signedAt) {
        static CollectStatus of(SignWithBankId.Progress progress) {
            return new CollectStatus(progress.status().name().toLowerCase(Locale.ROOT),
                    progress.hintCode().orElse(null), progress.message(), progress.qrCode().orElse(null),
                    progress.signedAt().orElse(null));
        }
    }
}
