package se.inera.kundportal.core.person;

import java.util.Objects;

/**
 * Kontaktperson: a named person the portal mails (administrator, agreement contact, signatory).
 */
public record Contact(String name, EmailAddress email, MobileNumber mobile) {
    public Contact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(mobile, "mobile");
    }
}
