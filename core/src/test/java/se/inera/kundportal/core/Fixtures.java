package se.inera.kundportal.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import se.inera.kundportal.core.application.ApplicationContacts;
import se.inera.kundportal.core.catalogue.BillingPeriod;
import se.inera.kundportal.core.catalogue.FeeBasis;
import se.inera.kundportal.core.catalogue.FeeSchedule;
import se.inera.kundportal.core.catalogue.Offering;
import se.inera.kundportal.core.catalogue.OfferingId;
import se.inera.kundportal.core.catalogue.Service;
import se.inera.kundportal.core.catalogue.ServiceId;
import se.inera.kundportal.core.common.Money;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.CareUnit;
import se.inera.kundportal.core.organisation.HsaId;
import se.inera.kundportal.core.organisation.InvoicingDetails;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.OrganisationDetails;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.organisation.PostalAddress;
import se.inera.kundportal.core.order.Order;
import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.order.OrderPricing;
import se.inera.kundportal.core.person.Contact;
import se.inera.kundportal.core.person.EmailAddress;
import se.inera.kundportal.core.person.MobileNumber;
import se.inera.kundportal.core.person.Personnummer;
import se.inera.kundportal.core.person.Signatory;
import se.inera.kundportal.core.user.User;
import se.inera.kundportal.core.user.UserId;

/** Shared, valid test data: Region Stockholm ordering Webcert. */
public final class Fixtures {
    public static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final Organisationsnummer REGION_STOCKHOLM = Organisationsnummer.parse("232100-0016");
    public static final Personnummer SIGNATORY_PNR = Personnummer.parse("19121212-1212");
    public static final ServiceId INTYGSTJANSTER = new ServiceId("intygstjanster");
    public static final OfferingId WEBCERT_FRISTAENDE = new OfferingId("webcert-fristaende");
    public static final String TERMS = "2026-1";

    private Fixtures() {
    }

    public static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    public static Clock later(Duration duration) {
        return clockAt(NOW.plus(duration));
    }

    public static OrganisationDetails regionStockholmDetails() {
        PostalAddress address = new PostalAddress("Box 6909", "102 39", "Stockholm");
        return new OrganisationDetails(REGION_STOCKHOLM, "Region Stockholm", address,
                new InvoicingDetails(address, "Ansvar 1234", Optional.empty(), Optional.empty()));
    }

    public static Organisation organisation(AgreementStanding standing) {
        return new Organisation(regionStockholmDetails(), standing, NOW, 1);
    }

    public static Contact contact(String name, String email) {
        return new Contact(name, EmailAddress.parse(email), MobileNumber.parse("0701234567"));
    }

    public static ApplicationContacts contacts() {
        return new ApplicationContacts(contact("Anna Admin", "anna@regionstockholm.se"),
                new Signatory(contact("Sven Signatär", "sven@regionstockholm.se"), SIGNATORY_PNR),
                contact("Karin Kontakt", "karin@regionstockholm.se"));
    }

    public static User user(String id, String name) {
        return new User(new UserId(id), name, EmailAddress.parse(id + "@regionstockholm.se"),
                Optional.of(MobileNumber.parse("0701234567")), Optional.of(SIGNATORY_PNR), 1);
    }

    public static Offering webcert(boolean requiresCareUnits, boolean firstOrderListsAll) {
        return new Offering(WEBCERT_FRISTAENDE, INTYGSTJANSTER, "Webcert Fristående", "Exempel", requiresCareUnits,
                firstOrderListsAll, new FeeSchedule(Money.ofKronor(15_000), Money.ofKronor(500), BillingPeriod.MONTHLY,
                FeeBasis.PER_CARE_UNIT, true), TERMS, true);
    }

    public static Service intygstjanster(Offering offering) {
        return new Service(INTYGSTJANSTER, "Intygstjänster", "Webcert m.m.", List.of(), List.of(offering));
    }

    public static CareUnit careUnit(String suffix) {
        return new CareUnit(HsaId.parse("SE2321000016-" + suffix), "Vårdcentral " + suffix);
    }

    /** An order awaiting attestation, placed NOW by {@code orderer}, deadline in 14 days. */
    public static Order placedOrder(UserId orderer) {
        Offering offering = webcert(true, true);
        return Order.placed(OrderId.newId(), REGION_STOCKHOLM, INTYGSTJANSTER, WEBCERT_FRISTAENDE,
                List.of(careUnit("1234")), TERMS, OrderPricing.price(offering, 1, List.of()), orderer, NOW,
                NOW.plus(Duration.ofDays(14)));
    }

    /** As {@link #placedOrder}, connecting {@code careUnits} care units. */
    public static Order placedOrderWithCareUnits(UserId orderer, int careUnits) {
        Offering offering = webcert(true, true);
        List<CareUnit> units = java.util.stream.IntStream.rangeClosed(1, careUnits)
                .mapToObj(i -> careUnit(String.format("%04d", i))).toList();
        return Order.placed(OrderId.newId(), REGION_STOCKHOLM, INTYGSTJANSTER, WEBCERT_FRISTAENDE, units, TERMS,
                OrderPricing.price(offering, careUnits, List.of()), orderer, NOW, NOW.plus(Duration.ofDays(14)));
    }
}
