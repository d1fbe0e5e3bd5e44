package se.inera.kundportal.core.validation;

import se.inera.kundportal.core.error.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
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

    @Test
    void aTextOfExactlyTheLimitIsKeptAndOneCharacterMoreIsRefusedWithTheLimit() {
        Validation v = new Validation();
        assertThat(v.text("reason", " " + "a".repeat(10) + " ", 10)).isEqualTo("a".repeat(10));
        assertThat(v.hasErrors()).isFalse();

        assertThat(v.text("reason", "a".repeat(11), 10)).isNull();
        assertThat(v.text("note", "rad\u0007", 10)).isNull();
        assertThat(v.errors()).extracting(FieldError::field).containsExactly("reason", "note");
        assertThat(v.errors().get(0).message()).isEqualTo(FieldMessages.tooLong(10));
        assertThat(v.errors().get(1).message()).isEqualTo(FieldMessages.CONTROL_CHARACTERS);
    }

    @Test
    void anOptionalTextIsEmptyWhenBlankKeptWhenGivenAndCheckedLikeAText() {
        Validation v = new Validation();
        assertThat(v.optionalText("note", "  ", 10)).isEmpty();
        assertThat(v.optionalText("note", " Hej ", 10)).contains("Hej");
        assertThat(v.hasErrors()).isFalse();
        assertThat(v.optionalText("note", "a".repeat(11), 10)).isEmpty();
        assertThat(v.hasErrorFor("note")).isTrue();
    }

    @Test
    void checksErrorsAndNestedErrorsChainOnTheSameValidationWithPrefixedFields() {
        Validation v = new Validation();

        v.check(true, "a", "fel a").check(false, "b", "fel b").addError("c", "fel c")
                .addAll("contacts.signatory", List.of(new FieldError("email", "fel e"))).check(false, "d", "fel d");

        assertThat(v.errors()).containsExactly(new FieldError("b", "fel b"), new FieldError("c", "fel c"),
                new FieldError("contacts.signatory.email", "fel e"), new FieldError("d", "fel d"));
    }
}
