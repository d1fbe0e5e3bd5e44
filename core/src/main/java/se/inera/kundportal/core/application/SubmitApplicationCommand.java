package se.inera.kundportal.core.application;

/**
 * The customer application form as typed (raw strings, any may be null or blank). Validation
 * reports errors under the field paths named in {@link ApplicationForm}.
 */
public record SubmitApplicationCommand(OrganisationInput organisation, InvoicingInput invoicing,
                                       ContactInput administrator, SignatoryInput signatory,
                                       ContactInput agreementContact) {

    public record OrganisationInput(String name, String organisationsnummer, AddressInput address) {
    }

    public record AddressInput(String street, String postalCode, String city) {
    }

    /** Invoicing details; {@code email} and {@code electronicId} are optional. */
    public record InvoicingInput(AddressInput address, String reference, String email, String electronicId) {
    }

    public record ContactInput(String name, String email, String mobile) {
    }

    public record SignatoryInput(String name, String email, String mobile, String personnummer) {
    }
}
