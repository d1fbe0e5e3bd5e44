package se.inera.kundportal.functions.wiring;

import java.security.SecureRandom;
import java.security.SecureRandomSpi;

/**
 * The one {@link SecureRandom} of an execution environment, whose source can be replaced by a freshly seeded one
 * ({@link #renew()}). A SnapStart snapshot copies a generator's state into every environment restored from it;
 * {@link SnapStartPriming#afterRestore} renews it, so no two environments draw the same link ids, one-time codes or
 * passwords. Thread-safe: the source is swapped as a whole.
 */
final class RenewableSecureRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;

    private final transient Source source;

    RenewableSecureRandom() {
        this(new Source());
    }

    private RenewableSecureRandom(Source source) {
        super(source, null);
        this.source = source;
    }

    /** From now on, bytes come from a new generator seeded by the operating system. */
    void renew() {
        source.current = new SecureRandom();
    }

    /** The generator bytes come from now. */
    SecureRandom currentGenerator() {
        return source.current;
    }

    /** Delegates to the current generator; the SPI is what {@link SecureRandom}'s public methods call. */
    private static final class Source extends SecureRandomSpi {
        private static final long serialVersionUID = 1L;

        private transient volatile SecureRandom current = new SecureRandom();

        @Override
        protected void engineSetSeed(byte[] seed) {
            current.setSeed(seed);
        }

        @Override
        protected void engineNextBytes(byte[] bytes) {
            current.nextBytes(bytes);
        }

        @Override
        protected byte[] engineGenerateSeed(int numBytes) {
            return current.generateSeed(numBytes);
        }
    }
}
