package se.inera.kundportal.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.inera.kundportal.core.validation.InvalidValueException;

class EmailAddressTest {

    @Test
    void acceptsOrdinaryAddressAndLowerCasesTheDomain() {
        assertThat(EmailAddress.parse(" Anna.Andersson@Regionstockholm.SE ").value())
                .isEqualTo("Anna.Andersson@regionstockholm.se");
    }

    @Test
    void sameAddressInAnyCaseHasTheSameKey() {
        assertThat(EmailAddress.parse("Anna@Inera.se").normalisedKey())
                .isEqualTo(EmailAddress.parse("anna@inera.SE").normalisedKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna", "anna@", "@inera.se", "anna@inera", "anna inera@inera.se", "anna..b@inera.se",
            "anna.@inera.se", ".anna@inera.se", "anna@-inera.se"})
    void rejectsMalformedAddresses(String raw) {
        assertThatThrownBy(() -> EmailAddress.parse(raw)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void rejectsAddressesLongerThan254Characters() {
        String longAddress = "a".repeat(64) + "@" + ("b".repeat(60) + ".").repeat(4) + "se";
        assertThat(longAddress.length()).isGreaterThan(254);
        assertThatThrownBy(() -> EmailAddress.parse(longAddress)).isInstanceOf(InvalidValueException.class);
    }
}
