package se.inera.kundportal.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.core.Fixtures.SIGNATORY_PNR;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.person.Personnummer;

/**
 * A BankID sign request is a value: equal when everything the signatory signs is equal (the digest by content),
 * never carrying the personnummer into a log, and its digest cannot be changed from outside.
 */
class BankIdSignRequestTest {
    private static BankId.SignRequest request(String ip, Personnummer who, String text, byte... digest) {
        return new BankId.SignRequest(ip, who, text, digest);
    }

    @Test
    void twoRequestsForTheSameSignatureAreEqualAndEachDifferenceMakesAnother() {
        BankId.SignRequest one = request("192.0.2.1", SIGNATORY_PNR, "Avtal", (byte) 1, (byte) 2);

        assertThat(one).isEqualTo(request("192.0.2.1", SIGNATORY_PNR, "Avtal", (byte) 1, (byte) 2))
                .hasSameHashCodeAs(request("192.0.2.1", SIGNATORY_PNR, "Avtal", (byte) 1, (byte) 2));
        assertThat(one).isNotEqualTo(request("192.0.2.2", SIGNATORY_PNR, "Avtal", (byte) 1, (byte) 2));
        assertThat(one).isNotEqualTo(request("192.0.2.1", Personnummer.parse("198501019817"), "Avtal", (byte) 1,
                (byte) 2));
        assertThat(one).isNotEqualTo(request("192.0.2.1", SIGNATORY_PNR, "Annat avtal", (byte) 1, (byte) 2));
        assertThat(one).isNotEqualTo(request("192.0.2.1", SIGNATORY_PNR, "Avtal", (byte) 1, (byte) 3));
        assertThat(one).isNotEqualTo("Avtal");
        assertThat(one.hashCode()).isNotEqualTo(request("192.0.2.1", SIGNATORY_PNR, "Avtal", (byte) 9).hashCode());
    }

    @Test
    void itsTextShowsOnlyTheMaskedPersonnummerAndItsDigestIsACopy() {
        byte[] digest = {1, 2};
        BankId.SignRequest request = request("192.0.2.1", SIGNATORY_PNR, "Avtal", digest);
        digest[0] = 9;
        request.documentDigest()[1] = 9;

        assertThat(request.toString()).contains(SIGNATORY_PNR.masked()).doesNotContain(SIGNATORY_PNR.value());
        assertThat(request.documentDigest()).containsExactly(1, 2);
    }
}
