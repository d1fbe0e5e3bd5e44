package se.inera.kundportal.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.inera.kundportal.core.validation.InvalidValueException;

class MobileNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"0701234567", "070-123 45 67", "+46701234567", "+46 70 123 45 67", "0046701234567",
            "+46 (0)70-123 45 67"})
    void normalisesSwedishFormsToE164(String raw) {
        assertThat(MobileNumber.parse(raw).value()).isEqualTo("+46701234567");
    }

    @Test
    void acceptsForeignNumbersGivenWithCountryCode() {
        assertThat(MobileNumber.parse("+47 412 34 567").value()).isEqualTo("+4741234567");
        assertThat(MobileNumber.parse("+47 412 34 567").isSwedish()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"081234567", "+4681234567", "07012345", "070123456789"})
    void rejectsSwedishNumbersThatAreNotMobileNumbers(String raw) {
        assertThatThrownBy(() -> MobileNumber.parse(raw)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("07");
    }

    @ParameterizedTest
    @ValueSource(strings = {"701234567", "07O1234567", "+46 70 123 45 67 ext 2"})
    void rejectsNumbersWithoutPrefixOrWithLetters(String raw) {
        assertThatThrownBy(() -> MobileNumber.parse(raw)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void maskedShowsOnlyTheLastTwoDigits() {
        assertThat(MobileNumber.parse("0701234567").masked()).isEqualTo("+46*******67");
    }

    @Test
    void aNumberWrittenTheSwedishWayIsSwedish() {
        assertThat(MobileNumber.parse("070-123 45 67").isSwedish()).isTrue();
    }
}
