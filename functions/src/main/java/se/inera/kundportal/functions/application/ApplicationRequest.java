package se.inera.kundportal.functions.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import se.inera.kundportal.core.application.ApplicationForm;
import se.inera.kundportal.core.application.SubmitApplicationCommand;
import se.inera.kundportal.core.application.SubmitApplicationCommand.AddressInput;
import se.inera.kundportal.core.application.SubmitApplicationCommand.ContactInput;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.error.FieldError;
import se.inera.kundportal.functions.http.JsonRequest;

/**
 * Reads {@code POST /applications}' body into core's command. The JSON field paths are the ones
 * core reports errors under ({@code organisation.address.city}, {@code contacts.signatory.personnummer}),
 * so the form can mark each field.
 *
 * <p>Fields of the wrong JSON type are reported together with every other invalid field: the
 * type errors are merged with core's validation of the rest, so the applicant fixes all at once.
 */
final class ApplicationRequest {
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private ApplicationRequest() {
    }

    static SubmitApplicationCommand parse(JsonRequest json) {
        SubmitApplicationCommand command = new SubmitApplicationCommand(
                new SubmitApplicationCommand.OrganisationInput(json.text("organisation.name"),
                        json.text("organisation.organisationsnummer"), address(json, "organisation.address")),
                new SubmitApplicationCommand.InvoicingInput(address(json, "invoicing.address"),
                        json.text("invoicing.reference"), json.text("invoicing.email"),
                        json.text("invoicing.electronicId")),
                contact(json, "contacts.administrator"),
                new SubmitApplicationCommand.SignatoryInput(json.text("contacts.signatory.name"),
                        json.text("contacts.signatory.email"), json.text("contacts.signatory.mobile"),
                        json.text("contacts.signatory.personnummer")),
                contact(json, "contacts.agreementContact"));
        if (!json.errors().isEmpty()) {
            json.throwIfInvalid(domainErrors(command));
        }
        return command;
    }

    /** What core finds wrong with the rest, so the applicant sees every problem at once. */
    private static List<FieldError> domainErrors(SubmitApplicationCommand command) {
        try {
            ApplicationForm.validate(command, LocalDate.now(SWEDEN));
            return List.of();
        } catch (ValidationException invalid) {
            return invalid.fieldErrors();
        }
    }

    private static AddressInput address(JsonRequest json, String path) {
        return new AddressInput(json.text(path + ".street"), json.text(path + ".postalCode"),
                json.text(path + ".city"));
    }

    private static ContactInput contact(JsonRequest json, String path) {
        return new ContactInput(json.text(path + ".name"), json.text(path + ".email"), json.text(path + ".mobile"));
    }
}
