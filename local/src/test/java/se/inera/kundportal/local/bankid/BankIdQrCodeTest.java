package se.inera.kundportal.local.bankid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BankIdQrCodeTest {
    // The worked example in BankID's QR code guide.
    private static final String QR_START_TOKEN = "67df3917-fa0d-44e5-b327-edcc928297f8";
    private static final String QR_START_SECRET = "d28db9a7-4cde-429e-a983-359be676944c";

    @Test
    void computesTheAuthCodesOfBankIdsWorkedExample() {
        assertThat(BankIdQrCode.authCode(QR_START_SECRET, 0))
                .isEqualTo("dc69358e712458a66a7525beef148ae8526b1c71610eff2c16cdffb4cdac9bf8");
        assertThat(BankIdQrCode.authCode(QR_START_SECRET, 1))
                .isEqualTo("949d559bf23403952a94d103e67743126381eda00f0b3cbddbf7c96b1adcbce2");
        assertThat(BankIdQrCode.at(QR_START_TOKEN, QR_START_SECRET, 2).content()).isEqualTo(
                "bankid.67df3917-fa0d-44e5-b327-edcc928297f8.2."
                        + "a9e5ec59cb4eee4ef4117150abc58fad7a85439a6a96ccbecc3668b41795b3f3");
    }

    @Test
    void parsesWhatItWritesAndVerifiesTheSecret() {
        BankIdQrCode written = BankIdQrCode.at(QR_START_TOKEN, QR_START_SECRET, 17);

        BankIdQrCode read = BankIdQrCode.parse(written.content()).orElseThrow();

        assertThat(read).isEqualTo(written);
        assertThat(read.isSignedWith(QR_START_SECRET)).isTrue();
        assertThat(read.isSignedWith("another-secret")).isFalse();
    }

    @Test
    void rejectsStringsThatAreNotBankIdQrCodes() {
        assertThat(BankIdQrCode.parse("https://example.com")).isEmpty();
        assertThat(BankIdQrCode.parse("bankid." + QR_START_TOKEN + ".-1." + "a".repeat(64))).isEmpty();
        assertThat(BankIdQrCode.parse("bankid." + QR_START_TOKEN + ".3." + "A".repeat(64))).isEmpty();
        assertThat(BankIdQrCode.parse("bankid." + QR_START_TOKEN + ".3." + "a".repeat(63))).isEmpty();
    }
}
