package se.inera.kundportal.core.order;

import se.inera.kundportal.core.message.OrderMessages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import se.inera.kundportal.core.catalogue.FeeBasis;
import se.inera.kundportal.core.catalogue.FeeSchedule;
import se.inera.kundportal.core.catalogue.Offering;

/**
 * Prices an order from the offering's fee schedule. Every order carries one start-up fee
 * (uppstartskostnad); an order for a service the organisation already has a live order for is an
 * add-on (tilläggsbeställning), which costs another start-up fee and must be warned about.
 */
public final class OrderPricing {
    private OrderPricing() {
    }

    /**
     * @param offering          what is ordered
     * @param careUnitCount     how many care units the order lists
     * @param earlierOrders     the organisation's earlier orders for the same service (any status)
     */
    public static OrderPrice price(Offering offering, int careUnitCount, Collection<Order> earlierOrders) {
        if (careUnitCount < 0) {
            throw new IllegalArgumentException("care unit count cannot be negative");
        }
        boolean addOn = isAddOn(offering, earlierOrders);
        FeeSchedule fees = offering.fees();
        List<PriceLine> lines = new ArrayList<>();
        lines.add(new PriceLine(PriceLineKind.STARTUP_FEE,
                OrderMessages.startupFeeLine(offering.name(), addOn),
                fees.startupFee(), 1, Optional.empty()));
        if (fees.recurringFee().ore() > 0) {
            boolean perUnit = fees.basis() == FeeBasis.PER_CARE_UNIT;
            int quantity = perUnit ? Math.max(1, careUnitCount) : 1;
            lines.add(new PriceLine(PriceLineKind.RECURRING_FEE,
                    OrderMessages.recurringFeeLine(offering.name(), fees.period().swedishName(), perUnit),
                    fees.recurringFee(), quantity, Optional.of(fees.period())));
        }
        return new OrderPrice(lines, addOn);
    }

    /** True when an earlier order for the service is live (waiting, attested or delivered). */
    public static boolean isAddOn(Offering offering, Collection<Order> earlierOrders) {
        return earlierOrders.stream()
                .anyMatch(o -> o.service().equals(offering.service()) && o.status().isLive());
    }

    /** The warning the order form shows before an add-on order is sent. */
    public static String addOnWarning(Offering offering) {
        return OrderMessages.addOnWarning(offering.fees().startupFee().toSwedishString());
    }
}
