package se.inera.kundportal.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.inera.kundportal.core.Fixtures.CLOCK;
import static se.inera.kundportal.core.Fixtures.NOW;
import static se.inera.kundportal.core.Fixtures.REGION_STOCKHOLM;
import static se.inera.kundportal.core.Fixtures.SIGNATORY_PNR;

import java.security.SecureRandom;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.error.GoneException;
import se.inera.kundportal.core.error.NotAllowedException;
import se.inera.kundportal.core.error.UnexpectedStatusException;
import se.inera.kundportal.core.person.Personnummer;

class AgreementTest {
    private static final String HASH = "sha256:abc";

    private static Agreement pending() {
        return Agreement.sentForSignature(AgreementId.newId(), REGION_STOCKHOLM, "2.4", HASH, SIGNATORY_PNR,
                LinkId.random(new SecureRandom()), NOW, NOW.plus(Duration.ofDays(30)));
    }

    private static BankIdSignature signatureBy(Personnummer signer, String documentHash) {
        return new BankIdSignature(signer, "Sven Signatär", NOW, "order-ref-1", "PHNpZ25hdHVyZT4=", "b2NzcA==",
                documentHash);
    }

    @Test
    void signatoryNamedInTheApplicationSignsAndTheSignatureIsKept() {
        Agreement signed = pending().sign(signatureBy(SIGNATORY_PNR, HASH), CLOCK);

        assertThat(signed.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(signed.evidence()).containsInstanceOf(BankIdSignature.class);
        assertThat(signed.signingLink()).isEmpty();
        assertThat(signed.signedBy()).hasValueSatisfying(a -> assertThat(a.kind()).isEqualTo(Actor.Kind.SIGNATORY));
    }

    @Test
    void signatureByAnotherPersonIsNotAllowed() {
        Personnummer someoneElse = Personnummer.parse("19121272-1219");
        assertThatThrownBy(() -> pending().sign(signatureBy(someoneElse, HASH), CLOCK))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void signatureOverAnotherDocumentVersionIsNotAllowed() {
        assertThatThrownBy(() -> pending().sign(signatureBy(SIGNATORY_PNR, "sha256:other"), CLOCK))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void signingAfterTheLinkExpiredIsGone() {
        assertThatThrownBy(() -> pending().sign(signatureBy(SIGNATORY_PNR, HASH), Fixtures.later(Duration.ofDays(30))))
                .isInstanceOf(GoneException.class);
    }

    @Test
    void signingTwiceIsAnUnexpectedStatus() {
        Agreement signed = pending().sign(signatureBy(SIGNATORY_PNR, HASH), CLOCK);
        assertThatThrownBy(() -> signed.sign(signatureBy(SIGNATORY_PNR, HASH), CLOCK))
                .isInstanceOf(UnexpectedStatusException.class).hasMessageContaining("redan signerat");
    }

    @Test
    void expiresOnlyAfterItsDeadlineAndCanThenBeResent() {
        assertThatThrownBy(() -> pending().expire(CLOCK)).isInstanceOf(IllegalStateException.class);

        Agreement expired = pending().expire(Fixtures.later(Duration.ofDays(31)));
        assertThat(expired.status()).isEqualTo(AgreementStatus.EXPIRED);

        LinkId newLink = LinkId.random(new SecureRandom());
        Agreement resent = expired.resend(newLink, NOW.plus(Duration.ofDays(60)));
        assertThat(resent.status()).isEqualTo(AgreementStatus.PENDING_SIGNATURE);
        assertThat(resent.signingLink()).contains(newLink);
    }

    @Test
    void registeredExistingAgreementIsSignedFromTheStart() {
        Actor operator = Actor.operator("ks-1", "Kim");
        Agreement registered = Agreement.registeredExisting(AgreementId.newId(), REGION_STOCKHOLM, "2.0",
                new RegisteredExistingAgreement(operator, NOW.minus(Duration.ofDays(400)), "Dnr 2025/123"), NOW);

        assertThat(registered.isSigned()).isTrue();
        assertThat(registered.signedBy()).contains(operator);
    }

    @Test
    void onlyAPendingAgreementExpiresAndOnlyAnExpiredOneIsSentAgain() {
        Agreement signed = pending().sign(signatureBy(SIGNATORY_PNR, HASH), CLOCK);
        java.time.Clock later = Fixtures.later(Duration.ofDays(31));

        assertThatThrownBy(() -> signed.expire(later)).isInstanceOf(UnexpectedStatusException.class);
        assertThatThrownBy(() -> pending().resend(LinkId.random(new SecureRandom()), NOW))
                .isInstanceOf(UnexpectedStatusException.class);
        assertThatThrownBy(() -> signed.resend(LinkId.random(new SecureRandom()), NOW))
                .isInstanceOf(UnexpectedStatusException.class);

        Agreement expired = pending().expire(later);
        LinkId fresh = LinkId.random(new SecureRandom());
        Agreement again = expired.resend(fresh, NOW.plus(Duration.ofDays(60)));
        assertThat(again.status()).isEqualTo(AgreementStatus.PENDING_SIGNATURE);
        assertThat(again.signingLink()).contains(fresh);
        assertThatThrownBy(() -> again.resend(LinkId.random(new SecureRandom()), NOW))
                .isInstanceOf(UnexpectedStatusException.class);
    }
}
