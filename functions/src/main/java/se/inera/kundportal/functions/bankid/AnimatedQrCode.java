package se.inera.kundportal.functions.bankid;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * BankID's animated QR code: {@code bankid.<qrStartToken>.<qrTime>.<qrAuthCode>}, where {@code qrTime} is the whole
 * number of seconds since the order started and {@code qrAuthCode} is the lower-case hex HMAC-SHA256 of
 * {@code qrTime} (as ASCII digits) keyed with {@code qrStartSecret}. The portal computes it on the server each time
 * the browser polls, so the secret never leaves it; the local BankID simulator's app parses and verifies it with
 * this same class, so the two cannot drift apart.
 */
public record AnimatedQrCode(String qrStartToken, long qrTime, String qrAuthCode) {
    private static final String PREFIX = "bankid";
    private static final Pattern FORMAT =
            Pattern.compile("bankid\\.([0-9A-Za-z-]+)\\.(0|[1-9][0-9]{0,9})\\.([0-9a-f]{64})");

    public AnimatedQrCode {
        Objects.requireNonNull(qrStartToken, "qrStartToken");
        Objects.requireNonNull(qrAuthCode, "qrAuthCode");
        if (qrTime < 0) {
            throw new IllegalArgumentException("qrTime must not be negative: " + qrTime);
        }
    }

    /** The QR content {@code now}, for an order started at {@code startedAt} (a clock behind the start gives 0). */
    public static String at(String qrStartToken, String qrStartSecret, Instant startedAt, Instant now) {
        long seconds = Math.max(0, Duration.between(startedAt, now).getSeconds());
        return forSecond(qrStartToken, qrStartSecret, seconds).content();
    }

    /** The code for {@code qrTime} seconds after the order started. */
    public static AnimatedQrCode forSecond(String qrStartToken, String qrStartSecret, long qrTime) {
        return new AnimatedQrCode(qrStartToken, qrTime, authCode(qrStartSecret, qrTime));
    }

    /** Reads a scanned string; empty when it is not a BankID QR code at all. */
    public static Optional<AnimatedQrCode> parse(String scanned) {
        Matcher matcher = FORMAT.matcher(scanned.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new AnimatedQrCode(matcher.group(1), Long.parseLong(matcher.group(2)), matcher.group(3)));
    }

    /** Whether {@link #qrAuthCode} was made with this secret (constant-time comparison). */
    public boolean isSignedWith(String qrStartSecret) {
        byte[] expected = authCode(qrStartSecret, qrTime).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, qrAuthCode.getBytes(StandardCharsets.US_ASCII));
    }

    /** The string to put in the QR code. */
    public String content() {
        return PREFIX + "." + qrStartToken + "." + qrTime + "." + qrAuthCode;
    }

    @Override
    public String toString() {
        return content();
    }

    /** Lower-case hex HMAC-SHA256(qrStartSecret, qrTime as ASCII). */
    static String authCode(String qrStartSecret, long qrTime) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(qrStartSecret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return HexFormat.of().formatHex(hmac.doFinal(Long.toString(qrTime).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
