package se.inera.kundportal.core.person;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import se.inera.kundportal.core.message.FieldMessages;
import se.inera.kundportal.core.validation.InvalidValueException;

/**
 * An e-mail address. Deliberately pragmatic (one {@code @}, a dotted domain, no spaces, at most
 * 254 characters): the real check is that mail arrives. The domain part is lower-cased so that
 * the same address always gives the same key (a person may administer several organisations).
 */
public record EmailAddress(String value) {
    private static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,63}");

    public EmailAddress {
        Objects.requireNonNull(value, "value");
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()
                || value.startsWith(".") || value.contains("..") || value.contains(".@")) {
            throw new InvalidValueException(FieldMessages.EMAIL_INVALID);
        }
    }

    public static EmailAddress parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(FieldMessages.EMAIL_MISSING);
        }
        String s = raw.strip();
        int at = s.lastIndexOf('@');
        if (at < 1) {
            throw new InvalidValueException(FieldMessages.EMAIL_WITHOUT_AT);
        }
        return new EmailAddress(s.substring(0, at) + "@" + s.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    /** The key used to find a person across organisations: the whole address lower-cased. */
    public String normalisedKey() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
