package se.inera.kundportal.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.inera.kundportal.core.validation.InvalidValueException;

class HsaIdTest {

    @Test
    void acceptsRegionStockholmCareUnit() {
        assertThat(HsaId.parse("SE2321000016-1234").value()).isEqualTo("SE2321000016-1234");
    }

    @Test
    void acceptsSixteenPrefixedOrganisationsnummerAndLettersInSuffix() {
        assertThat(HsaId.parse("SE162321000016-AbC9").directoryOwner())
                .isEqualTo(Organisationsnummer.parse("232100-0016"));
    }

    @Test
    void acceptsLowerCaseCountryPrefixAndNormalisesIt() {
        assertThat(HsaId.parse(" se2321000016-1234 ").value()).isEqualTo("SE2321000016-1234");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SE2321000016", "SE2321000016-", "SE232100001-1234", "DK2321000016-1234",
            "SE2321000016-12_4", "SE2321000016 1234"})
    void rejectsWrongShape(String raw) {
        assertThatThrownBy(() -> HsaId.parse(raw)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("SE2321000016-1234");
    }

    @Test
    void rejectsSwedishLetters() {
        assertThatThrownBy(() -> HsaId.parse("SE2321000016-Vårdc")).hasMessageContaining("å, ä eller ö");
    }

    @Test
    void rejectsMoreThanThirtyOneCharacters() {
        String id = "SE2321000016-" + "A".repeat(19); // 32 characters
        assertThatThrownBy(() -> HsaId.parse(id)).hasMessageContaining("högst 31");
        assertThat(HsaId.parse("SE2321000016-" + "A".repeat(18)).value()).hasSize(31);
    }

    @Test
    void rejectsPrefixWhoseOrganisationsnummerFailsTheCheckDigit() {
        assertThatThrownBy(() -> HsaId.parse("SE2321000017-1234")).hasMessageContaining("kontrollsiffran");
    }

    @Test
    void tellsWhetherThePrefixIsTheGivenOrganisation() {
        HsaId unit = HsaId.parse("SE2321000016-1234");
        assertThat(unit.isIssuedBy(Organisationsnummer.parse("232100-0016"))).isTrue();
        assertThat(unit.isIssuedBy(Organisationsnummer.parse("556559-4230"))).isFalse();
    }
}
