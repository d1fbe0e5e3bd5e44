package se.inera.kundportal.functions.bankid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AnimatedQrCodeTest {
    /** The example in BankID's documentation of the animated QR code. */
    private static final String TOKEN = "67df3917-fa0d-44e5-b327-edcc928297f8";
    private static final String SECRET = "d28db9a7-4cde-429e-a983-359be676944c";
    private static final Instant STARTED = Instant.parse("2026-11-29T08:00:00Z");

    @Test
    void atTheStartIsBankIdsDocumentedExample() {
        assertThat(AnimatedQrCode.at(TOKEN, SECRET, STARTED, STARTED)).isEqualTo(
                "bankid.67df3917-fa0d-44e5-b327-edcc928297f8.0."
                        + "dc69358e712458a66a7525beef148ae8526b1c71610eff2c16cdffb4cdac9bf8");
    }

    @Test
    void countsWholeSecondsSinceTheStart() {
        assertThat(AnimatedQrCode.at(TOKEN, SECRET, STARTED, STARTED.plusMillis(10_999))).isEqualTo(
                "bankid." + TOKEN + ".10.2822ca616ce1e64a1c171df69154ebc5adef4011244c867d6ad88a02db178962");
        assertThat(AnimatedQrCode.at(TOKEN, SECRET, STARTED, STARTED.plusSeconds(1)))
                .endsWith(".1.949d559bf23403952a94d103e67743126381eda00f0b3cbddbf7c96b1adcbce2");
    }

    @Test
    void aClockBehindTheStartGivesSecondZero() {
        assertThat(AnimatedQrCode.at(TOKEN, SECRET, STARTED, STARTED.minusSeconds(2))).contains("." + TOKEN + ".0.");
    }

    @Test
    void computesTheAuthCodesOfBankIdsWorkedExample() {
        assertThat(AnimatedQrCode.authCode(SECRET, 0))
                .isEqualTo("dc69358e712458a66a7525beef148ae8526b1c71610eff2c16cdffb4cdac9bf8");
        assertThat(AnimatedQrCode.forSecond(TOKEN, SECRET, 2).content()).isEqualTo(
                "bankid.67df3917-fa0d-44e5-b327-edcc928297f8.2."
                        + "a9e5ec59cb4eee4ef4117150abc58fad7a85439a6a96ccbecc3668b41795b3f3");
    }

    @Test
    void parsesWhatItWritesAndVerifiesTheSecret() {
        AnimatedQrCode written = AnimatedQrCode.forSecond(TOKEN, SECRET, 17);

        AnimatedQrCode read = AnimatedQrCode.parse(written.content()).orElseThrow();

        assertThat(read).isEqualTo(written);
        assertThat(read.isSignedWith(SECRET)).isTrue();
        assertThat(read.isSignedWith("another-secret")).isFalse();
    }

    @Test
    void rejectsStringsThatAreNotBankIdQrCodes() {
        assertThat(AnimatedQrCode.parse("https://example.com")).isEmpty();
        assertThat(AnimatedQrCode.parse("bankid." + TOKEN + ".-1." + "a".repeat(64))).isEmpty();
        assertThat(AnimatedQrCode.parse("bankid." + TOKEN + ".3." + "A".repeat(64))).isEmpty();
        assertThat(AnimatedQrCode.parse("bankid." + TOKEN + ".3." + "a".repeat(63))).isEmpty();
    }
}
