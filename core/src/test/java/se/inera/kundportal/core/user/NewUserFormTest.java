package se.inera.kundportal.core.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.error.FieldError;

class NewUserFormTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Actor ADMIN = new Actor(Actor.Kind.CUSTOMER_USER, "anna", "Anna Admin");

    private static ManageUsers.AddUserCommand command(String mobile, String personnummer, String role) {
        return new ManageUsers.AddUserCommand(Fixtures.REGION_STOCKHOLM, ADMIN, "Olle", "olle@regionstockholm.se",
                mobile, personnummer, role);
    }

    @Test
    void acceptsAnOrdererWithOnlyNameAndEmail() {
        NewUserForm.ValidNewUser valid = NewUserForm.validate(command(null, null, "orderer"), TODAY);
        assertThat(valid.role()).isEqualTo(Role.ORDERER);
        assertThat(valid.mobile()).isEmpty();
    }

    @Test
    void attestantNeedsAMobileNumberOrAPersonnummer() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> NewUserForm.validate(command("", "", "ATTESTANT"), TODAY));
        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("mobile");

        assertThat(NewUserForm.validate(command("0701234567", null, "ATTESTANT"), TODAY).mobile()).isPresent();
    }

    @Test
    void unknownRoleAndBadNumbersAreReportedTogether() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> NewUserForm.validate(command("123", "19121212-1213", "CHEF"), TODAY));
        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("mobile", "personnummer", "role");
    }
}
