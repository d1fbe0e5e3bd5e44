package se.inera.kundportal.core.validation;

import se.inera.kundportal.core.error.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.message.FieldMessages;

/**
 * Collects every field error of one input, then throws once. Typical use:
 * <pre>{@code
 * Validation v = new Validation();
 * Organisationsnummer orgnr = v.required("organisation.organisationsnummer", raw, Organisationsnummer::parse);
 * String name = v.name("organisation.name", rawName, 200);
 * v.throwIfInvalid();   // from here on no value is null
 * }</pre>
 * A parse method returns {@code null} only when it has recorded an error, so nothing read from
 * a {@code Validation} may be used before {@link #throwIfInvalid()}.
 */
public final class Validation {
    private final List<FieldError> errors = new ArrayList<>();

    /** Parses a required value; blank input records "must be filled in". */
    public <T> T required(String field, String raw, Function<String, T> parser) {
        if (raw == null || raw.isBlank()) {
            errors.add(new FieldError(field, FieldMessages.REQUIRED));
            return null;
        }
        return parse(field, raw, parser);
    }

    /** Parses an optional value; blank input is empty, not an error. */
    public <T> Optional<T> optional(String field, String raw, Function<String, T> parser) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(parse(field, raw, parser));
    }

    /** A required free text, trimmed, at most {@code maxLength} characters, no control characters. */
    public String text(String field, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            errors.add(new FieldError(field, FieldMessages.REQUIRED));
            return null;
        }
        String trimmed = raw.strip();
        if (trimmed.length() > maxLength) {
            errors.add(new FieldError(field, FieldMessages.tooLong(maxLength)));
            return null;
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, FieldMessages.CONTROL_CHARACTERS));
            return null;
        }
        return trimmed;
    }

    /**
     * A person's or an organisation's name: as {@link #text}, and without Unicode format characters
     * (category Cf: bidi overrides and isolates U+202A–U+202E and U+2066–U+2069, zero-width spaces and
     * joiners, soft hyphens, ...). Those are invisible, so a name holding them can pass for another in
     * the operators' views and in e-mail ("Region Stockholm" with a reversed tail), and a name is what
     * people trust.
     */
    public String name(String field, String raw, int maxLength) {
        String text = text(field, raw, maxLength);
        if (text != null && text.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT)) {
            errors.add(new FieldError(field, FieldMessages.FORMAT_CHARACTERS));
            return null;
        }
        return text;
    }

    /** An optional free text: blank is empty, otherwise as {@link #text}. */
    public Optional<String> optionalText(String field, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(text(field, raw, maxLength));
    }

    /** Records {@code message} for {@code field} unless {@code condition} holds. */
    public Validation check(boolean condition, String field, String message) {
        if (!condition) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public Validation addError(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    /** Takes over the errors of a nested validation, prefixing their fields, e.g. {@code contacts.signatory}. */
    public Validation addAll(String prefix, List<FieldError> nested) {
        for (FieldError e : nested) {
            errors.add(new FieldError(prefix + "." + e.field(), e.message()));
        }
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean hasErrorFor(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Throws one {@link ValidationException} with every recorded error, if there are any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private <T> T parse(String field, String raw, Function<String, T> parser) {
        try {
            return parser.apply(raw);
        } catch (InvalidValueException e) {
            errors.add(new FieldError(field, e.getMessage()));
            return null;
        }
    }
}
