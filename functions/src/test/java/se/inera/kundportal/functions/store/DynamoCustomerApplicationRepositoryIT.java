package se.inera.kundportal.functions.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.application.OrganisationClaim;
import se.inera.kundportal.core.audit.AuditSubject;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.error.AlreadyExistsException;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.error.StaleVersionException;
import se.inera.kundportal.core.error.UnexpectedStatusException;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.junit.StandIns;
import se.inera.kundportal.standins.junit.StandInsEnvironment;

@StandIns(StandIn.DYNAMODB)
class DynamoCustomerApplicationRepositoryIT {
    private static final Actor OPERATOR = Actor.operator("op-1", "Olle Operatör");
    private static DynamoStore store;

    @BeforeAll
    static void createStore(StandInsEnvironment standIns) {
        store = new DynamoStore(standIns.dynamoDb(), standIns.tableName(), Clock.fixed(TestData.NOW, ZoneOffset.UTC));
    }

    private static CustomerApplication submitted() {
        return TestData.application(TestData.organisationsnummer(), ApplicationStatus.SUBMITTED, TestData.NOW);
    }

    @Test
    void createsAnApplicationAndFindsItById() {
        CustomerApplication created = store.applications().create(submitted());

        assertThat(created.version()).isEqualTo(1);
        assertThat(store.applications().findById(created.id())).contains(created);
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(store.applications().findById(ApplicationId.newId())).isEmpty();
    }

    @Test
    void refusesToCreateTheSameApplicationTwice() {
        CustomerApplication created = store.applications().create(submitted());

        assertThatThrownBy(() -> store.applications().create(created.withVersion(0)))
                .isInstanceOf(AlreadyExistsException.class);
    }

    @Test
    void listsApplicationsWithAStatusNewestFirstAcrossPages() {
        // COMPLETED is used by this test only, so the list holds exactly these five.
        List<CustomerApplication> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(store.applications().create(TestData.application(TestData.organisationsnummer(),
                    ApplicationStatus.COMPLETED, TestData.NOW.minusSeconds(3600L * i))));
        }

        List<CustomerApplication> read = new ArrayList<>();
        PageRequest request = PageRequest.first(2);
        int pages = 0;
        while (true) {
            Page<CustomerApplication> page = store.applications().findByStatus(ApplicationStatus.COMPLETED, request);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
            read.addAll(page.items());
            pages++;
            if (page.nextCursor().isEmpty()) {
                break;
            }
            request = request.next(page.nextCursor().get());
        }

        assertThat(pages).isGreaterThanOrEqualTo(3);
        assertThat(read).containsExactlyElementsOf(created); // created newest first
    }

    @Test
    void rejectsATamperedCursorAsInvalidInput() {
        for (int i = 0; i < 3; i++) {
            store.applications().create(TestData.application(TestData.organisationsnummer(),
                    ApplicationStatus.SIGNATURE_EXPIRED, TestData.NOW.minusSeconds(i)));
        }
        String cursor = store.applications().findByStatus(ApplicationStatus.SIGNATURE_EXPIRED, PageRequest.first(1))
                .nextCursor().orElseThrow();

        assertThatThrownBy(() -> store.applications().findByStatus(ApplicationStatus.SIGNATURE_EXPIRED,
                PageRequest.first(1).next(cursor.substring(3) + "x!")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).extracting("field").containsExactly("cursor"));
        // a genuine cursor of another list is refused too, rather than reaching DynamoDB
        assertThatThrownBy(() -> store.applications().findByStatus(ApplicationStatus.REJECTED,
                PageRequest.first(1).next(cursor))).isInstanceOf(ValidationException.class);
    }

    @Test
    void listsAnOrganisationsApplicationsNewestFirst() {
        Organisationsnummer number = TestData.organisationsnummer();
        CustomerApplication older = store.applications().create(TestData.application(number,
                ApplicationStatus.REJECTED, Instant.parse("2026-01-01T10:00:00Z")));
        CustomerApplication newer = store.applications().create(TestData.application(number,
                ApplicationStatus.SUBMITTED, Instant.parse("2026-06-01T10:00:00Z")));
        store.applications().create(submitted()); // another organisation's

        assertThat(store.applications().findByOrganisation(number)).containsExactly(newer, older);
    }

    @Test
    void updatesWithTheCurrentVersionAndRefusesAStaleOne() {
        CustomerApplication created = store.applications().create(submitted());
        CustomerApplication updated = store.applications().update(created);

        assertThat(updated.version()).isEqualTo(2);
        assertThatThrownBy(() -> store.applications().update(created)).isInstanceOf(StaleVersionException.class);
        assertThat(store.applications().get(created.id()).version()).isEqualTo(2);
    }

    @Test
    void movesTheStatusFromTheExpectedOneAndReindexesIt() {
        CustomerApplication created = store.applications().create(submitted());

        CustomerApplication approved = store.applications().transition(
                created.approve(OPERATOR, TestData.NOW), ApplicationStatus.SUBMITTED);

        assertThat(approved.version()).isEqualTo(2);
        assertThat(store.applications().get(created.id())).isEqualTo(approved);
        assertThat(allWithStatus(ApplicationStatus.APPROVED)).contains(approved);
        assertThat(allWithStatus(ApplicationStatus.SUBMITTED)).extracting(CustomerApplication::id)
                .doesNotContain(created.id());
        // the use case records it; the adapter writes no audit of its own
        assertThat(store.auditLog().findBySubject(AuditSubject.of(AuditSubject.Type.APPLICATION, created.id()),
                PageRequest.firstPage()).items()).isEmpty();
    }

    @Test
    void movesTheStatusWhateverTheVersionTheCallerHolds() {
        CustomerApplication created = store.applications().create(submitted());
        store.applications().update(created); // stored version is now 2

        CustomerApplication approved = store.applications().transition(
                created.approve(OPERATOR, TestData.NOW), ApplicationStatus.SUBMITTED);

        assertThat(approved.version()).isEqualTo(3);
        assertThat(store.applications().get(created.id()).status()).isEqualTo(ApplicationStatus.APPROVED);
    }

    @Test
    void refusesAStatusChangeFromTheWrongStatusAndChangesNothing() {
        CustomerApplication created = store.applications().create(submitted());
        CustomerApplication rejected = store.applications().transition(
                created.reject(OPERATOR, TestData.NOW, "Organisationen är inte vårdgivare."), ApplicationStatus.SUBMITTED);

        // a second operator approves the same, now rejected, application from a stale screen
        assertThatThrownBy(() -> store.applications().transition(created.approve(OPERATOR, TestData.NOW),
                ApplicationStatus.SUBMITTED))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> {
                    assertThat(e.expected()).isEqualTo("SUBMITTED");
                    assertThat(e.actual()).contains("REJECTED");
                });

        assertThat(store.applications().get(created.id())).isEqualTo(rejected);
    }

    @Test
    void refusesAStatusChangeOfAnUnknownApplication() {
        CustomerApplication neverStored = submitted();

        assertThatThrownBy(() -> store.applications().transition(neverStored.approve(OPERATOR, TestData.NOW),
                ApplicationStatus.SUBMITTED)).isInstanceOf(NotFoundException.class);
        assertThat(store.applications().findById(neverStored.id())).isEmpty();
    }

    private static List<CustomerApplication> allWithStatus(ApplicationStatus status) {
        return store.applications().findByStatus(status, PageRequest.first(PageRequest.MAX_LIMIT)).items();
    }

    @Test
    void onlyTheFirstClaimOnAnOrganisationHoldsItAndOnlyItsHolderReleasesIt() {
        Organisationsnummer organisation = TestData.organisationsnummer();
        OrganisationClaim first = new OrganisationClaim(organisation, ApplicationId.newId(), "form-a", TestData.NOW);
        OrganisationClaim second = new OrganisationClaim(organisation, ApplicationId.newId(), "form-b", TestData.NOW);

        assertThat(store.applications().claimOrganisation(first)).isEmpty();
        assertThat(store.applications().claimOrganisation(second)).contains(first);

        store.applications().releaseOrganisation(organisation, second.application());
        assertThat(store.applications().claimOrganisation(second)).contains(first);

        store.applications().releaseOrganisation(organisation, first.application());
        assertThat(store.applications().claimOrganisation(second)).isEmpty();
    }

    @Test
    void keepsTheReasonOfAFailedOnboarding() {
        CustomerApplication stored = store.applications().create(submitted());

        store.applications().transition(stored.failed("Inget svar från e-posttjänsten", TestData.NOW),
                ApplicationStatus.SUBMITTED);

        assertThat(store.applications().get(stored.id()).failureReason()).contains("Inget svar från e-posttjänsten");
        assertThat(store.applications().findByStatus(ApplicationStatus.FAILED, PageRequest.first(100)).items())
                .extracting(CustomerApplication::id).contains(stored.id());
    }
}
