package se.inera.kundportal.functions.bankid;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * BankID's animated QR code: {@code bankid.<qrStartToken>.<seconds since the order started>.<qrAuthCode>},
 * where {@code qrAuthCode} is the lower-case hex HMAC-SHA256 of the seconds (as ASCII digits) keyed
 * with {@code qrStartSecret}. Computed on the server each time the browser polls, so the secret
 * never leaves it.
 */
public final class AnimatedQrCode {
    private AnimatedQrCode() {
    }

    /** The QR content {@code now}, for an order started at {@code startedAt}. */
    public static String at(String qrStartToken, String qrStartSecret, Instant startedAt, Instant now) {
        long seconds = Math.max(0, Duration.between(startedAt, now).getSeconds());
        return "bankid." + qrStartToken + "." + seconds + "." + authCode(qrStartSecret, seconds);
    }

    static String authCode(String qrStartSecret, long seconds) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(qrStartSecret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return HexFormat.of().formatHex(hmac.doFinal(Long.toString(seconds).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
