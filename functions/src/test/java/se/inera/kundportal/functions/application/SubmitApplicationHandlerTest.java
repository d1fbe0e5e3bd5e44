package se.inera.kundportal.functions.application;

import software.amazon.awssdk.core.exception.SdkClientException;
import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.functions.http.Responses.assertResponse;
import static se.inera.kundportal.functions.http.Responses.errorFields;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;

import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.functions.http.ApiEvents;
import se.inera.kundportal.functions.http.Responses;
import se.inera.kundportal.functions.wiring.InMemoryWorld;

class SubmitApplicationHandlerTest {
    private final InMemoryWorld world = new InMemoryWorld();
    private final SubmitApplicationHandler handler = new SubmitApplicationHandler(world.applicationService);

    private APIGatewayV2HTTPResponse submit(String scenario) {
        return handler.handleRequest(ApiEvents.load("submit-application/" + scenario + ".json"), null);
    }

    @Test
    void storesAValidApplicationAndStartsItsOnboardingNamedAfterIt() {
        JsonNode body = assertResponse(submit("valid-application"), 201);

        ApplicationId id = new ApplicationId(body.path("applicationId").asText());
        assertThat(body.path("status").asText()).isEqualTo("SUBMITTED");
        CustomerApplication stored = world.applications.get(id);
        assertThat(stored.organisationsnummer()).isEqualTo(InMemoryWorld.ORGANISATION);
        assertThat(stored.contacts().signatory().personnummer()).isEqualTo(InMemoryWorld.SIGNATORY);
        assertThat(stored.contacts().administrator().mobile().value()).isEqualTo("+46701234567");
        assertThat(world.workflow.started).containsExactly(id);
    }

    @Test
    void listsEveryInvalidFieldAtOnceInSwedishAndStoresNothing() {
        APIGatewayV2HTTPResponse response = submit("invalid-fields");

        assertThat(errorFields(response)).containsExactlyInAnyOrder(
                "organisation.organisationsnummer", "organisation.address.postalCode", "invoicing.email",
                "contacts.administrator.mobile", "contacts.signatory.personnummer", "contacts.agreementContact.name");
        assertThat(Responses.body(response).path("errors").findValuesAsText("message"))
                .contains("Postnumret ska ha fem siffror, t.ex. 118 27.");
        assertNothingStored();
    }

    @Test
    void refusesABodyThatIsNotDeclaredAsJsonWith415AndStoresNothing() {
        JsonNode body = assertResponse(submit("text-plain-body"), 415);

        assertThat(body.path("message").asText()).isEqualTo(
                "Begäran ska skickas som JSON med Content-Type: application/json.");
        assertThat(world.workflow.started).isEmpty();
        assertNothingStored();
    }

    @Test
    void reportsFieldsOfTheWrongJsonTypeTogetherWithTheOtherInvalidFields() {
        APIGatewayV2HTTPResponse response = submit("wrong-json-types");

        assertThat(errorFields(response)).containsExactlyInAnyOrder(
                "organisation.name", "contacts.signatory", "invoicing.address.city");
        assertNothingStored();
    }

    @Test
    void refusesMalformedJsonOrAnEmptyBodyWith400NotA500() {
        assertThat(errorFields(submit("malformed-json"))).containsExactly("body");
        assertThat(errorFields(submit("empty-body"))).containsExactly("body");
        assertNothingStored();
    }

    @Test
    void tellsAnExistingCustomerThatNoApplicationIsNeededAndWhatToDoInstead() {
        world.organisations.register(new Organisation(InMemoryWorld.organisationDetails(InMemoryWorld.ORGANISATION),
                AgreementStanding.SIGNED, InMemoryWorld.NOW, 0));

        JsonNode body = assertResponse(submit("valid-application"), 409);

        assertThat(body.path("message").asText()).contains("redan kund").contains("administratör")
                .contains("kundservice");
        assertNothingStored();
    }

    @Test
    void tellsAnOrganisationWithAnApplicationInProgressToWaitForTheDecision() {
        world.submittedApplication(ApplicationId.newId());

        JsonNode body = assertResponse(submit("valid-application"), 409);

        assertThat(body.path("message").asText()).contains("redan en ansökan").contains("behöver inte ansöka igen");
        assertThat(world.workflow.started).isEmpty();
    }

    @Test
    void anUnreachableWorkflowServiceIsA503WorthARetry() {
        world.workflow.failWith(SdkClientException.create("Unable to execute HTTP request: states.eu-north-1.amazonaws.com"));

        APIGatewayV2HTTPResponse response = submit("valid-application");

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getBody()).contains("Försök igen").doesNotContain("amazonaws");
    }

    @Test
    void aWorkflowThatCannotBeStartedIsA500WithoutDetails() {
        world.workflow.failWith(new IllegalStateException("states.eu-north-1.amazonaws.com unreachable"));

        APIGatewayV2HTTPResponse response = submit("valid-application");

        assertThat(response.getStatusCode()).isEqualTo(500);
        assertThat(response.getBody()).doesNotContain("amazonaws");
    }

    @Test
    void theSameSubmissionAfterAFailedStartStartsTheSameApplicationsWorkflowInsteadOfA409() {
        world.workflow.failWith(SdkClientException.create("Unable to execute HTTP request: Connection reset"));
        assertThat(submit("valid-application").getStatusCode()).isEqualTo(503);
        world.workflow.failWith(null);

        JsonNode body = assertResponse(submit("valid-application"), 201);

        ApplicationId id = new ApplicationId(body.path("applicationId").asText());
        assertThat(world.applications.findByOrganisation(InMemoryWorld.ORGANISATION))
                .extracting(CustomerApplication::id).containsExactly(id);
        assertThat(world.workflow.started).containsExactly(id);
    }

    private void assertNothingStored() {
        assertThat(world.applications.findByStatus(ApplicationStatus.SUBMITTED, PageRequest.firstPage()).items())
                .isEmpty();
        assertThat(world.workflow.started).isEmpty();
    }
}
