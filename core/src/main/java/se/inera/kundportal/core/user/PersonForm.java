package se.inera.kundportal.core.user;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import se.inera.kundportal.core.message.UserMessages;
import se.inera.kundportal.core.person.EmailAddress;
import se.inera.kundportal.core.person.MobileNumber;
import se.inera.kundportal.core.person.Personnummer;
import se.inera.kundportal.core.validation.InvalidValueException;
import se.inera.kundportal.core.validation.Validation;

/**
 * Validates "Lägg upp ny användare och tilldela roll" and the edit of a person, every field at once: fields
 * {@code name}, {@code email} (adding only: the e-mail is the login), {@code mobile} (E.164), {@code personnummer}
 * (required for an Attestant, who attests with SMS code or BankID) and {@code roles}.
 */
public final class PersonForm {
    private static final int MAX_NAME = 200;

    private PersonForm() {
    }

    /** What the form says; {@code roles} null when absent. */
    public record PersonInput(String name, String email, String mobile, String personnummer, List<String> roles) {
    }

    public record ValidPerson(String name, Optional<EmailAddress> email, Optional<MobileNumber> mobile,
                              Optional<Personnummer> personnummer, Set<Role> roles) {
    }

    /** An address as the identity provider gives it, if it is one. */
    public static Optional<EmailAddress> emailOf(String raw) {
        try {
            return Optional.of(EmailAddress.parse(raw));
        } catch (InvalidValueException notAnAddress) {
            return Optional.empty();
        }
    }

    /** @throws se.inera.kundportal.core.error.ValidationException listing every invalid field */
    public static ValidPerson validate(PersonInput input, boolean withEmail, LocalDate today) {
        Validation v = new Validation();
        String name = v.name("name", input.name(), MAX_NAME);
        Optional<EmailAddress> email = withEmail
                ? Optional.ofNullable(v.required("email", input.email(), EmailAddress::parse)) : Optional.empty();
        Optional<MobileNumber> mobile = v.optional("mobile", input.mobile(), MobileNumber::parse);
        Optional<Personnummer> personnummer = v.optional("personnummer", input.personnummer(),
                raw -> Personnummer.parse(raw, today));
        Set<Role> roles = roles(v, input.roles());
        if (roles.contains(Role.ATTESTANT) && !v.hasErrorFor("personnummer")) {
            v.check(personnummer.isPresent(), "personnummer", UserMessages.ATTESTANT_NEEDS_PERSONNUMMER);
        }
        v.throwIfInvalid();
        return new ValidPerson(name, email, mobile, personnummer, roles);
    }

    private static Set<Role> roles(Validation v, List<String> raw) {
        if (raw == null || raw.isEmpty()) {
            v.addError("roles", UserMessages.CHOOSE_A_ROLE);
            return Set.of();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String each : raw) {
            Role role = v.required("roles", each, PersonForm::role);
            if (role != null) {
                roles.add(role);
            }
        }
        return roles;
    }

    private static Role role(String raw) {
        try {
            return Role.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(UserMessages.UNKNOWN_ROLE);
        }
    }
}
