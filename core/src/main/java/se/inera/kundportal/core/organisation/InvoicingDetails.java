package se.inera.kundportal.core.organisation;

import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.person.EmailAddress;

/**
 * Fakturauppgifter: where and how Inera invoices the customer.
 *
 * @param address          invoice address
 * @param reference        the customer's reference (e.g. cost centre or person), printed on invoices
 * @param invoiceEmail     address for PDF invoices, if the customer wants them by e-mail
 * @param electronicId     e-invoice routing id (Peppol/GLN), if the customer receives e-invoices
 */
public record InvoicingDetails(PostalAddress address, String reference, Optional<EmailAddress> invoiceEmail,
                               Optional<String> electronicId) {
    public InvoicingDetails {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(invoiceEmail, "invoiceEmail");
        Objects.requireNonNull(electronicId, "electronicId");
    }
}
