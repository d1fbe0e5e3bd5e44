package se.inera.kundportal.local.bankid;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The content of BankID's animated QR code: {@code bankid.<qrStartToken>.<qrTime>.<qrAuthCode>}, where
 * {@code qrTime} is the whole number of seconds since the order was started and {@code qrAuthCode} is the
 * lower-case hex HMAC-SHA256 of {@code qrTime} (as ASCII digits) keyed with {@code qrStartSecret}.
 *
 * <p>The relying party computes this every second on its server (the secret never reaches the browser); the
 * simulator's app parses and verifies it. Both use this one class so they cannot drift apart.
 */
public record BankIdQrCode(String qrStartToken, long qrTime, String qrAuthCode) {
    private static final String PREFIX = "bankid";
    private static final Pattern FORMAT =
            Pattern.compile("bankid\\.([0-9A-Za-z-]+)\\.(0|[1-9][0-9]{0,9})\\.([0-9a-f]{64})");

    public BankIdQrCode {
        Objects.requireNonNull(qrStartToken, "qrStartToken");
        Objects.requireNonNull(qrAuthCode, "qrAuthCode");
        if (qrTime < 0) {
            throw new IllegalArgumentException("qrTime must not be negative: " + qrTime);
        }
    }

    /** The QR code for {@code qrTime} seconds after the order started. */
    public static BankIdQrCode at(String qrStartToken, String qrStartSecret, long qrTime) {
        return new BankIdQrCode(qrStartToken, qrTime, authCode(qrStartSecret, qrTime));
    }

    /** Reads a scanned string; empty when it is not a BankID QR code at all. */
    public static Optional<BankIdQrCode> parse(String scanned) {
        Matcher matcher = FORMAT.matcher(scanned.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new BankIdQrCode(matcher.group(1), Long.parseLong(matcher.group(2)), matcher.group(3)));
    }

    /** Lower-case hex HMAC-SHA256(qrStartSecret, qrTime as ASCII). */
    public static String authCode(String qrStartSecret, long qrTime) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(qrStartSecret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            byte[] code = hmac.doFinal(Long.toString(qrTime).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(code);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
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
}
