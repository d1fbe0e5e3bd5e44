package se.inera.kundportal.core.person;

import java.util.Objects;

import se.inera.kundportal.core.message.FieldMessages;
import se.inera.kundportal.core.validation.InvalidValueException;

/**
 * A mobile number in E.164 form ({@code +46701234567}), where one-time codes are sent.
 * Accepts Swedish forms {@code 070-123 45 67}, {@code +46 70 123 45 67}, {@code 0046701234567}
 * (spaces and hyphens ignored) and other countries' numbers given with {@code +} or {@code 00}.
 * A Swedish number must be a mobile number (07x…), since landlines cannot receive SMS.
 */
public record MobileNumber(String value) {

    public MobileNumber {
        Objects.requireNonNull(value, "value");
        if (!value.matches("\\+[1-9]\\d{6,14}")) {
            throw new IllegalArgumentException("not in E.164 form: " + value);
        }
        if (value.startsWith("+46") && !value.matches("\\+467\\d{8}")) {
            throw new InvalidValueException(
                    FieldMessages.MOBILE_NOT_SWEDISH_MOBILE);
        }
    }

    public static MobileNumber parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(FieldMessages.MOBILE_MISSING);
        }
        String compact = raw.strip().replaceAll("[\\s\\-()]", "");
        String e164;
        if (compact.startsWith("+")) {
            e164 = compact;
        } else if (compact.startsWith("00")) {
            e164 = "+" + compact.substring(2);
        } else if (compact.startsWith("0")) {
            e164 = "+46" + compact.substring(1);
        } else {
            throw new InvalidValueException(
                    FieldMessages.MOBILE_PREFIX);
        }
        if (!e164.matches("\\+[1-9]\\d{6,14}")) {
            throw new InvalidValueException(FieldMessages.MOBILE_DIGITS);
        }
        if (e164.startsWith("+460")) {
            e164 = "+46" + e164.substring(4); // "+46 (0)70…" written with the trunk zero
        }
        return new MobileNumber(e164);
    }

    public boolean isSwedish() {
        return value.startsWith("+46");
    }

    /** For logs and messages: only the last two digits, e.g. {@code +46*******67}. */
    public String masked() {
        return value.substring(0, 3) + "*".repeat(value.length() - 5) + value.substring(value.length() - 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
