package se.inera.kundportal.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The Luhn (modulus 10) check digit of personnummer and organisationsnummer. */
class LuhnTest {

    @Test
    void theShortestNumberWithACheckDigitHasTwoDigits() {
        assertThat(Luhn.isValid("18")).isTrue(); // 1 doubled is 2, and 8 makes 10
        assertThat(Luhn.isValid("00")).isTrue();
        assertThat(Luhn.isValid("17")).isFalse();
        assertThat(Luhn.isValid("0")).as("a check digit alone checks nothing").isFalse();
        assertThat(Luhn.isValid("")).isFalse();
    }

    @Test
    void aDoubledDigitOverNineCountsItsDigitSum() {
        assertThat(Luhn.checkDigit("5")).isEqualTo(9); // 10 counts 1
        assertThat(Luhn.checkDigit("9")).isEqualTo(1); // 18 counts 9
        assertThat(Luhn.checkDigit("811218987")).isEqualTo(6); // 811218-9876, Skatteverket's example
    }

    @Test
    void onlyDecimalDigitsHaveACheckDigit() {
        assertThatThrownBy(() -> Luhn.checkDigit("12a4")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Luhn.checkDigit("/")).isInstanceOf(IllegalArgumentException.class);
    }
}
