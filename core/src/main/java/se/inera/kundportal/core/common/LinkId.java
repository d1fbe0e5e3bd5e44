package se.inera.kundportal.core.common;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The opaque random id carried by an e-mailed link (signing link, attestation link).
 * 256 bits from a secure random source, URL-safe base64 without padding; it never
 * encodes anything (no order id, no task token), so guessing or decoding it gains nothing.
 *
 * <p>Whoever holds the id can open the link, so {@link #toString()} shows only a short prefix: a log line
 * or an exception message that mentions one never hands out the link. {@link #value()} is the id itself,
 * for keys and URLs only.
 */
public record LinkId(String value) {
    private static final int RANDOM_BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22,128}");
    /** Enough to tell two links apart in a log, far too little to guess one. */
    private static final int SHOWN_PREFIX = 4;

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

    /**
     * {@code text} with every {@code /}-separated segment that has a link id's shape masked as
     * {@link #toString()} masks it, e.g. {@code /signing/AbCd…/bankid}: for logging request paths.
     */
    public static String maskIn(String text) {
        if (text == null) {
            return null;
        }
        String[] segments = text.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (isWellFormed(segments[i])) {
                segments[i] = masked(segments[i]);
            }
        }
        return String.join("/", segments);
    }

    /** Only a short prefix; never the whole id (see the class comment). */
    @Override
    public String toString() {
        return masked(value);
    }

    private static String masked(String value) {
        return value.substring(0, SHOWN_PREFIX) + "\u2026";
    }
}
