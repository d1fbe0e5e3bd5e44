package se.inera.kundportal.core.agreement;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.Expiring;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.common.Versioned;
import se.inera.kundportal.core.error.GoneException;
import se.inera.kundportal.core.error.NotAllowedException;
import se.inera.kundportal.core.error.UnexpectedStatusException;
import se.inera.kundportal.core.message.Messages;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.person.Personnummer;

/**
 * Kundavtal: the customer agreement between Inera and the organisation.
 *
 * @param id                  identity
 * @param organisation        the customer
 * @param kind                which agreement (Kundavtal 2 for ordering)
 * @param documentVersion     the version of the agreement text, e.g. {@code 2.4}
 * @param documentHash        hash of the canonical agreement text the signatory signs
 * @param expectedSignatory   the signatory's personnummer from the application; BankID must match it.
 *                            Empty for an agreement registered by Inera.
 * @param status              see {@link AgreementStatus}
 * @param signingLink         the opaque id in the e-mailed signing link; empty once registered or signed
 * @param expiresAt           when the signing link stops working
 * @param evidence            present exactly when {@code SIGNED}
 * @param createdAt           when the agreement was created
 * @param version             optimistic-locking version; 0 before the first save
 */
public record Agreement(AgreementId id, Organisationsnummer organisation, AgreementKind kind, String documentVersion,
                        String documentHash, Optional<Personnummer> expectedSignatory, AgreementStatus status,
                        Optional<LinkId> signingLink, Instant expiresAt, Optional<SigningEvidence> evidence,
                        Instant createdAt, long version) implements Expiring, Versioned<Agreement> {
    public Agreement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(documentVersion, "documentVersion");
        Objects.requireNonNull(documentHash, "documentHash");
        Objects.requireNonNull(expectedSignatory, "expectedSignatory");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(signingLink, "signingLink");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(createdAt, "createdAt");
        if ((status == AgreementStatus.SIGNED) != evidence.isPresent()) {
            throw new IllegalArgumentException("a signed agreement has evidence, and only a signed one");
        }
    }

    /** A Kundavtal 2 sent to the signatory for BankID signing. */
    public static Agreement sentForSignature(AgreementId id, Organisationsnummer organisation, String documentVersion,
                                             String documentHash, Personnummer signatory, LinkId signingLink,
                                             Instant createdAt, Instant expiresAt) {
        return new Agreement(id, organisation, AgreementKind.KUNDAVTAL_2, documentVersion, documentHash,
                Optional.of(signatory), AgreementStatus.PENDING_SIGNATURE, Optional.of(signingLink), expiresAt,
                Optional.empty(), createdAt, 0);
    }

    /** A Kundavtal 2 the customer already has, registered by Inera: signed from the start. */
    public static Agreement registeredExisting(AgreementId id, Organisationsnummer organisation,
                                               String documentVersion, RegisteredExistingAgreement evidence,
                                               Instant registeredAt) {
        return new Agreement(id, organisation, AgreementKind.KUNDAVTAL_2, documentVersion, "",
                Optional.empty(), AgreementStatus.SIGNED, Optional.empty(), registeredAt, Optional.of(evidence),
                registeredAt, 0);
    }

    public boolean isSigned() {
        return status == AgreementStatus.SIGNED;
    }

    /**
     * Records the signatory's BankID signature. Refuses a signature by anyone but the expected
     * signatory, a signature over another document, an expired link, and a second signature.
     */
    public Agreement sign(BankIdSignature signature, Clock clock) {
        requireStatus(AgreementStatus.PENDING_SIGNATURE, AgreementStatus.SIGNED);
        if (isExpired(clock)) {
            throw new GoneException(Messages.SIGNING_LINK_EXPIRED);
        }
        if (!isExpectedSignatory(signature.signer())) {
            throw new NotAllowedException(Messages.WRONG_SIGNATORY);
        }
        if (!documentHash.equals(signature.documentHash())) {
            throw new NotAllowedException(Messages.WRONG_DOCUMENT);
        }
        return new Agreement(id, organisation, kind, documentVersion, documentHash, expectedSignatory,
                AgreementStatus.SIGNED, Optional.empty(), expiresAt, Optional.of(signature), createdAt, version);
    }

    /** Whether {@code person} is the signatory named in the application: the only one who may sign. */
    public boolean isExpectedSignatory(Personnummer person) {
        return expectedSignatory.isPresent() && expectedSignatory.get().equals(person);
    }

    /** The signing link ran out unsigned. */
    public Agreement expire(Clock clock) {
        requireStatus(AgreementStatus.PENDING_SIGNATURE, AgreementStatus.EXPIRED);
        if (!isExpired(clock)) {
            throw new IllegalStateException("agreement " + id + " has not expired yet");
        }
        return new Agreement(id, organisation, kind, documentVersion, documentHash, expectedSignatory,
                AgreementStatus.EXPIRED, Optional.empty(), expiresAt, Optional.empty(), createdAt, version);
    }

    /** Inera sends a new signing link after the first one expired. */
    public Agreement resend(LinkId newLink, Instant newExpiresAt) {
        requireStatus(AgreementStatus.EXPIRED, AgreementStatus.PENDING_SIGNATURE);
        return new Agreement(id, organisation, kind, documentVersion, documentHash, expectedSignatory,
                AgreementStatus.PENDING_SIGNATURE, Optional.of(newLink), newExpiresAt, Optional.empty(), createdAt,
                version);
    }

    /** Its onboarding failed before it was signed: the signing link stops working for good. */
    public Agreement failed() {
        if (!status.canMoveTo(AgreementStatus.FAILED)) {
            throw new UnexpectedStatusException("Agreement", id.value(), AgreementStatus.PENDING_SIGNATURE, status,
                    Messages.SIGNING_STOPPED);
        }
        return new Agreement(id, organisation, kind, documentVersion, documentHash, expectedSignatory,
                AgreementStatus.FAILED, Optional.empty(), expiresAt, Optional.empty(), createdAt, version);
    }

    /** Who signed, for display and audit. */
    public Optional<Actor> signedBy() {
        return evidence.map(e -> e instanceof BankIdSignature b
                ? new Actor(Actor.Kind.SIGNATORY, b.signer().value(), b.signerName())
                : ((RegisteredExistingAgreement) e).registeredBy());
    }

    private void requireStatus(AgreementStatus expected, AgreementStatus next) {
        if (status != expected || !expected.canMoveTo(next)) {
            throw new UnexpectedStatusException("Agreement", id.value(), expected, status,
                    status == AgreementStatus.SIGNED ? Messages.ALREADY_SIGNED
                            : Messages.agreementCannotMove(status, next));
        }
    }

    @Override
    public Agreement withVersion(long newVersion) {
        return new Agreement(id, organisation, kind, documentVersion, documentHash, expectedSignatory, status,
                signingLink, expiresAt, evidence, createdAt, newVersion);
    }
}
