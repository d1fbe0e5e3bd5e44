package se.inera.kundportal.functions.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.functions.http.Responses.assertResponse;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;

import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.onboarding.ApplicationService;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.workflow.OnboardingSteps;
import se.inera.kundportal.functions.application.SubmitApplicationHandler;
import se.inera.kundportal.functions.http.ApiEvents;
import se.inera.kundportal.functions.http.Responses;
import se.inera.kundportal.functions.store.DynamoStore;
import se.inera.kundportal.functions.store.TestData;
import se.inera.kundportal.functions.wiring.RecordingWorkflow;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.junit.StandIns;
import se.inera.kundportal.standins.junit.StandInsEnvironment;

/**
 * The application routes over the real DynamoDB adapters (dynalite), from the events in {@code events/}:
 * submit (the organisation claimed with one conditional write), the same and another submission, the
 * operator's work list, the decision and the second decision refused by the conditional write, a failed
 * onboarding shown in the work list, and an organisation applying again after it.
 */
@StandIns(StandIn.DYNAMODB)
class ApplicationJourneyWithDynamoIT {
    /** The organisation of the events, replaced by a fresh one per test: the tests share one table. */
    private static final String EVENT_ORGANISATION = "559900-1236";

    private final Organisationsnummer organisation = TestData.organisationsnummer();
    private DynamoStore store;
    private RecordingWorkflow workflow;
    private SubmitApplicationHandler submit;
    private DecideApplicationHandler decide;

    private void start(StandInsEnvironment standIns) {
        store = new DynamoStore(standIns.dynamoDb(), standIns.tableName(), Clock.systemUTC());
        workflow = new RecordingWorkflow();
        ApplicationService applications = new ApplicationService(store.applications(), store.organisations(),
                store.auditLog(), workflow, workflow, Clock.systemUTC());
        submit = new SubmitApplicationHandler(applications);
        decide = new DecideApplicationHandler(applications);
    }

    private APIGatewayV2HTTPResponse submitEvent(String scenario) {
        APIGatewayV2HTTPEvent event = ApiEvents.load("submit-application/" + scenario + ".json");
        event.setBody(event.getBody().replace(EVENT_ORGANISATION, organisation.value()));
        return submit.handleRequest(event, null);
    }

    @Test
    void submitListDecideAndRefuseTheSecondDecision(StandInsEnvironment standIns) {
        start(standIns);
        String applicationId = assertResponse(submitEvent("valid-application"), 201).path("applicationId").asText();
        assertThat(assertResponse(submitEvent("same-organisation-other-content"), 409).path("message").asText())
                .contains("redan en ansökan").contains("behöver inte ansöka igen");

        JsonNode workList = assertResponse(new ListApplicationsHandler(store.applications()).handleRequest(
                ApiEvents.load("list-applications/submitted-applications.json"), null), 200);
        assertThat(workList.path("items").findValuesAsText("applicationId")).contains(applicationId);

        assertThat(assertResponse(decide.handleRequest(decision("approve", applicationId), null), 200)
                .path("workflow").asText()).isEqualTo("RESUMED");
        assertResponse(decide.handleRequest(decision("reject-with-reason", applicationId), null), 409);

        assertThat(store.applications().get(new ApplicationId(applicationId)).status())
                .isEqualTo(ApplicationStatus.APPROVED);
        assertThat(workflow.started).containsExactly(new ApplicationId(applicationId));
        assertThat(workflow.decisions).hasSize(1);
    }

    @Test
    void aStartThatFailedOnceIsNotStuckTheSameSubmissionStartsTheSameApplication(StandInsEnvironment standIns) {
        start(standIns);
        workflow.failWith(new IllegalStateException("StartExecution failed"));
        assertThat(submitEvent("valid-application").getStatusCode()).isEqualTo(500);
        workflow.failWith(null);

        String applicationId = assertResponse(submitEvent("valid-application"), 201).path("applicationId").asText();

        assertThat(store.applications().findByOrganisation(organisation)).extracting(a -> a.id().value())
                .containsExactly(applicationId);
        assertThat(workflow.started).containsExactly(new ApplicationId(applicationId));
    }

    @Test
    void twoSubmissionsAtTheSameTimeMakeOneApplication(StandInsEnvironment standIns) throws Exception {
        start(standIns);
        int submitters = 6;
        CountDownLatch ready = new CountDownLatch(submitters);
        ExecutorService threads = Executors.newFixedThreadPool(submitters);
        try {
            List<Future<APIGatewayV2HTTPResponse>> answers = threads.invokeAll(IntStream.range(0, submitters)
                    .<Callable<APIGatewayV2HTTPResponse>>mapToObj(i -> () -> {
                        ready.countDown();
                        ready.await();
                        return submitEvent(i % 2 == 0 ? "valid-application" : "same-organisation-other-content");
                    }).toList());
            List<APIGatewayV2HTTPResponse> responses = answers.stream().map(ApplicationJourneyWithDynamoIT::get)
                    .toList();

            List<CustomerApplication> stored = store.applications().findByOrganisation(organisation);
            assertThat(stored).hasSize(1);
            List<APIGatewayV2HTTPResponse> accepted = responses.stream().filter(r -> r.getStatusCode() == 201)
                    .toList();
            assertThat(accepted).isNotEmpty().allSatisfy(r -> assertThat(Responses.body(r).path("applicationId")
                    .asText()).isEqualTo(stored.get(0).id().value()));
            assertThat(responses).allSatisfy(r -> assertThat(r.getStatusCode()).isIn(201, 409));
            assertThat(workflow.started).isNotEmpty().containsOnly(stored.get(0).id());
        } finally {
            threads.shutdownNow();
            assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aFailedOnboardingShowsInTheWorkListWithItsReasonAndTheOrganisationMayApplyAgain(
            StandInsEnvironment standIns) {
        start(standIns);
        String first = assertResponse(submitEvent("valid-application"), 201).path("applicationId").asText();
        OnboardingSteps steps = new OnboardingSteps(store.applications(), store.organisations(), store.agreements(),
                store.users(), store.auditLog(), new java.security.SecureRandom(), Clock.systemUTC());

        steps.fail(new ApplicationId(first), "States.Timeout", "Inget beslut inom 30 dagar", "execution-1");

        APIGatewayV2HTTPEvent failedList = ApiEvents.load("list-applications/submitted-applications.json");
        failedList.getQueryStringParameters().put("status", "FAILED");
        failedList.getQueryStringParameters().put("limit", "100");
        JsonNode failed = assertResponse(new ListApplicationsHandler(store.applications()).handleRequest(failedList,
                null), 200);
        assertThat(failed.path("items")).anySatisfy(row -> {
            assertThat(row.path("applicationId").asText()).isEqualTo(first);
            assertThat(row.path("failureReason").asText()).isEqualTo("Inget beslut inom 30 dagar");
        });

        String second = assertResponse(submitEvent("valid-application"), 201).path("applicationId").asText();
        assertThat(second).isNotEqualTo(first);
        assertThat(store.applications().get(new ApplicationId(second)).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    private static APIGatewayV2HTTPEvent decision(String scenario, String applicationId) {
        APIGatewayV2HTTPEvent event = ApiEvents.load("decide-application/" + scenario + ".json");
        event.getPathParameters().put("applicationId", applicationId);
        return event;
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
