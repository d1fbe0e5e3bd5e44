package se.inera.kundportal.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** Helpers the end-to-end tests share (local runtime, browser): fresh identifiers and polling for what arrives later. */
public final class TestData {
    private TestData() {
    }

    /** A fresh valid organisationsnummer (group 2: state, regions and municipalities), Luhn check digit included. */
    public static String organisationsnummer() {
        String nine = "2321" + String.format("%05d", (int) (Math.random() * 100_000));
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int digit = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }
        String ten = nine + ((10 - sum % 10) % 10);
        return ten.substring(0, 6) + "-" + ten.substring(6);
    }

    /**
     * Polls {@code probe} every 50 ms until it finds something; fails with {@code missing}'s words after
     * {@code patience}. (Polling, never a fixed sleep: mail and workflow steps arrive when they arrive.)
     */
    public static <T> T await(Supplier<Optional<T>> probe, Supplier<String> missing, Duration patience) {
        Instant giveUp = Instant.now().plus(patience);
        while (true) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError(missing.get());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
