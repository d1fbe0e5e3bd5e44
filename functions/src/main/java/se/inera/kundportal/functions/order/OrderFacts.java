package se.inera.kundportal.functions.order;

import java.util.Objects;

import se.inera.kundportal.core.catalogue.CatalogueRepository;
import se.inera.kundportal.core.catalogue.Service;
import se.inera.kundportal.core.order.Order;
import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.order.OrderRepository;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.OrganisationRepository;
import se.inera.kundportal.core.user.User;
import se.inera.kundportal.core.user.UserRepository;

/**
 * What the order's mails and pages say about it, read once: the order, its organisation, the orderer and the
 * offering's name as the catalogue shows it.
 *
 * @param summary the offering and its service, e.g. "Webcert Fristående (Intygstjänster)"
 */
public record OrderFacts(Order order, Organisation organisation, User orderer, String summary) {

    public OrderFacts {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(orderer, "orderer");
        Objects.requireNonNull(summary, "summary");
    }

    /** Reads an order's facts from the repositories. */
    public record Reader(OrderRepository orders, OrganisationRepository organisations, UserRepository users,
                         CatalogueRepository catalogue) {
        public OrderFacts read(OrderId id) {
            Order order = orders.get(id);
            Service service = catalogue.getService(order.service());
            String offering = service.offering(order.offering()).map(o -> o.name()).orElse(order.offering().value());
            return new OrderFacts(order, organisations.get(order.organisation()), users.get(order.orderedBy()),
                    offering + " (" + service.name() + ")");
        }
    }

    /** The start-up fee in Swedish form, e.g. "15 000 kr". */
    public String startupFee() {
        long ore = order.startupTotal().ore();
        String kronor = String.format(java.util.Locale.forLanguageTag("sv-SE"), "%,d", ore / 100)
                .replace('\u00a0', ' ');
        return ore % 100 == 0 ? kronor + " kr" : kronor + "," + String.format("%02d", ore % 100) + " kr";
    }
}
