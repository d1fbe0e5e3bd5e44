package se.inera.kundportal.core.organisation;

import java.util.Objects;

import se.inera.kundportal.core.message.FieldMessages;
import se.inera.kundportal.core.validation.InvalidValueException;
import se.inera.kundportal.core.validation.Luhn;

/**
 * Organisationsnummer: a Swedish legal entity's number. Ten digits, the last a Luhn check
 * digit over all ten, digits 3–4 at least 20 (which tells it apart from a personnummer), the
 * first digit the {@link LegalFormGroup}. Accepted as {@code NNNNNN-NNNN}, {@code NNNNNNNNNN},
 * or the 12-digit form with the {@code 16} prefix; kept in the canonical form {@code NNNNNN-NNNN}.
 */
public record Organisationsnummer(String value) {

    public Organisationsnummer {
        Objects.requireNonNull(value, "value");
        if (!value.matches("\\d{6}-\\d{4}")) {
            throw new IllegalArgumentException("not in canonical form NNNNNN-NNNN: " + value);
        }
        String digits = value.substring(0, 6) + value.substring(7);
        String problem = problemWith(digits);
        if (problem != null) {
            throw new InvalidValueException(problem);
        }
    }

    /**
     * Parses user input. Throws {@link InvalidValueException} with a Swedish message saying
     * exactly what is wrong.
     */
    public static Organisationsnummer parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(FieldMessages.ORGANISATIONSNUMMER_MISSING);
        }
        String s = raw.strip();
        String digits;
        if (s.matches("\\d{10}") || s.matches("\\d{6}-\\d{4}")) {
            digits = s.replace("-", "");
        } else if (s.matches("\\d{12}") || s.matches("\\d{8}-\\d{4}")) {
            digits = s.replace("-", "");
            if (!digits.startsWith("16")) {
                throw new InvalidValueException(
                        FieldMessages.ORGANISATIONSNUMMER_TWELVE_DIGITS);
            }
            digits = digits.substring(2);
        } else {
            throw new InvalidValueException(
                    FieldMessages.ORGANISATIONSNUMMER_SHAPE);
        }
        String problem = problemWith(digits);
        if (problem != null) {
            throw new InvalidValueException(problem);
        }
        return new Organisationsnummer(digits.substring(0, 6) + "-" + digits.substring(6));
    }

    /** True when {@code raw} would {@link #parse} without error. */
    public static boolean isValid(String raw) {
        try {
            parse(raw);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /** Ten digits, no hyphen: {@code 2321000016}. */
    public String digits() {
        return value.substring(0, 6) + value.substring(7);
    }

    /** The twelve-digit form used in some registers: {@code 162321000016}. */
    public String twelveDigits() {
        return "16" + digits();
    }

    public LegalFormGroup legalFormGroup() {
        return LegalFormGroup.ofDigit(value.charAt(0) - '0');
    }

    @Override
    public String toString() {
        return value;
    }

    private static String problemWith(String tenDigits) {
        if (tenDigits.charAt(0) == '0') {
            return FieldMessages.ORGANISATIONSNUMMER_FIRST_DIGIT;
        }
        int thirdAndFourth = Integer.parseInt(tenDigits.substring(2, 4));
        if (thirdAndFourth < 20) {
            return FieldMessages.ORGANISATIONSNUMMER_THIRD_AND_FOURTH;
        }
        if (!Luhn.isValid(tenDigits)) {
            return FieldMessages.ORGANISATIONSNUMMER_CHECK_DIGIT;
        }
        return null;
    }
}
