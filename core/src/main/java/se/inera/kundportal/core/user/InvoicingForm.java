package se.inera.kundportal.core.user;

import se.inera.kundportal.core.message.UserMessages;
import se.inera.kundportal.core.organisation.InvoicingDetails;
import se.inera.kundportal.core.organisation.OrganisationDetails;
import se.inera.kundportal.core.organisation.PostalAddress;
import se.inera.kundportal.core.validation.Validation;

/**
 * Validates Fakturauppgifter: fields {@code reference}, {@code useDefaultAddress} and, unless the default (the
 * organisation's postal address) is used, {@code address.street|postalCode|city}.
 */
public final class InvoicingForm {
    private static final int MAX_REFERENCE = 200;

    private InvoicingForm() {
    }

    /** What the form says; {@code useDefaultAddress} null when absent. */
    public record Input(String reference, String street, String postalCode, String city, Boolean useDefaultAddress) {
    }

    /** The organisation's invoicing details after the change (e-mail and e-invoice id kept). */
    public static InvoicingDetails validate(Input input, OrganisationDetails current) {
        Validation v = new Validation();
        String reference = v.text("reference", input.reference(), MAX_REFERENCE);
        v.check(input.useDefaultAddress() != null, "useDefaultAddress", UserMessages.USE_DEFAULT_ADDRESS_MISSING);
        PostalAddress address = Boolean.TRUE.equals(input.useDefaultAddress()) ? current.address()
                : PostalAddress.validate(v, "address", input.street(), input.postalCode(), input.city());
        v.throwIfInvalid();
        InvoicingDetails before = current.invoicing();
        return new InvoicingDetails(address, reference, before.invoiceEmail(), before.electronicId());
    }
}
