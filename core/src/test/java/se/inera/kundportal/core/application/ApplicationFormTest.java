package se.inera.kundportal.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.application.SubmitApplicationCommand.AddressInput;
import se.inera.kundportal.core.application.SubmitApplicationCommand.ContactInput;
import se.inera.kundportal.core.application.SubmitApplicationCommand.InvoicingInput;
import se.inera.kundportal.core.application.SubmitApplicationCommand.OrganisationInput;
import se.inera.kundportal.core.application.SubmitApplicationCommand.SignatoryInput;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.error.FieldError;

public class ApplicationFormTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final AddressInput ADDRESS = new AddressInput("Box 6909", "10239", "Stockholm");

    public static SubmitApplicationCommand validForm() {
        return new SubmitApplicationCommand(
                new OrganisationInput("Region Stockholm", "232100-0016", ADDRESS),
                new InvoicingInput(ADDRESS, "Ansvar 1234", "", null),
                new ContactInput("Anna Admin", "anna@regionstockholm.se", "070-123 45 67"),
                new SignatoryInput("Sven Signatär", "sven@regionstockholm.se", "+46701234568", "19121212-1212"),
                new ContactInput("Karin Kontakt", "karin@regionstockholm.se", "0046701234569"));
    }

    @Test
    void validFormYieldsCanonicalValues() {
        ApplicationForm.ValidApplication valid = ApplicationForm.validate(validForm(), TODAY);

        assertThat(valid.organisation().number().value()).isEqualTo("232100-0016");
        assertThat(valid.organisation().address().postalCode()).isEqualTo("102 39");
        assertThat(valid.organisation().invoicing().invoiceEmail()).isEmpty();
        assertThat(valid.contacts().administrator().mobile().value()).isEqualTo("+46701234567");
        assertThat(valid.contacts().signatory().personnummer().value()).isEqualTo("191212121212");
    }

    @Test
    void reportsEveryInvalidFieldWithItsPath() {
        SubmitApplicationCommand form = new SubmitApplicationCommand(
                new OrganisationInput("", "232100-0017", new AddressInput("Box 1", "1234", "Stockholm")),
                new InvoicingInput(ADDRESS, "Ansvar", "fel@", null),
                new ContactInput("Anna Admin", "anna@regionstockholm.se", "08-123 456"),
                new SignatoryInput("Sven", "sven(at)regionstockholm.se", "0701234567", "19121212-1213"),
                null);

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> ApplicationForm.validate(form, TODAY));

        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                "organisation.name", "organisation.organisationsnummer", "organisation.address.postalCode",
                "invoicing.email", "contacts.administrator.mobile", "contacts.signatory.email",
                "contacts.signatory.personnummer", "contacts.agreementContact.name",
                "contacts.agreementContact.email", "contacts.agreementContact.mobile");
    }

    @Test
    void missingSignatoryPersonnummerIsReportedBecauseBankIdNeedsIt() {
        SubmitApplicationCommand valid = validForm();
        SubmitApplicationCommand form = new SubmitApplicationCommand(valid.organisation(), valid.invoicing(),
                valid.administrator(), new SignatoryInput("Sven", "sven@regionstockholm.se", "0701234567", " "),
                valid.agreementContact());

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> ApplicationForm.validate(form, TODAY));

        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("contacts.signatory.personnummer");
    }
}
