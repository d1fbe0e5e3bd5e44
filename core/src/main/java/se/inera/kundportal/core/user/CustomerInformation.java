package se.inera.kundportal.core.user;

import java.util.Optional;

import se.inera.kundportal.core.agreement.Agreement;
import se.inera.kundportal.core.organisation.Organisation;

/** Kundinformation and Fakturauppgifter: the organisation and its newest agreement. */
public record CustomerInformation(Organisation organisation, Optional<Agreement> agreement) {

    /** The invoices go to the organisation's own postal address (the default invoicing address). */
    public boolean usesDefaultInvoicingAddress() {
        return organisation.details().invoicing().address().equals(organisation.details().address());
    }
}
