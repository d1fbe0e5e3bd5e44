package se.inera.kundportal.core.attestation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.inera.kundportal.core.Fixtures.CLOCK;

import java.security.SecureRandom;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.error.GoneException;
import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.user.UserId;

class SmsChallengeTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    private static SmsChallenge.Issued issue() {
        return SmsChallenge.issue(LinkId.random(RANDOM), OrderId.newId(), new UserId("anna"), RANDOM, CLOCK);
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }

    @Test
    void issuesSixDigitsAndStoresOnlyASaltedHash() {
        SmsChallenge.Issued issued = issue();

        assertThat(issued.code()).matches("\\d{6}");
        assertThat(issued.challenge().codeHash()).doesNotContain(issued.code()).hasSize(64);
        assertThat(issued.challenge().expiresAt()).isEqualTo(Fixtures.NOW.plus(Duration.ofMinutes(10)));
    }

    @Test
    void correctCodeIsAcceptedOnceAndThenGone() {
        SmsChallenge.Issued issued = issue();

        SmsChallenge.Verification ok = issued.challenge().verify(issued.code(), CLOCK);

        assertThat(ok.accepted()).isTrue();
        assertThat(ok.challenge().used()).isTrue();
        assertThatThrownBy(() -> ok.challenge().verify(issued.code(), CLOCK)).isInstanceOf(GoneException.class);
    }

    @Test
    void wrongCodeCountsAnAttempt() {
        SmsChallenge.Issued issued = issue();

        SmsChallenge.Verification bad = issued.challenge().verify(wrong(issued.code()), CLOCK);

        assertThat(bad.accepted()).isFalse();
        assertThat(bad.challenge().failedAttempts()).isEqualTo(1);
        assertThat(bad.challenge().attemptsLeft()).isEqualTo(4);
    }

    @Test
    void afterFiveWrongTriesEvenTheRightCodeIsRefused() {
        SmsChallenge.Issued issued = issue();
        SmsChallenge challenge = issued.challenge();
        for (int i = 0; i < SmsChallenge.MAX_FAILED_ATTEMPTS; i++) {
            challenge = challenge.verify(wrong(issued.code()), CLOCK).challenge();
        }
        SmsChallenge exhausted = challenge;
        assertThatThrownBy(() -> exhausted.verify(issued.code(), CLOCK)).isInstanceOf(GoneException.class)
                .hasMessageContaining("För många");
    }

    @Test
    void codeIsGoneAfterTenMinutes() {
        SmsChallenge.Issued issued = issue();
        assertThatThrownBy(() -> issued.challenge().verify(issued.code(), Fixtures.later(Duration.ofMinutes(10))))
                .isInstanceOf(GoneException.class);
    }

    @Test
    void malformedInputIsAWrongAttemptNotAnError() {
        SmsChallenge.Issued issued = issue();
        assertThat(issued.challenge().verify("12ab", CLOCK).accepted()).isFalse();
        assertThat(issued.challenge().verify(null, CLOCK).accepted()).isFalse();
    }

    @Test
    void resendIsAllowedOnlyAfterTheInterval() {
        SmsChallenge challenge = issue().challenge();
        assertThat(challenge.mayResend(Fixtures.later(Duration.ofSeconds(30)))).isFalse();
        assertThat(challenge.mayResend(Fixtures.later(SmsChallenge.RESEND_INTERVAL))).isTrue();
    }
}
