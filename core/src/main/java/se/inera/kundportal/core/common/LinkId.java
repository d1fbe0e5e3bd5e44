package se.inera.kundportal.core.common;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The opaque random id carried by an e-mailed link (signing link, attestation link).
 * 256 bits from a secure random source, URL-safe base64 without padding; it never
 * encodes anything (no order id, no task token), so guessing or decoding it gains nothing.
 */
public record LinkId(String value) {
    private static final int RANDOM_BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22,128}");

    public LinkId {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            // at least 22 base64 characters = 128 bits
            throw new IllegalArgumentException("not a link id");
        }
    }

    public static LinkId random(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new LinkId(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** True when {@code raw} has the shape of a link id; use before {@link #LinkId(String)} on untrusted input. */
    public static boolean isWellFormed(String raw) {
        return raw != null && SHAPE.matcher(raw).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
