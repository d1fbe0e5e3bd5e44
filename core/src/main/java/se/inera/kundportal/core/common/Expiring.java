package se.inera.kundportal.core.common;

import java.time.Clock;
import java.time.Instant;

/**
 * Something that stops being usable at {@link #expiresAt()}: signing links, attestation
 * links, SMS codes, unattested orders. Expiry is decided in code against an injected clock,
 * never left to a storage TTL (which may delete items late).
 */
public interface Expiring {
    Instant expiresAt();

    default boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt());
    }

    default boolean isExpired(Clock clock) {
        return isExpiredAt(clock.instant());
    }
}
