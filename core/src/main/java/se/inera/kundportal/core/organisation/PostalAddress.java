package se.inera.kundportal.core.organisation;

import java.util.Objects;

import se.inera.kundportal.core.message.FieldMessages;
import se.inera.kundportal.core.validation.InvalidValueException;
import se.inera.kundportal.core.validation.Validation;

/**
 * A Swedish postal address.
 *
 * @param street     street address or box
 * @param postalCode five digits, kept as {@code NNN NN}
 * @param city       postort
 */
public record PostalAddress(String street, String postalCode, String city) {
    private static final int MAX_STREET = 200;
    private static final int MAX_CITY = 100;

    public PostalAddress {
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(city, "city");
        if (!postalCode.matches("\\d{3} \\d{2}")) {
            throw new IllegalArgumentException("postal code not in form NNN NN: " + postalCode);
        }
    }

    /**
     * The address under {@code path} ({@code .street}, {@code .postalCode}, {@code .city}), every field's error
     * recorded in {@code v}; null when any is invalid.
     */
    public static PostalAddress validate(Validation v, String path, String street, String postalCode, String city) {
        String validStreet = v.text(path + ".street", street, MAX_STREET);
        String validPostalCode = v.required(path + ".postalCode", postalCode, PostalAddress::parsePostalCode);
        String validCity = v.text(path + ".city", city, MAX_CITY);
        return validStreet == null || validPostalCode == null || validCity == null
                ? null : new PostalAddress(validStreet, validPostalCode, validCity);
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
