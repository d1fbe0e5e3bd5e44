package se.inera.kundportal.functions.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.Clock;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.audit.AuditRecord;
import se.inera.kundportal.core.audit.AuditSubject;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.junit.StandIns;
import se.inera.kundportal.standins.junit.StandInsEnvironment;

@StandIns(StandIn.DYNAMODB)
class DynamoAuditLogIT {
    private static final Actor ORDERER = new Actor(Actor.Kind.CUSTOMER_USER, "user-1", "Bertil Beställare");
    private static DynamoStore store;

    @BeforeAll
    static void createStore(StandInsEnvironment standIns) {
        store = new DynamoStore(standIns.dynamoDb(), standIns.tableName(), Clock.fixed(TestData.NOW, ZoneOffset.UTC));
    }

    private static AuditRecord record(AuditSubject subject, Organisationsnummer organisation, int minutesAgo,
                                      String action) {
        return AuditRecord.of(TestData.NOW.minusSeconds(60L * minutesAgo), ORDERER, subject, 10 - minutesAgo,
                organisation, action, Map.of("note", action.toLowerCase()));
    }

    @Test
    void listsAnOrdersTrailNewestFirstAcrossPages() {
        OrderId order = OrderId.newId();
        AuditSubject subject = AuditSubject.of(AuditSubject.Type.ORDER, order);
        Organisationsnummer organisation = TestData.organisationsnummer();
        List<AuditRecord> appended = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            AuditRecord record = record(subject, organisation, i, "STEP_" + i);
            store.auditLog().append(record);
            appended.add(record);
        }

        List<AuditRecord> read = new ArrayList<>();
        PageRequest request = PageRequest.first(2);
        while (true) {
            Page<AuditRecord> page = store.auditLog().findBySubject(AuditSubject.of(AuditSubject.Type.ORDER, order), request);
            read.addAll(page.items());
            if (page.nextCursor().isEmpty()) {
                break;
            }
            request = request.next(page.nextCursor().get());
        }

        assertThat(read).containsExactlyElementsOf(appended);
    }

    @Test
    void listsAnOrganisationsWholeTrailAcrossSubjects() {
        Organisationsnummer organisation = TestData.organisationsnummer();
        AuditRecord aboutOrder = record(AuditSubject.of(AuditSubject.Type.ORDER, OrderId.newId()), organisation, 2,
                "ORDER_PLACED");
        AuditRecord aboutUser = record(AuditSubject.of(AuditSubject.Type.USER, "user-9"), organisation, 1,
                "ROLE_ASSIGNED");
        AuditRecord elsewhere = record(AuditSubject.of(AuditSubject.Type.USER, "user-9"),
                TestData.organisationsnummer(), 0, "ROLE_ASSIGNED");
        store.auditLog().append(aboutOrder);
        store.auditLog().append(aboutUser);
        store.auditLog().append(elsewhere);

        assertThat(store.auditLog().findByOrganisation(organisation, PageRequest.firstPage()).items())
                .containsExactly(aboutUser, aboutOrder);
    }

    @Test
    void keepsARecordWithoutOrganisationUnderItsSubjectOnly() {
        AuditSubject application = AuditSubject.of(AuditSubject.Type.APPLICATION, "app-" + OrderId.newId());
        AuditRecord record = AuditRecord.of(TestData.NOW, ORDERER, application, 1, null, "APPLICATION_SUBMITTED",
                Map.of());

        store.auditLog().append(record);

        assertThat(store.auditLog().findBySubject(application, PageRequest.firstPage()).items())
                .containsExactly(record);
    }

    @Test
    void storesARetriedAppendOnceAndKeepsTheFirst() {
        AuditSubject subject = AuditSubject.of(AuditSubject.Type.ORDER, OrderId.newId());
        Organisationsnummer organisation = TestData.organisationsnummer();
        AuditRecord first = AuditRecord.of(TestData.NOW, ORDERER, subject, 3, organisation, "ORDER_ATTESTED",
                Map.of("attempt", "1"));
        // the same change recorded by a retried step, later and with other details: the same id
        AuditRecord retried = AuditRecord.of(TestData.NOW.plusSeconds(90), Actor.SYSTEM, subject, 3, organisation,
                "ORDER_ATTESTED", Map.of("attempt", "2"));

        store.auditLog().append(first);
        store.auditLog().append(retried);

        assertThat(store.auditLog().findBySubject(subject, PageRequest.firstPage()).items()).containsExactly(first);
        assertThat(store.auditLog().findByOrganisation(organisation, PageRequest.firstPage()).items())
                .containsExactly(first);
    }

    @Test
    void storesAnotherChangeOfTheSameSubjectAndActionAsAnotherRecord() {
        AuditSubject subject = AuditSubject.of(AuditSubject.Type.USER, "user-" + OrderId.newId());
        Organisationsnummer organisation = TestData.organisationsnummer();
        AuditRecord orderer = AuditRecord.ofChange(TestData.NOW, ORDERER, subject, organisation.value() + ":ORDERER",
                organisation, "ROLE_ASSIGNED", Map.of("role", "ORDERER"));
        AuditRecord attestant = AuditRecord.ofChange(TestData.NOW, ORDERER, subject,
                organisation.value() + ":ATTESTANT", organisation, "ROLE_ASSIGNED", Map.of("role", "ATTESTANT"));

        store.auditLog().append(orderer);
        store.auditLog().append(attestant);

        assertThat(store.auditLog().findBySubject(subject, PageRequest.firstPage()).items())
                .containsExactlyInAnyOrder(orderer, attestant);
    }

    @Test
    void rejectsACursorThatIsNotBase64() {
        assertThatThrownBy(() -> store.auditLog().findByOrganisation(TestData.organisationsnummer(),
                PageRequest.first(10).next("%%%"))).isInstanceOf(ValidationException.class);
    }
}
