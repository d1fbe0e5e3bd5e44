package se.inera.kundportal.functions.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.functions.http.Responses.assertResponse;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;

import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.ApplicationService;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.functions.application.SubmitApplicationHandler;
import se.inera.kundportal.functions.http.ApiEvents;
import se.inera.kundportal.functions.store.DynamoStore;
import se.inera.kundportal.functions.wiring.RecordingWorkflow;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.junit.StandIns;
import se.inera.kundportal.standins.junit.StandInsEnvironment;

/**
 * The application routes over the real DynamoDB adapters (dynalite), from the events in {@code events/}:
 * submit, the duplicate refused through the organisation index, the operator's work list, the decision
 * and the second decision refused by the conditional write.
 */
@StandIns(StandIn.DYNAMODB)
class ApplicationJourneyWithDynamoIT {

    @Test
    void submitListDecideAndRefuseTheSecondDecision(StandInsEnvironment standIns) {
        DynamoStore store = new DynamoStore(standIns.dynamoDb(), standIns.tableName(), Clock.systemUTC());
        ApplicationService applications = new ApplicationService(store.applications(), store.organisations(),
                store.auditLog(), Clock.systemUTC());
        RecordingWorkflow workflow = new RecordingWorkflow();
        SubmitApplicationHandler submit = new SubmitApplicationHandler(applications, workflow);
        DecideApplicationHandler decide = new DecideApplicationHandler(applications, workflow);

        String applicationId = assertResponse(submit.handleRequest(
                ApiEvents.load("submit-application/valid-application.json"), null), 201).path("applicationId").asText();
        assertThat(assertResponse(submit.handleRequest(
                ApiEvents.load("submit-application/valid-application.json"), null), 409).path("message").asText())
                .contains("redan en ansökan");

        JsonNode workList = assertResponse(new ListApplicationsHandler(store.applications()).handleRequest(
                ApiEvents.load("list-applications/submitted-applications.json"), null), 200);
        assertThat(workList.path("items").findValuesAsText("applicationId")).contains(applicationId);

        APIGatewayV2HTTPEvent approve = ApiEvents.load("decide-application/approve.json");
        approve.getPathParameters().put("applicationId", applicationId);
        assertResponse(decide.handleRequest(approve, null), 200);
        APIGatewayV2HTTPEvent reject = ApiEvents.load("decide-application/reject-with-reason.json");
        reject.getPathParameters().put("applicationId", applicationId);
        assertResponse(decide.handleRequest(reject, null), 409);

        assertThat(store.applications().get(new ApplicationId(applicationId)).status())
                .isEqualTo(ApplicationStatus.APPROVED);
        assertThat(workflow.started).hasSize(1);
        assertThat(workflow.decisions).hasSize(1);
    }
}
