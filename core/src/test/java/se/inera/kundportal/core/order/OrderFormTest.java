package se.inera.kundportal.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.inera.kundportal.core.Fixtures.REGION_STOCKHOLM;
import static se.inera.kundportal.core.Fixtures.TERMS;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.catalogue.Offering;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.order.PlaceOrderCommand.CareUnitInput;
import se.inera.kundportal.core.user.UserId;
import se.inera.kundportal.core.error.FieldError;

class OrderFormTest {
    private static final Offering WEBCERT = Fixtures.webcert(true, true);

    private static PlaceOrderCommand command(List<CareUnitInput> units, String terms, boolean allListed,
                                             boolean acknowledgesFee) {
        return new PlaceOrderCommand(REGION_STOCKHOLM, new UserId("olle"), "intygstjanster", "webcert-fristaende",
                units, terms, allListed, acknowledgesFee);
    }

    @Test
    void validFirstOrderYieldsCareUnitsWithoutWarnings() {
        OrderForm.ValidOrder valid = OrderForm.validate(command(List.of(new CareUnitInput("SE2321000016-1234",
                "Vårdcentral Kista")), TERMS, true, false), WEBCERT, false);

        assertThat(valid.careUnits()).singleElement().satisfies(u -> assertThat(u.name()).isEqualTo("Vårdcentral Kista"));
        assertThat(valid.warnings()).isEmpty();
    }

    @Test
    void firstOrderMustConfirmThatAllCareUnitsAreListed() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> OrderForm.validate(
                command(List.of(new CareUnitInput("SE2321000016-1234", "Kista")), TERMS, false, false), WEBCERT, false));
        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("allCareUnitsListed");
    }

    @Test
    void addOnOrderMustAcknowledgeAnotherStartupFee() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> OrderForm.validate(
                command(List.of(new CareUnitInput("SE2321000016-9", "Solna")), TERMS, false, false), WEBCERT, true));
        assertThat(e.fieldErrors()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("acknowledgesAdditionalStartupFee");
            assertThat(f.message()).contains("uppstartskostnad");
        });
    }

    @Test
    void reportsEveryBadCareUnitAndOutdatedTermsAtOnce() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> OrderForm.validate(
                command(List.of(new CareUnitInput("SE2321000016-1234", "Kista"),
                        new CareUnitInput("SE2321000016-1234", "Kista igen"),
                        new CareUnitInput("SE2321000017-1", "Fel"),
                        new CareUnitInput("SE2321000016-5", " ")), "2025-9", true, false), WEBCERT, false));

        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly(
                "careUnits[1].hsaId", "careUnits[2].hsaId", "careUnits[3].name", "acceptedTermsVersion");
    }

    @Test
    void offeringThatNeedsCareUnitsRefusesAnOrderWithoutThem() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> OrderForm.validate(command(List.of(), TERMS, true, false), WEBCERT, false));
        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("careUnits");
    }

    @Test
    void careUnitFromAnotherOrganisationsDirectoryIsAWarningNotAnError() {
        OrderForm.ValidOrder valid = OrderForm.validate(command(List.of(new CareUnitInput("SE5565594230-1", "Privat")),
                TERMS, true, false), WEBCERT, false);

        assertThat(valid.careUnits()).hasSize(1);
        assertThat(valid.warnings()).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("careUnits[0].hsaId");
            assertThat(w.message()).contains("556559-4230");
        });
    }
}
