package se.inera.kundportal.functions.operator;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import se.inera.kundportal.core.agreement.RegisteredExistingAgreement;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.organisation.InvoicingDetails;
import se.inera.kundportal.core.organisation.OrganisationDetails;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.organisation.PostalAddress;
import se.inera.kundportal.core.customer.RegisterExistingCustomer.RegisterCommand;
import se.inera.kundportal.core.message.CustomerMessages;
import se.inera.kundportal.core.person.Contact;
import se.inera.kundportal.core.person.EmailAddress;
import se.inera.kundportal.core.person.MobileNumber;
import se.inera.kundportal.core.validation.InvalidValueException;
import se.inera.kundportal.core.validation.Validation;
import se.inera.kundportal.functions.http.JsonRequest;

/**
 * Reads and validates {@code POST /operator/customers}: an organisation that already has Kundavtal 2
 * (the routine's "skip step 1"), its administrator, and Inera's record of the existing agreement
 * ({@code agreement.signedOn}, a date, and {@code agreement.reference}, e.g. a diarienummer). Every
 * invalid field is reported at once, under the same paths as the application form.
 */
final class ExistingCustomerRequest {
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final int MAX_TEXT = 200;

    private ExistingCustomerRequest() {
    }

    static RegisterCommand parse(JsonRequest json, Actor operator, LocalDate today) {
        Validation v = new Validation();
        String name = v.name("organisation.name", json.text("organisation.name"), MAX_TEXT);
        Organisationsnummer number = v.required("organisation.organisationsnummer",
                json.text("organisation.organisationsnummer"), Organisationsnummer::parse);
        PostalAddress address = address(v, json, "organisation.address");
        PostalAddress invoiceAddress = address(v, json, "invoicing.address");
        String reference = v.text("invoicing.reference", json.text("invoicing.reference"), MAX_TEXT);
        Optional<EmailAddress> invoiceEmail = v.optional("invoicing.email", json.text("invoicing.email"),
                EmailAddress::parse);
        Optional<String> electronicId = v.optionalText("invoicing.electronicId", json.text("invoicing.electronicId"),
                64);
        String adminName = v.name("administrator.name", json.text("administrator.name"), MAX_TEXT);
        EmailAddress adminEmail = v.required("administrator.email", json.text("administrator.email"),
                EmailAddress::parse);
        MobileNumber adminMobile = v.required("administrator.mobile", json.text("administrator.mobile"),
                MobileNumber::parse);
        LocalDate signedOn = v.required("agreement.signedOn", json.text("agreement.signedOn"),
                raw -> signedOn(raw, today));
        String agreementReference = v.text("agreement.reference", json.text("agreement.reference"), MAX_TEXT);

        json.throwIfInvalid(v.errors());
        Instant signedAt = signedOn.atStartOfDay(SWEDEN).toInstant();
        return new RegisterCommand(
                new OrganisationDetails(number, name, address,
                        new InvoicingDetails(invoiceAddress, reference, invoiceEmail, electronicId)),
                new Contact(adminName, adminEmail, adminMobile),
                new RegisteredExistingAgreement(operator, signedAt, agreementReference));
    }

    private static PostalAddress address(Validation v, JsonRequest json, String path) {
        String street = v.text(path + ".street", json.text(path + ".street"), MAX_TEXT);
        String postalCode = v.required(path + ".postalCode", json.text(path + ".postalCode"),
                PostalAddress::parsePostalCode);
        String city = v.text(path + ".city", json.text(path + ".city"), 100);
        return street == null || postalCode == null || city == null ? null
                : new PostalAddress(street, postalCode, city);
    }

    private static LocalDate signedOn(String raw, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.parse(raw.strip());
        } catch (DateTimeException notADate) {
            throw new InvalidValueException(CustomerMessages.SIGNED_ON_SHAPE);
        }
        if (date.isAfter(today)) {
            throw new InvalidValueException(CustomerMessages.SIGNED_ON_IN_FUTURE);
        }
        return date;
    }
}
