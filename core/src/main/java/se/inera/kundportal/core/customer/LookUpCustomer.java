package se.inera.kundportal.core.customer;

import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.agreement.Agreement;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.order.Order;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.user.OrganisationRoles;

/**
 * Use case: Inera customer service looks a customer up by organisationsnummer ("kundsökning") — where it stands with
 * Kundavtal 2, who holds which role, and what it has ordered — to answer a customer who calls.
 */
public interface LookUpCustomer {

    /**
     * @throws se.inera.kundportal.core.error.NotAllowedException unless {@code operator} is Inera customer service
     * @throws se.inera.kundportal.core.error.NotFoundException    if the organisation is not a customer
     */
    CustomerOverview lookUp(Organisationsnummer organisation, Actor operator);

    /**
     * @param organisation the customer: details and agreement standing
     * @param agreement    its newest agreement, if any
     * @param roles        every member with their roles
     * @param orders       its newest orders (one page; {@code nextCursor} says there are more)
     */
    record CustomerOverview(Organisation organisation, Optional<Agreement> agreement, OrganisationRoles roles,
                            Page<Order> orders) {
        public CustomerOverview {
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(agreement, "agreement");
            Objects.requireNonNull(roles, "roles");
            Objects.requireNonNull(orders, "orders");
        }
    }
}
