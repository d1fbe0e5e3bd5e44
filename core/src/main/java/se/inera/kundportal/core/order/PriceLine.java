package se.inera.kundportal.core.order;

import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.catalogue.BillingPeriod;
import se.inera.kundportal.core.common.Money;

/**
 * One line of an order's price, fixed when the order is placed (later catalogue changes do not
 * alter placed orders).
 *
 * @param period present exactly for a recurring fee
 */
public record PriceLine(PriceLineKind kind, String description, Money unitPrice, int quantity,
                        Optional<BillingPeriod> period) {
    public PriceLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(period, "period");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1");
        }
        if ((kind == PriceLineKind.RECURRING_FEE) != period.isPresent()) {
            throw new IllegalArgumentException("a recurring fee has a period, a one-off fee has none");
        }
    }

    public Money total() {
        return unitPrice.times(quantity);
    }
}
