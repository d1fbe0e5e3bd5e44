package se.inera.kundportal.functions.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import se.inera.kundportal.core.application.ApplicationContacts;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.catalogue.BillingPeriod;
import se.inera.kundportal.core.catalogue.OfferingId;
import se.inera.kundportal.core.catalogue.ServiceId;
import se.inera.kundportal.core.common.Money;
import se.inera.kundportal.core.order.Order;
import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.order.OrderPrice;
import se.inera.kundportal.core.order.PriceLine;
import se.inera.kundportal.core.order.PriceLineKind;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.CareUnit;
import se.inera.kundportal.core.organisation.HsaId;
import se.inera.kundportal.core.organisation.InvoicingDetails;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.OrganisationDetails;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.organisation.PostalAddress;
import se.inera.kundportal.core.person.Contact;
import se.inera.kundportal.core.person.EmailAddress;
import se.inera.kundportal.core.person.MobileNumber;
import se.inera.kundportal.core.person.Personnummer;
import se.inera.kundportal.core.person.Signatory;
import se.inera.kundportal.core.user.User;
import se.inera.kundportal.core.user.UserId;

/** Valid domain values for the store tests; every call gives fresh identities. */
public final class TestData {
    static final Instant NOW = Instant.parse("2026-11-29T07:00:00Z");
    private static final AtomicInteger SEQUENCE = new AtomicInteger(
            (int) (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 50_000));

    private TestData() {
    }

    /** A fresh, valid limited-company number: 556 + five digits + Luhn check digit. */
    public static Organisationsnummer organisationsnummer() {
        String nine = "5560" + String.format("%05d", SEQUENCE.incrementAndGet() % 100_000);
        return new Organisationsnummer(nine.substring(0, 6) + "-" + nine.substring(6) + luhnCheckDigit(nine));
    }

    private static int luhnCheckDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int digit = nineDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    static OrganisationDetails details(Organisationsnummer number, String name) {
        PostalAddress address = new PostalAddress("Storgatan 1", "118 27", "Stockholm");
        return new OrganisationDetails(number, name, address, new InvoicingDetails(
                new PostalAddress("Box 123", "101 23", "Stockholm"), "Kostnadsställe 42",
                Optional.of(new EmailAddress("faktura@exempel.se")), Optional.empty()));
    }

    static Organisation organisation() {
        return organisation(organisationsnummer(), "Vårdbolaget AB");
    }

    static Organisation organisation(Organisationsnummer number, String name) {
        return new Organisation(details(number, name), AgreementStanding.SIGNED, NOW, 0);
    }

    static Contact contact(String name) {
        String local = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        return new Contact(name, new EmailAddress(local + "@exempel.se"), new MobileNumber("+46701234567"));
    }

    static CustomerApplication application(Organisationsnummer number, ApplicationStatus status, Instant submittedAt) {
        ApplicationContacts contacts = new ApplicationContacts(contact("Anna Administratör"),
                new Signatory(contact("Sigrid Signatär"), new Personnummer("191212121212")),
                contact("Karl Kontakt"));
        return new CustomerApplication(ApplicationId.newId(), details(number, "Vårdbolaget AB"), contacts, status,
                submittedAt, Optional.empty(), status == ApplicationStatus.FAILED ? Optional.of("Ett steg misslyckades")
                : Optional.empty(), submittedAt, 0);
    }

    static User user(String name) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return new User(UserId.newId(), name, new EmailAddress("person-" + unique + "@Exempel.se"),
                Optional.of(new MobileNumber("+46701234567")), Optional.of(new Personnummer("191212121212")), 0);
    }

    static Order order(Organisationsnummer organisation, Instant placedAt) {
        OrderPrice price = new OrderPrice(List.of(
                new PriceLine(PriceLineKind.STARTUP_FEE, "Uppstartskostnad (exempelpris)", Money.ofKronor(12_500), 1,
                        Optional.empty()),
                new PriceLine(PriceLineKind.RECURRING_FEE, "Löpande avgift per vårdenhet", Money.ofKronor(450), 2,
                        Optional.of(BillingPeriod.MONTHLY))), true);
        return Order.placed(OrderId.newId(), organisation, new ServiceId("intygstjanster"),
                new OfferingId("webcert-fristaende"),
                List.of(new CareUnit(new HsaId("SE2321000016-1234"), "Vårdcentralen Centrum"),
                        new CareUnit(new HsaId("SE2321000016-ABC9"), "Vårdcentralen Norr")),
                "villkor-2026-1", price, UserId.newId(), placedAt, placedAt.plusSeconds(14 * 24 * 3600));
    }
}
