package se.inera.kundportal.core.attestation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.order.AttestationMethod;
import se.inera.kundportal.core.user.User;

/** Which ways to attest an attestant is offered: SMS needs a mobile number, BankID a personnummer. */
class AttestationRulesTest {
    private static final User BOTH = Fixtures.user("anna", "Anna Attestant");

    @Test
    void anAttestantWithAMobileAndAPersonnummerIsOfferedBothMethods() {
        assertThat(AttestationRules.availableMethods(BOTH))
                .containsExactly(AttestationMethod.SMS_CODE, AttestationMethod.BANKID);
        assertThat(BOTH.canAttest()).isTrue();
    }

    @Test
    void eachMethodIsOfferedOnlyWithWhatItNeeds() {
        User mobileOnly = new User(BOTH.id(), BOTH.name(), BOTH.email(), BOTH.mobile(), Optional.empty(), 1);
        User personnummerOnly = new User(BOTH.id(), BOTH.name(), BOTH.email(), Optional.empty(), BOTH.personnummer(),
                1);
        User neither = new User(BOTH.id(), BOTH.name(), BOTH.email(), Optional.empty(), Optional.empty(), 1);

        assertThat(AttestationRules.availableMethods(mobileOnly)).containsExactly(AttestationMethod.SMS_CODE);
        assertThat(AttestationRules.availableMethods(personnummerOnly)).containsExactly(AttestationMethod.BANKID);
        assertThat(AttestationRules.availableMethods(neither)).isEmpty();
        assertThat(mobileOnly.canAttest()).isTrue();
        assertThat(personnummerOnly.canAttest()).isTrue();
        assertThat(neither.canAttest()).isFalse();
    }
}
