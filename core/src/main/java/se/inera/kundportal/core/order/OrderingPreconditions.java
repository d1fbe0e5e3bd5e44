package se.inera.kundportal.core.order;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import se.inera.kundportal.core.error.NotAllowedException;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.user.OrganisationRoles;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.UserId;

/**
 * The rule of the routine: no order unless the organisation has signed Kundavtal 2 and has at
 * least one Beställare and at least one Attestant, and the person ordering is a Beställare.
 */
public final class OrderingPreconditions {
    private OrderingPreconditions() {
    }

    /** Everything that stands in the way, for the portal to show before the order form; empty when none. */
    public static List<OrderingBlocker> blockers(Organisation organisation, OrganisationRoles roles, UserId orderer) {
        if (!roles.organisation().equals(organisation.number())) {
            throw new IllegalArgumentException(
                    "roles of " + roles.organisation() + " given for " + organisation.number());
        }
        List<OrderingBlocker> blockers = new ArrayList<>();
        if (!organisation.canOrder()) {
            blockers.add(OrderingBlocker.AGREEMENT_NOT_SIGNED);
        }
        if (!roles.hasAnyone(Role.ORDERER)) {
            blockers.add(OrderingBlocker.NO_ORDERER);
        } else if (!roles.holds(orderer, Role.ORDERER)) {
            blockers.add(OrderingBlocker.USER_IS_NOT_ORDERER);
        }
        if (!roles.hasAnyone(Role.ATTESTANT)) {
            blockers.add(OrderingBlocker.NO_ATTESTANT);
        }
        return blockers;
    }

    /** Throws {@link NotAllowedException} naming every unmet precondition. */
    public static void requireMet(Organisation organisation, OrganisationRoles roles, UserId orderer) {
        List<OrderingBlocker> blockers = blockers(organisation, roles, orderer);
        if (!blockers.isEmpty()) {
            throw new NotAllowedException(blockers.stream().map(OrderingBlocker::message)
                    .collect(Collectors.joining(" ")));
        }
    }
}
