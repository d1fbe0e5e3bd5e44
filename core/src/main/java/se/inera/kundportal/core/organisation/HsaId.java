package se.inera.kundportal.core.organisation;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.inera.kundportal.core.message.FieldMessages;
import se.inera.kundportal.core.validation.InvalidValueException;

/**
 * HSA-id: the identity of a care unit (vårdenhet) or other object in the national HSA directory.
 * {@code SE} + the directory owner's organisationsnummer (ten digits, optionally with the
 * {@code 16} prefix) + {@code -} + one or more of {@code [A-Za-z0-9]}, at most 31 characters.
 * The prefix names whoever keeps the directory entry (often a region), not necessarily the
 * customer, so a mismatch is a warning ({@link #isIssuedBy}), never a rejection.
 */
public record HsaId(String value) {
    public static final int MAX_LENGTH = 31;
    private static final Pattern SHAPE = Pattern.compile("SE(16)?(\\d{10})-([A-Za-z0-9]+)");

    public HsaId {
        Objects.requireNonNull(value, "value");
        String problem = problemWith(value);
        if (problem != null) {
            throw new InvalidValueException(problem);
        }
    }

    /** Parses user input; surrounding spaces are removed and a lower-case {@code se} prefix accepted. */
    public static HsaId parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(FieldMessages.HSA_ID_MISSING);
        }
        String s = raw.strip();
        if (s.regionMatches(true, 0, "SE", 0, 2)) {
            s = "SE" + s.substring(2);
        }
        return new HsaId(s);
    }

    /** The organisationsnummer of the directory owner, from the id's prefix. */
    public Organisationsnummer directoryOwner() {
        Matcher m = SHAPE.matcher(value);
        if (!m.matches()) {
            throw new IllegalStateException("unreachable: validated in constructor");
        }
        return Organisationsnummer.parse(m.group(2));
    }

    /**
     * True when the id's prefix is {@code organisation}'s number. False is worth a warning
     * ("HSA-id:t tillhör en annan organisation"), not a rejection.
     */
    public boolean isIssuedBy(Organisationsnummer organisation) {
        return directoryOwner().equals(organisation);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String problemWith(String s) {
        if (s.length() > MAX_LENGTH) {
            return FieldMessages.hsaIdTooLong(MAX_LENGTH);
        }
        if (s.chars().anyMatch(c -> "åäöÅÄÖ".indexOf(c) >= 0)) {
            return FieldMessages.HSA_ID_SWEDISH_LETTERS;
        }
        Matcher m = SHAPE.matcher(s);
        if (!m.matches()) {
            return FieldMessages.HSA_ID_SHAPE;
        }
        if (!Organisationsnummer.isValid(m.group(2))) {
            return FieldMessages.HSA_ID_CHECK_DIGIT;
        }
        return null;
    }
}
