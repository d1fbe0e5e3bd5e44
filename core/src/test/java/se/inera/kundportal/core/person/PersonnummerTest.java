package se.inera.kundportal.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.inera.kundportal.core.validation.InvalidValueException;

class PersonnummerTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @ParameterizedTest
    @ValueSource(strings = {"121212-1212", "1212121212", "19121212-1212", "191212121212"})
    void acceptsTenAndTwelveDigitFormsAndKeepsTwelveDigits(String raw) {
        // 1912-12-12 is over 100 years old on TODAY, so the 10-digit form "-" means 2012 …
        Personnummer p = Personnummer.parse(raw, TODAY);
        assertThat(p.value()).endsWith("1212121212");
    }

    @Test
    void twoDigitYearWithHyphenIsTheMostRecentPastYear() {
        assertThat(Personnummer.parse("121212-1212", TODAY).value()).isEqualTo("201212121212");
    }

    @Test
    void plusSignMeansAHundredYearsOrOlder() {
        assertThat(Personnummer.parse("121212+1212", TODAY).value()).isEqualTo("191212121212");
    }

    @Test
    void birthdayLaterThisYearInTheTwoDigitFormMeansLastCentury() {
        // 26-12-24 has not happened yet on 2026-11-29, so the person was born in 1926
        String ten = "261224" + "123";
        String withCheck = ten + se.inera.kundportal.core.validation.Luhn.checkDigit(ten);
        assertThat(Personnummer.parse(withCheck, TODAY).birthDate()).isEqualTo(LocalDate.of(1926, 12, 24));
    }

    @Test
    void acceptsSamordningsnummerWithDayPlusSixtyAndFlagsIt() {
        Personnummer p = Personnummer.parse("19121272-1219", TODAY);
        assertThat(p.isSamordningsnummer()).isTrue();
        assertThat(p.birthDate()).isEqualTo(LocalDate.of(1912, 12, 12));
        assertThat(Personnummer.parse("19121212-1212", TODAY).isSamordningsnummer()).isFalse();
    }

    @Test
    void rejectsWrongCheckDigit() {
        assertThatThrownBy(() -> Personnummer.parse("19121212-1213", TODAY))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("kontrollsiffra");
    }

    @ParameterizedTest
    @ValueSource(strings = {"19120230-1234", "19121300-1234", "19121232-1234", "19121292-1234", "19121200-1234"})
    void rejectsDatesThatDoNotExist(String raw) {
        assertThatThrownBy(() -> Personnummer.parse(raw, TODAY)).isInstanceOf(InvalidValueException.class)
                .hasMessageNotContaining("kontrollsiffra");
    }

    @Test
    void rejectsFutureBirthDate() {
        String ten = "270101" + "123";
        String twelve = "20" + ten + se.inera.kundportal.core.validation.Luhn.checkDigit(ten);
        assertThatThrownBy(() -> Personnummer.parse(twelve, TODAY)).hasMessageContaining("framtiden");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1212121", "19121212_1212", "abcdefghij", "19121212--1212"})
    void rejectsWrongShape(String raw) {
        assertThatThrownBy(() -> Personnummer.parse(raw, TODAY)).hasMessageContaining("ÅÅMMDD-NNNN");
    }

    @Test
    void toStringMasksTheLastFourDigits() {
        Personnummer p = Personnummer.parse("19121212-1212", TODAY);
        assertThat(p.toString()).isEqualTo("19121212-****").doesNotContain("1212121212");
        assertThat(p.tenDigits()).isEqualTo("1212121212");
    }

    @Test
    void theDayOfBirthIs01To31OrForASamordningsnummer61To91AndEveryOtherDayIsNamedAsTheProblem() {
        assertThat(Personnummer.parse("198501311230").birthDate()).isEqualTo(java.time.LocalDate.of(1985, 1, 31));
        Personnummer samordning = Personnummer.parse("198501911237");
        assertThat(samordning.isSamordningsnummer()).isTrue();
        assertThat(samordning.birthDate()).isEqualTo(java.time.LocalDate.of(1985, 1, 31));
        assertThat(Personnummer.parse("198501311230").isSamordningsnummer()).isFalse();

        for (String badDay : List.of("198501601234", "198501921236", "198501001237")) {
            assertThatThrownBy(() -> Personnummer.parse(badDay)).as(badDay)
                    .hasMessage(se.inera.kundportal.core.message.FieldMessages.PERSONNUMMER_DAY);
        }
        assertThatThrownBy(() -> Personnummer.parse("198502301230"))
                .hasMessage(se.inera.kundportal.core.message.FieldMessages.PERSONNUMMER_NO_DATE);
        assertThatThrownBy(() -> Personnummer.parse("198501311231"))
                .hasMessage(se.inera.kundportal.core.message.FieldMessages.PERSONNUMMER_CHECK_DIGIT);
        assertThat(Personnummer.isValid("198501311230", java.time.LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(Personnummer.isValid("198501311231", java.time.LocalDate.of(2026, 1, 1))).isFalse();
    }
}
