package se.inera.kundportal.core.validation;

import se.inera.kundportal.core.error.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.error.ErrorCategory;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.message.FieldMessages;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.person.EmailAddress;

class ValidationTest {

    @Test
    void reportsEveryBadFieldInOneException() {
        Validation v = new Validation();
        v.required("organisation.organisationsnummer", "232100-0017", Organisationsnummer::parse);
        v.required("contacts.signatory.email", "inte-en-adress", EmailAddress::parse);
        v.text("organisation.name", "  ", 200);

        ValidationException e = catchThrowableOfType(ValidationException.class, v::throwIfInvalid);

        assertThat(e.category()).isEqualTo(ErrorCategory.VALIDATION);
        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly(
                "organisation.organisationsnummer", "contacts.signatory.email", "organisation.name");
        assertThat(e.fieldErrors().get(0).message()).contains("kontrollsiffra");
        assertThat(e.fieldErrors().get(2).message()).isEqualTo(FieldMessages.REQUIRED);
    }

    @Test
    void throwsNothingAndReturnsParsedValuesWhenAllFieldsAreValid() {
        Validation v = new Validation();
        Organisationsnummer n = v.required("orgnr", "2321000016", Organisationsnummer::parse);
        String name = v.text("name", "  Region Stockholm ", 200);

        assertThatNoException().isThrownBy(v::throwIfInvalid);
        assertThat(n.value()).isEqualTo("232100-0016");
        assertThat(name).isEqualTo("Region Stockholm");
    }

    @Test
    void blankOptionalFieldIsEmptyNotAnError() {
        Validation v = new Validation();
        Optional<EmailAddress> email = v.optional("invoicing.email", " ", EmailAddress::parse);
        assertThat(email).isEmpty();
        assertThat(v.hasErrors()).isFalse();
    }

    @Test
    void invalidOptionalFieldIsAnError() {
        Validation v = new Validation();
        v.optional("invoicing.email", "x@", EmailAddress::parse);
        assertThat(v.hasErrorFor("invoicing.email")).isTrue();
    }

    @Test
    void textRefusesTooLongInputAndControlCharacters() {
        Validation v = new Validation();
        v.text("a", "x".repeat(11), 10);
        v.text("b", "rad 1\nrad 2", 100);
        assertThat(v.errors()).extracting(FieldError::message)
                .containsExactly("Får vara högst 10 tecken.", "Får inte innehålla radbrytningar eller styrtecken.");
    }

    @Test
    void nestedErrorsArePrefixedWithTheirPath() {
        Validation v = new Validation();
        v.addAll("contacts.signatory", java.util.List.of(new FieldError("mobile", "Fel")));
        assertThat(v.errors()).containsExactly(new FieldError("contacts.signatory.mobile", "Fel"));
    }
}
