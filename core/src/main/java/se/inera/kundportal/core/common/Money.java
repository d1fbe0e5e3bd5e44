package se.inera.kundportal.core.common;

import java.math.BigDecimal;

/**
 * An amount in Swedish kronor, held as whole öre so that sums are exact.
 * Every price in the domain (start-up fee, recurring fee, price lines) uses this type.
 */
public record Money(long ore) implements Comparable<Money> {
    public static final Money ZERO = new Money(0);

    public Money {
        if (ore < 0) {
            throw new IllegalArgumentException("an amount cannot be negative: " + ore);
        }
    }

    public static Money ofOre(long ore) {
        return new Money(ore);
    }

    public static Money ofKronor(long kronor) {
        return new Money(Math.multiplyExact(kronor, 100L));
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(ore, other.ore));
    }

    public Money times(int factor) {
        return new Money(Math.multiplyExact(ore, (long) factor));
    }

    public BigDecimal kronor() {
        return BigDecimal.valueOf(ore, 2);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(ore, other.ore);
    }

    /** Swedish display form, e.g. {@code 12 500,00 kr}. */
    public String toSwedishString() {
        long kronor = ore / 100;
        long rest = ore % 100;
        String grouped = String.format(java.util.Locale.ROOT, "%,d", kronor).replace(',', '\u00a0');
        return grouped + "," + (rest < 10 ? "0" : "") + rest + "\u00a0kr";
    }
}
