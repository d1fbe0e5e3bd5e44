package se.inera.kundportal.core.contract;

import se.inera.kundportal.core.order.OrderRepository;
import se.inera.kundportal.core.organisation.OrganisationRepository;
import se.inera.kundportal.core.testing.InMemoryPorts;

/** The in-memory test doubles keep the same contract as the real adapters. */
class InMemoryOrderRepositoryContractTest extends OrderRepositoryContract {
    private InMemoryPorts.Organisations organisations;

    @Override
    protected OrganisationRepository newOrganisationRepository() {
        organisations = new InMemoryPorts.Organisations();
        return organisations;
    }

    @Override
    protected OrderRepository newOrderRepository() {
        return new InMemoryPorts.Orders(organisations);
    }
}
