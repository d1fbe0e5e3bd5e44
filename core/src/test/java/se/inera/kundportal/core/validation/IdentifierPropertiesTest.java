package se.inera.kundportal.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.person.Personnummer;

/**
 * Generated valid identifiers pass; changing any single digit covered by the check digit makes
 * them fail (Luhn detects every single-digit substitution).
 */
class IdentifierPropertiesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Property
    void generatedOrganisationsnummerIsAcceptedInEveryNotation(@ForAll("organisationsnummer") String tenDigits) {
        String canonical = tenDigits.substring(0, 6) + "-" + tenDigits.substring(6);
        assertThat(Organisationsnummer.parse(tenDigits).value()).isEqualTo(canonical);
        assertThat(Organisationsnummer.parse(canonical).value()).isEqualTo(canonical);
        assertThat(Organisationsnummer.parse("16" + tenDigits).value()).isEqualTo(canonical);
    }

    @Property
    void anySingleDigitChangeOfAnOrganisationsnummerIsRejected(@ForAll("organisationsnummer") String tenDigits,
                                                               @ForAll @IntRange(min = 0, max = 9) int position,
                                                               @ForAll @IntRange(min = 1, max = 9) int delta) {
        String changed = changeDigit(tenDigits, position, delta);
        assertThatThrownBy(() -> Organisationsnummer.parse(changed)).isInstanceOf(InvalidValueException.class);
    }

    @Property
    void generatedPersonnummerIsAccepted(@ForAll("personnummer") String twelveDigits) {
        Personnummer p = Personnummer.parse(twelveDigits, TODAY);
        assertThat(p.value()).isEqualTo(twelveDigits);
        assertThat(p.isSamordningsnummer()).isFalse();
    }

    @Property
    void generatedSamordningsnummerIsAcceptedAndFlagged(@ForAll("samordningsnummer") String twelveDigits) {
        Personnummer p = Personnummer.parse(twelveDigits, TODAY);
        assertThat(p.isSamordningsnummer()).isTrue();
        assertThat(p.birthDate().getDayOfMonth()).isEqualTo(Integer.parseInt(twelveDigits.substring(6, 8)) - 60);
    }

    @Property
    void tenDigitFormGivesTheSamePersonAsTheTwelveDigitForm(@ForAll("personnummer") String twelveDigits) {
        LocalDate birth = LocalDate.parse(twelveDigits.substring(0, 4) + "-" + twelveDigits.substring(4, 6) + "-"
                + twelveDigits.substring(6, 8));
        String separator = birth.plusYears(100).isAfter(TODAY) ? "-" : "+"; // "+" from the 100th birthday
        String tenWithSeparator = twelveDigits.substring(2, 8) + separator + twelveDigits.substring(8);
        assertThat(Personnummer.parse(tenWithSeparator, TODAY).value()).isEqualTo(twelveDigits);
    }

    @Property
    void anySingleDigitChangeWithinTheCheckedTenDigitsIsRejected(
            @ForAll("personnummerOrSamordningsnummer") String twelveDigits,
            @ForAll @IntRange(min = 2, max = 11) int position,
            @ForAll @IntRange(min = 1, max = 9) int delta) {
        String changed = changeDigit(twelveDigits, position, delta);
        assertThatThrownBy(() -> Personnummer.parse(changed, TODAY)).isInstanceOf(InvalidValueException.class);
    }

    @Provide
    Arbitrary<String> organisationsnummer() {
        Arbitrary<Integer> legalForm = Arbitraries.integers().between(1, 9);
        Arbitrary<Integer> second = Arbitraries.integers().between(0, 9);
        Arbitrary<Integer> thirdAndFourth = Arbitraries.integers().between(20, 99);
        Arbitrary<String> rest = Arbitraries.strings().numeric().ofLength(5);
        return Combinators.combine(legalForm, second, thirdAndFourth, rest)
                .as((a, b, cd, r) -> withCheckDigit("" + a + b + cd + r));
    }

    @Provide
    Arbitrary<String> personnummer() {
        return personnummer(0);
    }

    @Provide
    Arbitrary<String> samordningsnummer() {
        return personnummer(60);
    }

    @Provide
    Arbitrary<String> personnummerOrSamordningsnummer() {
        return Arbitraries.oneOf(personnummer(0), personnummer(60));
    }

    private static Arbitrary<String> personnummer(int dayOffset) {
        Arbitrary<LocalDate> birthDates = Arbitraries.longs()
                .between(LocalDate.of(1900, 1, 1).toEpochDay(), TODAY.toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<String> serial = Arbitraries.strings().numeric().ofLength(3);
        return Combinators.combine(birthDates, serial).as((date, s) -> {
            String ten = String.format("%02d%02d%02d", date.getYear() % 100, date.getMonthValue(),
                    date.getDayOfMonth() + dayOffset) + s;
            return String.format("%02d", date.getYear() / 100) + withCheckDigit(ten);
        });
    }

    private static String withCheckDigit(String nineDigits) {
        return nineDigits + Luhn.checkDigit(nineDigits);
    }

    private static String changeDigit(String digits, int position, int delta) {
        int changed = (digits.charAt(position) - '0' + delta) % 10;
        return digits.substring(0, position) + changed + digits.substring(position + 1);
    }
}
