package se.inera.kundportal.functions.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.functions.http.Responses.assertResponse;
import static se.inera.kundportal.functions.http.Responses.errorFields;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;

import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.functions.http.ApiEvents;
import se.inera.kundportal.functions.wiring.InMemoryWorld;

class DecideApplicationHandlerTest {
    private final InMemoryWorld world = new InMemoryWorld();
    private final DecideApplicationHandler handler = new DecideApplicationHandler(world.applicationService);

    private APIGatewayV2HTTPResponse decide(String scenario) {
        APIGatewayV2HTTPEvent event = ApiEvents.load("decide-application/" + scenario + ".json");
        ApplicationId id = applicationIdOf(event);
        if (world.applications.findById(id).isEmpty()) {
            world.submittedApplication(id);
        }
        return handler.handleRequest(event, null);
    }

    private static ApplicationId applicationIdOf(APIGatewayV2HTTPEvent event) {
        return new ApplicationId(event.getPathParameters().get("applicationId"));
    }

    private ApplicationStatus status() {
        return world.applications.get(applicationIdOf(ApiEvents.load("decide-application/approve.json"))).status();
    }

    @Test
    void approvesThenResumesTheWorkflowWithTheDecision() {
        JsonNode body = assertResponse(decide("approve"), 200);

        assertThat(body.path("status").asText()).isEqualTo("APPROVED");
        assertThat(body.path("decision").path("approved").asBoolean()).isTrue();
        assertThat(body.path("decision").path("decidedBy").asText()).isEqualTo("Olle Operatör");
        assertThat(body.path("workflow").asText()).isEqualTo("RESUMED");
        assertThat(status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(world.workflow.decisions).singleElement().satisfies(d -> assertThat(d.approved()).isTrue());
    }

    @Test
    void rejectsWithTheReasonTheApplicantIsTold() {
        JsonNode body = assertResponse(decide("reject-with-reason"), 200);

        assertThat(body.path("status").asText()).isEqualTo("REJECTED");
        assertThat(body.path("decision").path("reason").asText()).startsWith("Organisationen bedriver inte");
        assertThat(world.workflow.decisions).singleElement()
                .satisfies(d -> assertThat(d.rejectionReason()).isPresent());
    }

    @Test
    void aSecondDecisionIsAConflictAndChangesNothing() {
        assertResponse(decide("approve"), 200);

        JsonNode second = assertResponse(decide("reject-with-reason"), 409);

        assertThat(second.path("message").asText()).isNotBlank();
        assertThat(status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(world.workflow.decisions).hasSize(1);
    }

    @Test
    void aFormEncodedDecisionIsRefusedWith415AndDecidesNothing() {
        assertResponse(decide("form-encoded-body"), 415);

        assertThat(status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(world.workflow.decisions).isEmpty();
    }

    @Test
    void aRejectionWithoutAReasonIsRefused() {
        assertThat(errorFields(decide("reject-without-reason"))).containsExactly("reason");
        assertThat(status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void approvedMustBeABoolean() {
        assertThat(errorFields(decide("approved-not-a-boolean"))).containsExactly("approved");
        assertThat(world.workflow.decisions).isEmpty();
    }

    @Test
    void onlyOperatorsDecide() {
        assertResponse(decide("not-an-operator"), 403);
        assertThat(status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void aDecisionStaysStoredWhenTheWorkflowCannotBeReached() {
        world.workflow.failWith(new IllegalStateException("Step Functions unreachable"));

        JsonNode body = assertResponse(decide("approve"), 200);

        assertThat(body.path("workflow").asText()).isEqualTo("NOT_RESUMED");
        assertThat(status()).isEqualTo(ApplicationStatus.APPROVED);
    }
}
