package se.inera.kundportal.functions.signing;

import java.time.Instant;

/** What the signing routes return, as JSON. */
public final class SigningViews {
    private SigningViews() {
    }

    /** {@code GET /signing/{linkId}}: everything the signatory needs to read before signing. */
    public record SigningPage(String status, Instant expiresAt, Document agreement, Organisation organisation,
                              Signatory signatory, ApplicationSummary application) {
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
    }

    public record Person(String name, String email) {
    }

    /**
     * {@code POST /signing/{linkId}/bankid}: how to open BankID. {@code autoStartToken} starts the app on
     * this device; {@code qrData} is the animated QR code's content for another device, valid for
     * about one second (collect returns the next one).
     */
    public record BankIdStarted(String orderRef, String autoStartToken, String qrData, Instant startedAt) {
    }

    /**
     * {@code POST /signing/{linkId}/bankid/collect}: {@code status} is {@code pending}, {@code failed} or
     * {@code complete}; {@code message} is BankID's recommended Swedish text; {@code qrData} is the
     * current QR content while pending.
     */
    public record CollectStatus(String status, String hintCode, String message, String qrData, Instant signedAt) {
    }
}
