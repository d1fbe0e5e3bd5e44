package se.inera.kundportal.core.organisation;

import java.util.Objects;

import se.inera.kundportal.core.message.FieldMessages;
import se.inera.kundportal.core.validation.InvalidValueException;

/**
 * A Swedish postal address.
 *
 * @param street     street address or box
 * @param postalCode five digits, kept as {@code NNN NN}
 * @param city       postort
 */
public record PostalAddress(String street, String postalCode, String city) {
    public PostalAddress {
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(city, "city");
        if (!postalCode.matches("\\d{3} \\d{2}")) {
            throw new IllegalArgumentException("postal code not in form NNN NN: " + postalCode);
        }
    }

    /** Parses a postal code such as {@code 11827} or {@code 118 27} into {@code 118 27}. */
    public static String parsePostalCode(String raw) {
        String digits = raw == null ? "" : raw.replaceAll("\\s", "");
        if (!digits.matches("\\d{5}")) {
            throw new InvalidValueException(FieldMessages.POSTAL_CODE);
        }
        return digits.substring(0, 3) + " " + digits.substring(3);
    }
}
