package se.inera.kundportal.core.user;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import se.inera.kundportal.core.person.EmailAddress;
import se.inera.kundportal.core.person.MobileNumber;
import se.inera.kundportal.core.person.Personnummer;
import se.inera.kundportal.core.validation.Validation;

/** Validates "Lägg upp ny användare och tilldela roll", every field at once. */
public final class NewUserForm {
    private NewUserForm() {
    }

    public record ValidNewUser(String name, EmailAddress email, Optional<MobileNumber> mobile,
                               Optional<Personnummer> personnummer, Role role) {
    }

    /** @throws se.inera.kundportal.core.error.ValidationException listing every invalid field */
    public static ValidNewUser validate(ManageUsers.AddUserCommand command, LocalDate today) {
        Validation v = new Validation();
        String name = v.name("name", command.name(), 200);
        EmailAddress email = v.required("email", command.email(), EmailAddress::parse);
        Optional<MobileNumber> mobile = v.optional("mobile", command.mobile(), MobileNumber::parse);
        Optional<Personnummer> personnummer = v.optional("personnummer", command.personnummer(),
                raw -> Personnummer.parse(raw, today));
        Role role = v.required("role", command.role(), NewUserForm::role);
        if (role == Role.ATTESTANT && !v.hasErrorFor("mobile") && !v.hasErrorFor("personnummer")) {
            // an attestant must be reachable by at least one attestation method
            v.check(mobile.isPresent() || personnummer.isPresent(), "mobile",
                    "En attestant behöver mobilnummer (för engångskod via SMS) eller personnummer (för BankID).");
        }
        v.throwIfInvalid();
        return new ValidNewUser(name, email, mobile, personnummer, role);
    }

    private static Role role(String raw) {
        try {
            return Role.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new se.inera.kundportal.core.validation.InvalidValueException(
                    "Välj en roll: Administratör, Beställare, Attestant eller Kontaktperson för avtalet.");
        }
    }
}
