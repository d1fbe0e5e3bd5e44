package se.inera.kundportal.functions.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.catalogue.BillingPeriod;
import se.inera.kundportal.core.catalogue.FeeBasis;
import se.inera.kundportal.core.catalogue.FeeSchedule;
import se.inera.kundportal.core.catalogue.Offering;
import se.inera.kundportal.core.catalogue.OfferingId;
import se.inera.kundportal.core.catalogue.Service;
import se.inera.kundportal.core.catalogue.ServiceId;
import se.inera.kundportal.core.common.Money;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.junit.StandIns;
import se.inera.kundportal.standins.junit.StandInsEnvironment;

@StandIns(StandIn.DYNAMODB)
class DynamoCatalogueRepositoryIT {
    private static DynamoStore store;

    @BeforeAll
    static void createStore(StandInsEnvironment standIns) {
        store = new DynamoStore(standIns.dynamoDb(), standIns.tableName(), Clock.fixed(TestData.NOW, ZoneOffset.UTC));
    }

    private static Offering offering(ServiceId service, String id, String name, boolean careUnits) {
        return new Offering(new OfferingId(id), service, name, "Exempeltext för " + name, careUnits, careUnits,
                new FeeSchedule(Money.ofKronor(12_500), Money.ofKronor(450), BillingPeriod.MONTHLY,
                        careUnits ? FeeBasis.PER_CARE_UNIT : FeeBasis.PER_ORGANISATION, true),
                "villkor-2026-1", true);
    }

    @Test
    void savesServicesWithTheirOfferingsAndListsThemByName() {
        ServiceId journal = new ServiceId("1177-journal");
        ServiceId intyg = new ServiceId("intygstjanster");
        ServiceId saker = new ServiceId("sakerhetstjanster");
        Service intygstjanster = new Service(intyg, "Intygstjänster", "Webcert m.fl.", List.of(),
                List.of(offering(intyg, "webcert-fristaende", "Webcert Fristående", true),
                        offering(intyg, "webcert-integrerad", "Webcert integrerad", false)));
        Service journalen = new Service(journal, "1177 journal", "Journalen", List.of(saker), List.of(
                offering(journal, "journalen-bas", "Journalen", true)));
        Service sakerhet = new Service(saker, "Säkerhetstjänster", "Spärr och logg", List.of(), List.of());

        store.catalogue().save(sakerhet);
        store.catalogue().save(intygstjanster);
        store.catalogue().save(journalen);

        assertThat(store.catalogue().findAllServices()).containsExactly(journalen, intygstjanster, sakerhet);
        assertThat(store.catalogue().findService(intyg)).contains(intygstjanster);
    }

    @Test
    void replacesAServiceAndItsOfferingsOnSave() {
        ServiceId svevac = new ServiceId("svevac");
        store.catalogue().save(new Service(svevac, "Svevac", "Vaccinationer", List.of(),
                List.of(offering(svevac, "svevac-bas", "Svevac", false))));
        Service changed = new Service(svevac, "Svevac", "Vaccinationsjournal", List.of(),
                List.of(offering(svevac, "svevac-plus", "Svevac Plus", true)));

        store.catalogue().save(changed);

        assertThat(store.catalogue().getService(svevac)).isEqualTo(changed);
    }

    @Test
    void findsNoServiceForAnUnknownId() {
        assertThat(store.catalogue().findService(new ServiceId("finns-inte"))).isEmpty();
    }
}
