package se.inera.kundportal.core.order;

import java.util.List;
import java.util.Optional;

import se.inera.kundportal.core.message.OrderMessages;

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

    /** For an add-on order, the routine's warning that another start-up fee applies (and one order is cheaper). */
    public Optional<String> addOnWarning() {
        return addOn ? Optional.of(OrderMessages.addOnWarning(oneOffTotal().toSwedishString())) : Optional.empty();
    }

    public Money recurringTotal() {
        return lines.stream().filter(l -> l.kind() == PriceLineKind.RECURRING_FEE).map(PriceLine::total)
                .reduce(Money.ZERO, Money::plus);
    }
}
