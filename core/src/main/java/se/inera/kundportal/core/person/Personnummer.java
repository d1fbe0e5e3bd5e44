package se.inera.kundportal.core.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import se.inera.kundportal.core.message.FieldMessages;
import se.inera.kundportal.core.validation.InvalidValueException;
import se.inera.kundportal.core.validation.Luhn;

/**
 * Personnummer (Swedish personal identity number), also accepting a samordningsnummer
 * (coordination number: day of birth + 60, i.e. 61–91), which {@link #isSamordningsnummer()}
 * flags. Input: {@code YYMMDD-NNNC} ({@code +} instead of {@code -} from the year the person
 * turns 100), {@code YYMMDDNNNC}, or twelve digits {@code YYYYMMDDNNNC} (hyphen optional).
 * The Luhn check digit covers the ten-digit form. Kept in the canonical form {@code YYYYMMDDNNNC},
 * which is also what BankID's {@code personalNumber} expects.
 */
public record Personnummer(String value) {
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final int SAMORDNING_DAY_OFFSET = 60;

    public Personnummer {
        Objects.requireNonNull(value, "value");
        if (!value.matches("\\d{12}")) {
            throw new IllegalArgumentException("not in canonical form YYYYMMDDNNNC");
        }
        String problem = problemWith(value);
        if (problem != null) {
            throw new InvalidValueException(problem);
        }
    }

    /** Parses user input, resolving a two-digit year against today's date in Sweden. */
    public static Personnummer parse(String raw) {
        return parse(raw, LocalDate.now(SWEDEN));
    }

    /**
     * Parses user input. A two-digit year is the most recent one not after {@code today}
     * ({@code -}), or a hundred years before that ({@code +}).
     */
    public static Personnummer parse(String raw, LocalDate today) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(FieldMessages.PERSONNUMMER_MISSING);
        }
        String s = raw.strip();
        String twelve;
        if (s.matches("\\d{8}-?\\d{4}")) {
            twelve = s.replace("-", "");
        } else if (s.matches("\\d{6}[-+]?\\d{4}")) {
            boolean hundredOrOlder = s.charAt(6) == '+';
            String ten = s.replace("-", "").replace("+", "");
            twelve = withCentury(ten, hundredOrOlder, today);
        } else {
            throw new InvalidValueException(
                    FieldMessages.PERSONNUMMER_SHAPE);
        }
        String problem = problemWith(twelve);
        if (problem != null) {
            throw new InvalidValueException(problem);
        }
        if (birthDateOf(twelve).isAfter(today)) {
            throw new InvalidValueException(FieldMessages.PERSONNUMMER_IN_FUTURE);
        }
        return new Personnummer(twelve);
    }

    public static boolean isValid(String raw, LocalDate today) {
        try {
            parse(raw, today);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /** True for a samordningsnummer (day of birth + 60). */
    public boolean isSamordningsnummer() {
        return dayField(value) > SAMORDNING_DAY_OFFSET;
    }

    /** The date of birth (for a samordningsnummer with the 60 days taken off). */
    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** The ten-digit form without separator, over which the check digit is computed. */
    public String tenDigits() {
        return value.substring(2);
    }

    /** For logs and audit displays: birth date only, e.g. {@code 19121212-****}. */
    public String masked() {
        return value.substring(0, 8) + "-****";
    }

    @Override
    public String toString() {
        return masked(); // a personnummer is personal data: keep it out of logs by accident
    }

    private static String withCentury(String ten, boolean hundredOrOlder, LocalDate today) {
        int yy = Integer.parseInt(ten.substring(0, 2));
        int year = today.getYear() - Math.floorMod(today.getYear() - yy, 100);
        String candidate = year + ten.substring(2);
        if (problemWith(candidate) == null && birthDateOf(candidate).isAfter(today)) {
            year -= 100; // born later in the year, a century ago
        }
        if (hundredOrOlder) {
            year -= 100;
        }
        return String.format("%04d", year) + ten.substring(2);
    }

    private static int dayField(String twelve) {
        return Integer.parseInt(twelve.substring(6, 8));
    }

    private static LocalDate birthDateOf(String twelve) {
        int day = dayField(twelve);
        if (day > SAMORDNING_DAY_OFFSET) {
            day -= SAMORDNING_DAY_OFFSET;
        }
        return LocalDate.of(Integer.parseInt(twelve.substring(0, 4)), Integer.parseInt(twelve.substring(4, 6)), day);
    }

    private static String problemWith(String twelve) {
        int day = dayField(twelve);
        if (day == 0 || (day > 31 && day <= SAMORDNING_DAY_OFFSET) || day > SAMORDNING_DAY_OFFSET + 31) {
            return FieldMessages.PERSONNUMMER_DAY;
        }
        try {
            birthDateOf(twelve);
        } catch (DateTimeException e) {
            return FieldMessages.PERSONNUMMER_NO_DATE;
        }
        if (!Luhn.isValid(twelve.substring(2))) {
            return FieldMessages.PERSONNUMMER_CHECK_DIGIT;
        }
        return null;
    }
}
