package se.inera.kundportal.functions.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.functions.http.Responses.assertResponse;
import static se.inera.kundportal.functions.http.Responses.errorFields;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;

import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.functions.http.ApiEvents;
import se.inera.kundportal.functions.wiring.InMemoryWorld;

/** The read-only operator routes: the work list and one application. */
class OperatorHandlersTest {
    private final InMemoryWorld world = new InMemoryWorld();
    private final ListApplicationsHandler list = new ListApplicationsHandler(world.applications);
    private final GetApplicationHandler get = new GetApplicationHandler(world.applications);

    @Test
    void listsSubmittedApplicationsNewestFirstOnePageAtATime() {
        for (int i = 0; i < 3; i++) {
            world.applications.create(CustomerApplication.submitted(ApplicationId.newId(),
                    InMemoryWorld.organisationDetails(organisation(i)), InMemoryWorld.contacts(),
                    InMemoryWorld.NOW.plus(Duration.ofMinutes(i))));
        }
        APIGatewayV2HTTPEvent event = ApiEvents.load("list-applications/submitted-applications.json");

        JsonNode first = assertResponse(list.handleRequest(event, null), 200);
        assertThat(first.path("items")).hasSize(2);
        assertThat(first.path("items").findValuesAsText("organisationsnummer"))
                .containsExactly(organisation(2).value(), organisation(1).value());

        event.getQueryStringParameters().put("cursor", first.path("nextCursor").asText());
        JsonNode second = assertResponse(list.handleRequest(event, null), 200);
        assertThat(second.path("items").findValuesAsText("organisationsnummer"))
                .containsExactly(organisation(0).value());
        assertThat(second.has("nextCursor")).isFalse();
    }

    @Test
    void refusesAnUnknownStatusNamingTheParameter() {
        assertThat(errorFields(list.handleRequest(ApiEvents.load("list-applications/unknown-status.json"), null)))
                .containsExactly("status");
    }

    @Test
    void showsOneApplicationWholeWithTheSignatorysPersonnummerMasked() {
        APIGatewayV2HTTPEvent event = ApiEvents.load("get-application/existing-application.json");
        world.submittedApplication(new ApplicationId(event.getPathParameters().get("applicationId")));

        JsonNode body = assertResponse(get.handleRequest(event, null), 200);

        assertThat(body.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(body.path("organisation").path("organisationsnummer").asText()).isEqualTo("559900-1236");
        assertThat(body.path("organisation").path("invoicing").path("reference").asText())
                .isEqualTo("Kostnadsställe 4711");
        assertThat(body.path("contacts").path("signatory").path("personnummer").asText()).isEqualTo("19850101-****");
        assertThat(body.has("decision")).isFalse();
    }

    @Test
    void anUnknownApplicationIsNotFound() {
        assertResponse(get.handleRequest(ApiEvents.load("get-application/unknown-application.json"), null), 404);
    }

    @Test
    void onlyOperatorsSeeApplications() {
        APIGatewayV2HTTPEvent event = ApiEvents.load("get-application/not-an-operator.json");
        world.submittedApplication(new ApplicationId(event.getPathParameters().get("applicationId")));

        assertResponse(get.handleRequest(event, null), 403);
        assertResponse(list.handleRequest(ApiEvents.load("list-applications/not-an-operator.json"), null), 403);
    }

    /** Distinct valid organisationsnummer 559900-10x?, Luhn digit computed. */
    private static Organisationsnummer organisation(int i) {
        for (int check = 0; check < 10; check++) {
            String candidate = "559900-10" + i + check;
            if (Organisationsnummer.isValid(candidate)) {
                return Organisationsnummer.parse(candidate);
            }
        }
        throw new AssertionError("no check digit");
    }
}
