package se.inera.kundportal.core.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.application.SubmitApplicationCommand.AddressInput;
import se.inera.kundportal.core.application.SubmitApplicationCommand.ContactInput;
import se.inera.kundportal.core.organisation.InvoicingDetails;
import se.inera.kundportal.core.organisation.OrganisationDetails;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.organisation.PostalAddress;
import se.inera.kundportal.core.person.Contact;
import se.inera.kundportal.core.person.EmailAddress;
import se.inera.kundportal.core.person.MobileNumber;
import se.inera.kundportal.core.person.Personnummer;
import se.inera.kundportal.core.person.Signatory;
import se.inera.kundportal.core.validation.Validation;

/**
 * Validates a customer application form, reporting every bad field at once. Field paths:
 * {@code organisation.name}, {@code organisation.organisationsnummer},
 * {@code organisation.address.street|postalCode|city}, {@code invoicing.address.…},
 * {@code invoicing.reference}, {@code invoicing.email}, {@code invoicing.electronicId},
 * {@code contacts.administrator|signatory|agreementContact.name|email|mobile} and
 * {@code contacts.signatory.personnummer}.
 */
public final class ApplicationForm {
    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 200;

    private ApplicationForm() {
    }

    /** What a valid form yields. */
    public record ValidApplication(OrganisationDetails organisation, ApplicationContacts contacts) {
        /**
         * The content as submitted, hashed (SHA-256, hex): equal for the same submission sent again, whatever
         * spacing the applicant typed, different as soon as any value differs.
         */
        public String fingerprint() {
            InvoicingDetails invoicing = organisation.invoicing();
            Signatory signatory = contacts.signatory();
            List<String> values = new ArrayList<>(List.of(organisation.number().value(), organisation.name()));
            values.addAll(address(organisation.address()));
            values.addAll(address(invoicing.address()));
            values.add(invoicing.reference());
            values.add(invoicing.invoiceEmail().map(EmailAddress::value).orElse(""));
            values.add(invoicing.electronicId().orElse(""));
            values.addAll(contact(contacts.administrator()));
            values.addAll(contact(signatory.contact()));
            values.add(signatory.personnummer().value());
            values.addAll(contact(contacts.agreementContact()));
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest(String.join("\u001f", values).getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest);
            } catch (NoSuchAlgorithmException everyJdkHasIt) {
                throw new IllegalStateException(everyJdkHasIt);
            }
        }

        private static List<String> address(PostalAddress address) {
            return List.of(address.street(), address.postalCode(), address.city());
        }

        private static List<String> contact(Contact contact) {
            return List.of(contact.name(), contact.email().value(), contact.mobile().value());
        }
    }

    /**
     * @param today the date in Sweden, to resolve two-digit personnummer years
     * @throws se.inera.kundportal.core.error.ValidationException listing every invalid field
     */
    public static ValidApplication validate(SubmitApplicationCommand form, LocalDate today) {
        Objects.requireNonNull(form, "form");
        Validation v = new Validation();

        var org = form.organisation() == null
                ? new SubmitApplicationCommand.OrganisationInput(null, null, null) : form.organisation();
        String orgName = v.name("organisation.name", org.name(), MAX_NAME);
        Organisationsnummer number = v.required("organisation.organisationsnummer", org.organisationsnummer(),
                Organisationsnummer::parse);
        PostalAddress address = address(v, "organisation.address", org.address());

        var inv = form.invoicing() == null
                ? new SubmitApplicationCommand.InvoicingInput(null, null, null, null) : form.invoicing();
        PostalAddress invoiceAddress = address(v, "invoicing.address", inv.address());
        String reference = v.text("invoicing.reference", inv.reference(), MAX_TEXT);
        Optional<EmailAddress> invoiceEmail = v.optional("invoicing.email", inv.email(), EmailAddress::parse);
        Optional<String> electronicId = v.optionalText("invoicing.electronicId", inv.electronicId(), 64);

        Contact administrator = contact(v, "contacts.administrator", form.administrator());
        var s = form.signatory() == null
                ? new SubmitApplicationCommand.SignatoryInput(null, null, null, null) : form.signatory();
        Contact signatoryContact = contact(v, "contacts.signatory", new ContactInput(s.name(), s.email(), s.mobile()));
        Personnummer personnummer = v.required("contacts.signatory.personnummer", s.personnummer(),
                raw -> Personnummer.parse(raw, today));
        Contact agreementContact = contact(v, "contacts.agreementContact", form.agreementContact());

        v.throwIfInvalid();
        return new ValidApplication(
                new OrganisationDetails(number, orgName, address,
                        new InvoicingDetails(invoiceAddress, reference, invoiceEmail, electronicId)),
                new ApplicationContacts(administrator, new Signatory(signatoryContact, personnummer),
                        agreementContact));
    }

    static PostalAddress address(Validation v, String path, AddressInput input) {
        AddressInput in = input == null ? new AddressInput(null, null, null) : input;
        return PostalAddress.validate(v, path, in.street(), in.postalCode(), in.city());
    }

    static Contact contact(Validation v, String path, ContactInput input) {
        ContactInput in = input == null ? new ContactInput(null, null, null) : input;
        String name = v.name(path + ".name", in.name(), MAX_NAME);
        EmailAddress email = v.required(path + ".email", in.email(), EmailAddress::parse);
        MobileNumber mobile = v.required(path + ".mobile", in.mobile(), MobileNumber::parse);
        return name == null || email == null || mobile == null ? null : new Contact(name, email, mobile);
    }
}
