package se.inera.kundportal.core.order;

import java.util.List;

import se.inera.kundportal.core.common.Money;

/**
 * The price of an order as the order form shows it.
 *
 * @param lines  price lines, the start-up fee first
 * @param addOn  tilläggsbeställning: the form must warn that another start-up fee applies
 */
public record OrderPrice(List<PriceLine> lines, boolean addOn) {
    public OrderPrice {
        lines = List.copyOf(lines);
    }

    public Money oneOffTotal() {
        return lines.stream().filter(l -> l.kind() == PriceLineKind.STARTUP_FEE).map(PriceLine::total)
                .reduce(Money.ZERO, Money::plus);
    }

    public Money recurringTotal() {
        return lines.stream().filter(l -> l.kind() == PriceLineKind.RECURRING_FEE).map(PriceLine::total)
                .reduce(Money.ZERO, Money::plus);
    }
}
