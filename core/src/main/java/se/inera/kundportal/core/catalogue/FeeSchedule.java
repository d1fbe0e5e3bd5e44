package se.inera.kundportal.core.catalogue;

import java.util.Objects;

import se.inera.kundportal.core.common.Money;

/**
 * The price model of an offering, as data. Every order (the first and each add-on order,
 * tilläggsbeställning) carries one start-up fee (uppstartskostnad); the recurring fee is charged
 * per period on the stated basis.
 *
 * @param startupFee     uppstartskostnad, charged once per order
 * @param recurringFee   löpande avgift per {@code period} and {@code basis}
 * @param period         how often the recurring fee is charged
 * @param basis          whether the recurring fee counts per organisation or per care unit
 * @param examplePrices  true while the prices are made-up examples (Inera publishes none);
 *                       the UI must then say so
 */
public record FeeSchedule(Money startupFee, Money recurringFee, BillingPeriod period, FeeBasis basis,
                          boolean examplePrices) {
    public FeeSchedule {
        Objects.requireNonNull(startupFee, "startupFee");
        Objects.requireNonNull(recurringFee, "recurringFee");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(basis, "basis");
    }
}
