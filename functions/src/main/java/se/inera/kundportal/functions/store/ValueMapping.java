package se.inera.kundportal.functions.store;

import static se.inera.kundportal.functions.store.Attributes.enumValue;
import static se.inera.kundportal.functions.store.Attributes.map;
import static se.inera.kundportal.functions.store.Attributes.optionalString;
import static se.inera.kundportal.functions.store.Attributes.string;
import static se.inera.kundportal.functions.store.ItemBuilder.nested;

import java.util.Map;

import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.organisation.InvoicingDetails;
import se.inera.kundportal.core.organisation.OrganisationDetails;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.organisation.PostalAddress;
import se.inera.kundportal.core.person.Contact;
import se.inera.kundportal.core.person.EmailAddress;
import se.inera.kundportal.core.person.MobileNumber;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Value objects that several item types share, as nested map attributes. */
final class ValueMapping {
    private ValueMapping() {
    }

    static AttributeValue actor(Actor actor) {
        return nested().with("kind", actor.kind()).with("id", actor.id()).with("name", actor.displayName()).asMap();
    }

    static Actor actor(Map<String, AttributeValue> value) {
        return new Actor(enumValue(value, "kind", Actor.Kind.class), string(value, "id"), string(value, "name"));
    }

    static AttributeValue address(PostalAddress address) {
        return nested().with("street", address.street()).with("postalCode", address.postalCode())
                .with("city", address.city()).asMap();
    }

    static PostalAddress address(Map<String, AttributeValue> value) {
        return new PostalAddress(string(value, "street"), string(value, "postalCode"), string(value, "city"));
    }

    static AttributeValue contact(Contact contact) {
        return nested().with("name", contact.name()).with("email", contact.email().value())
                .with("mobile", contact.mobile().value()).asMap();
    }

    static Contact contact(Map<String, AttributeValue> value) {
        return new Contact(string(value, "name"), new EmailAddress(string(value, "email")),
                new MobileNumber(string(value, "mobile")));
    }

    static AttributeValue organisationDetails(OrganisationDetails details) {
        InvoicingDetails invoicing = details.invoicing();
        AttributeValue invoicingValue = nested()
                .with("address", address(invoicing.address()))
                .with("reference", invoicing.reference())
                .withOptional("invoiceEmail", invoicing.invoiceEmail().map(EmailAddress::value))
                .withOptional("electronicId", invoicing.electronicId())
                .asMap();
        return nested().with("number", details.number().value()).with("name", details.name())
                .with("address", address(details.address())).with("invoicing", invoicingValue).asMap();
    }

    static OrganisationDetails organisationDetails(Map<String, AttributeValue> value) {
        Map<String, AttributeValue> invoicing = map(value, "invoicing");
        return new OrganisationDetails(new Organisationsnummer(string(value, "number")), string(value, "name"),
                address(map(value, "address")),
                new InvoicingDetails(address(map(invoicing, "address")), string(invoicing, "reference"),
                        optionalString(invoicing, "invoiceEmail").map(EmailAddress::new),
                        optionalString(invoicing, "electronicId")));
    }
}
