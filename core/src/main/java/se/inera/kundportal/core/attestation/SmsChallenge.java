package se.inera.kundportal.core.attestation;

import se.inera.kundportal.core.message.OrderMessages;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.common.Expiring;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.common.Versioned;
import se.inera.kundportal.core.error.GoneException;
import se.inera.kundportal.core.error.TooManyRequestsException;
import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.user.UserId;

/**
 * A one-time code (engångslösenord) sent by SMS to an attestant: six digits from a secure random
 * source, stored only as a salted hash, valid {@link #VALIDITY}, single use, bound to (order,
 * attestant) through its attestation link, at most {@link #MAX_FAILED_ATTEMPTS} wrong tries.
 *
 * @param link           the attestation link the code was requested through (also the storage key)
 * @param order          the order it attests
 * @param attestant      the attestant it was sent to
 * @param salt           random per code, hex
 * @param codeHash       SHA-256 of salt + code, hex
 * @param sentAt         when sent (for rate-limiting resends)
 * @param expiresAt      when it stops working
 * @param failedAttempts wrong codes entered so far
 * @param used           true once a correct code was entered
 * @param codesSent      how many codes the link has sent, this one included (at most {@link #MAX_CODES_PER_LINK})
 * @param keepUntil      when the count may be forgotten: the link's expiry (the code expires much sooner)
 * @param version        optimistic-locking version; 0 before the first save
 */
public record SmsChallenge(LinkId link, OrderId order, UserId attestant, String salt, String codeHash, Instant sentAt,
                           Instant expiresAt, int failedAttempts, boolean used, int codesSent, Instant keepUntil,
                           long version)
                           implements Expiring, Versioned<SmsChallenge> {
    public static final Duration VALIDITY = Duration.ofMinutes(10);
    public static final int MAX_FAILED_ATTEMPTS = 5;
    /** A new code may be requested this long after the previous one at the earliest. */
    public static final Duration RESEND_INTERVAL = Duration.ofSeconds(60);
    /** At most this many codes are sent through one attestation link, whatever the interval. */
    public static final int MAX_CODES_PER_LINK = 5;

    public SmsChallenge {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(attestant, "attestant");
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(keepUntil, "keepUntil");
        if (codesSent < 1) {
            throw new IllegalArgumentException("a stored challenge is a sent code");
        }
    }

    /** The challenge to store, and the plain code to send by SMS (never stored). */
    public record Issued(SmsChallenge challenge, String code) {
    }

    /** What checking an entered code gave; {@code challenge} is the state to store. */
    public record Verification(boolean accepted, SmsChallenge challenge) {
    }

    /** The first code of a link that expires when the code does (tests, and links without a longer life). */
    public static Issued issue(LinkId link, OrderId order, UserId attestant, SecureRandom random, Clock clock) {
        return issue(link, order, attestant, Optional.empty(), clock.instant().plus(VALIDITY), random, clock);
    }

    /**
     * A new code for the link, replacing {@code previous} (the link's code so far, if any).
     *
     * @param linkExpiresAt until when the link's count of codes is kept
     * @throws TooManyRequestsException when the previous code was sent less than {@link #RESEND_INTERVAL} ago, or
     *                                  the link has sent {@link #MAX_CODES_PER_LINK} codes already
     */
    public static Issued issue(LinkId link, OrderId order, UserId attestant, Optional<SmsChallenge> previous,
                               Instant linkExpiresAt, SecureRandom random, Clock clock) {
        int sentBefore = previous.map(SmsChallenge::codesSent).orElse(0);
        if (sentBefore >= MAX_CODES_PER_LINK) {
            throw new TooManyRequestsException(OrderMessages.smsTooManyCodes(MAX_CODES_PER_LINK));
        }
        if (previous.isPresent() && !previous.get().mayResend(clock)) {
            throw new TooManyRequestsException(OrderMessages.SMS_RESEND_TOO_SOON);
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        byte[] saltBytes = new byte[16];
        random.nextBytes(saltBytes);
        String salt = HexFormat.of().formatHex(saltBytes);
        Instant now = clock.instant();
        Instant expires = now.plus(VALIDITY);
        return new Issued(new SmsChallenge(link, order, attestant, salt, hash(salt, code), now, expires, 0,
                false, sentBefore + 1, linkExpiresAt.isAfter(expires) ? linkExpiresAt : expires, 0), code);
    }

    /** True when a new code may be sent instead of this one. */
    public boolean mayResend(Clock clock) {
        return !clock.instant().isBefore(sentAt.plus(RESEND_INTERVAL));
    }

    /**
     * Checks an entered code. A wrong code counts an attempt; a used, expired or exhausted
     * challenge is gone (410) whatever is entered.
     */
    public Verification verify(String enteredCode, Clock clock) {
        if (used) {
            throw new GoneException(OrderMessages.SMS_CODE_USED);
        }
        if (isExpired(clock)) {
            throw new GoneException(OrderMessages.SMS_CODE_EXPIRED);
        }
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
            throw new GoneException(OrderMessages.SMS_CODE_LOCKED);
        }
        String entered = enteredCode == null ? "" : enteredCode.strip();
        boolean matches = entered.matches("\\d{6}") && MessageDigest.isEqual(
                hash(salt, entered).getBytes(StandardCharsets.US_ASCII), codeHash.getBytes(StandardCharsets.US_ASCII));
        SmsChallenge next = matches
                ? new SmsChallenge(link, order, attestant, salt, codeHash, sentAt, expiresAt, failedAttempts, true,
                        codesSent, keepUntil, version)
                : new SmsChallenge(link, order, attestant, salt, codeHash, sentAt, expiresAt, failedAttempts + 1, false,
                        codesSent, keepUntil, version);
        return new Verification(matches, next);
    }

    public int attemptsLeft() {
        return Math.max(0, MAX_FAILED_ATTEMPTS - failedAttempts);
    }

    private static String hash(String salt, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    @Override
    public SmsChallenge withVersion(long newVersion) {
        return new SmsChallenge(link, order, attestant, salt, codeHash, sentAt, expiresAt, failedAttempts, used,
                codesSent, keepUntil, newVersion);
    }
}
