package se.inera.kundportal.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.inera.kundportal.core.validation.InvalidValueException;

class OrganisationsnummerTest {

    @Test
    void acceptsRegionStockholmWithHyphen() {
        assertThat(Organisationsnummer.parse("232100-0016").value()).isEqualTo("232100-0016");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2321000016", "162321000016", "16232100-0016", " 232100-0016 "})
    void acceptsOtherFormsAndCanonicalisesThem(String raw) {
        assertThat(Organisationsnummer.parse(raw).value()).isEqualTo("232100-0016");
    }

    @Test
    void rejectsWrongCheckDigitWithSwedishMessageAboutKontrollsiffra() {
        assertThatThrownBy(() -> Organisationsnummer.parse("232100-0017"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("kontrollsiffra");
    }

    @Test
    void rejectsPersonnummerShapedNumberWhoseThirdAndFourthDigitsAreBelowTwenty() {
        // 19121212-1212 passes Luhn as 1212121212 but is a personnummer, not an organisation
        assertThatThrownBy(() -> Organisationsnummer.parse("121212-1212"))
                .hasMessageContaining("minst 20");
    }

    @Test
    void rejectsTwelveDigitsWithoutSixteenPrefix() {
        assertThatThrownBy(() -> Organisationsnummer.parse("192321000016")).hasMessageContaining("16");
    }

    @ParameterizedTest
    @ValueSource(strings = {"23210000", "232100-00161", "23210A-0016", "2321-000016", "232100 0016"})
    void rejectsWrongShapeWithAnExample(String raw) {
        assertThatThrownBy(() -> Organisationsnummer.parse(raw)).hasMessageContaining("232100-0016");
    }

    @Test
    void rejectsBlankWithAPromptToFillIn() {
        assertThatThrownBy(() -> Organisationsnummer.parse("  ")).hasMessage("Ange organisationsnummer.");
    }

    @Test
    void firstDigitTellsLegalFormGroup() {
        assertThat(Organisationsnummer.parse("232100-0016").legalFormGroup()).isEqualTo(LegalFormGroup.PUBLIC_SECTOR);
        assertThat(Organisationsnummer.parse("556559-4230").legalFormGroup()).isEqualTo(LegalFormGroup.LIMITED_COMPANY);
    }

    @Test
    void offersTenAndTwelveDigitForms() {
        Organisationsnummer n = Organisationsnummer.parse("232100-0016");
        assertThat(n.digits()).isEqualTo("2321000016");
        assertThat(n.twelveDigits()).isEqualTo("162321000016");
    }

    @Test
    void constructorRefusesNonCanonicalForm() {
        assertThatThrownBy(() -> new Organisationsnummer("2321000016")).isInstanceOf(IllegalArgumentException.class);
    }
}
