package se.inera.kundportal.core.customer;

import java.util.Objects;

import se.inera.kundportal.core.agreement.AgreementRepository;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.Authorisation;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.order.OrderRepository;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.OrganisationRepository;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.user.UserRepository;

/**
 * {@link LookUpCustomer}: reads only — the organisation (GetItem), its agreements and orders (by owner, newest first)
 * and its members (the organisation's item collection); nothing is written or audited.
 */
public final class LookUpCustomerService implements LookUpCustomer {
    private final OrganisationRepository organisations;
    private final AgreementRepository agreements;
    private final UserRepository users;
    private final OrderRepository orders;

    public LookUpCustomerService(OrganisationRepository organisations, AgreementRepository agreements,
                                 UserRepository users, OrderRepository orders) {
        this.organisations = Objects.requireNonNull(organisations);
        this.agreements = Objects.requireNonNull(agreements);
        this.users = Objects.requireNonNull(users);
        this.orders = Objects.requireNonNull(orders);
    }

    @Override
    public CustomerOverview lookUp(Organisationsnummer number, Actor operator) {
        Authorisation.requireOperator(operator);
        Organisation organisation = organisations.get(number);
        return new CustomerOverview(organisation, agreements.findByOrganisation(number).stream().findFirst(),
                users.rolesOf(number), orders.findByOrganisation(number, PageRequest.firstPage()));
    }
}
