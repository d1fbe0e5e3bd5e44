package se.inera.kundportal.functions.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.audit.AuditSubject;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.error.AlreadyExistsException;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.error.StaleVersionException;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.junit.StandIns;
import se.inera.kundportal.standins.junit.StandInsEnvironment;

@StandIns(StandIn.DYNAMODB)
class DynamoOrganisationRepositoryIT {
    private static DynamoStore store;

    @BeforeAll
    static void createStore(StandInsEnvironment standIns) {
        store = new DynamoStore(standIns.dynamoDb(), standIns.tableName(), Clock.fixed(TestData.NOW, ZoneOffset.UTC));
    }

    @Test
    void registersAnOrganisationAndFindsItByOrganisationsnummer() {
        Organisation organisation = TestData.organisation();

        Organisation registered = store.organisations().register(organisation);

        assertThat(registered.version()).isEqualTo(1);
        assertThat(store.organisations().findByNumber(organisation.number())).contains(registered);
    }

    @Test
    void findsNothingForAnUnregisteredNumber() {
        assertThat(store.organisations().findByNumber(TestData.organisationsnummer())).isEmpty();
    }

    @Test
    void refusesASecondRegistrationOfTheSameNumberAndKeepsTheFirst() {
        Organisationsnummer number = TestData.organisationsnummer();
        Organisation first = store.organisations().register(TestData.organisation(number, "Första AB"));

        assertThatThrownBy(() -> store.organisations().register(TestData.organisation(number, "Andra AB")))
                .isInstanceOfSatisfying(AlreadyExistsException.class, e -> {
                    assertThat(e.subjectType()).isEqualTo("Organisation");
                    assertThat(e.subjectId()).isEqualTo(number.value());
                });

        assertThat(store.organisations().findByNumber(number)).contains(first);
    }

    @Test
    void updatesWithTheCurrentVersionAndIncrementsIt() {
        Organisation registered = store.organisations().register(TestData.organisation());

        Organisation updated = store.organisations().update(registered.withAgreementStanding(AgreementStanding.SIGNATURE_EXPIRED));

        assertThat(updated.version()).isEqualTo(2);
        assertThat(store.organisations().get(registered.number()).agreementStanding())
                .isEqualTo(AgreementStanding.SIGNATURE_EXPIRED);
        // the use case records it; the adapter writes no audit of its own
        assertThat(store.auditLog().findBySubject(AuditSubject.of(AuditSubject.Type.ORGANISATION, registered.number()),
                PageRequest.firstPage()).items()).isEmpty();
        assertThat(store.auditLog().findByOrganisation(registered.number(), PageRequest.firstPage()).items())
                .isEmpty();
    }

    @Test
    void refusesAnUpdateFromAStaleVersionAndKeepsTheNewerOne() {
        Organisation registered = store.organisations().register(TestData.organisation());
        Organisation newer = store.organisations().update(registered.withAgreementStanding(AgreementStanding.AWAITING_SIGNATURE));

        assertThatThrownBy(() -> store.organisations().update(
                registered.withAgreementStanding(AgreementStanding.SIGNATURE_EXPIRED)))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        e -> assertThat(e.expectedVersion()).isEqualTo(1));

        assertThat(store.organisations().get(registered.number())).isEqualTo(newer);
    }

    @Test
    void refusesToUpdateAnOrganisationThatWasNeverRegistered() {
        Organisation unregistered = TestData.organisation().withVersion(1);

        assertThatThrownBy(() -> store.organisations().update(unregistered)).isInstanceOf(NotFoundException.class);
        assertThat(store.organisations().findByNumber(unregistered.number())).isEmpty();
    }
}
