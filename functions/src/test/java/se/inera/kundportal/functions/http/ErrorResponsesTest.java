package se.inera.kundportal.functions.http;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.functions.http.Responses.assertResponse;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;

import se.inera.kundportal.core.error.AlreadyExistsException;
import se.inera.kundportal.core.error.GoneException;
import se.inera.kundportal.core.error.NotAllowedException;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.error.StaleVersionException;
import se.inera.kundportal.core.error.UnexpectedStatusException;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.error.FieldError;

class ErrorResponsesTest {

    @Test
    void validationIs400WithEveryFieldError() {
        APIGatewayV2HTTPResponse response = ErrorResponses.of(new ValidationException(List.of(
                new FieldError("organisation.name", "Uppgiften måste fyllas i."),
                new FieldError("contacts.signatory.personnummer", "Personnumret är fel."))), "req-1");

        JsonNode body = assertResponse(response, 400);
        assertThat(body.path("message").asText()).isNotBlank();
        assertThat(body.path("errors").findValuesAsText("field"))
                .containsExactly("organisation.name", "contacts.signatory.personnummer");
        assertThat(body.path("errors").get(0).path("message").asText()).isEqualTo("Uppgiften måste fyllas i.");
    }

    @Test
    void mapsEachDomainCategoryToItsStatusWithTheSwedishMessage() {
        assertThat(status(NotFoundException.of("X", "1", "Finns inte."))).isEqualTo(404);
        assertThat(status(new NotAllowedException("Får inte."))).isEqualTo(403);
        assertThat(status(new AlreadyExistsException("X", "1", "Finns redan."))).isEqualTo(409);
        assertThat(status(new StaleVersionException("X", "1", 3))).isEqualTo(409);
        assertThat(status(new UnexpectedStatusException("X", "1", ApplicationStatus.SUBMITTED,
                ApplicationStatus.APPROVED, "Redan beslutad."))).isEqualTo(409);
        assertThat(status(new GoneException("Har gått ut."))).isEqualTo(410);

        JsonNode body = assertResponse(ErrorResponses.of(new GoneException("Har gått ut."), "r"), 410);
        assertThat(body.path("message").asText()).isEqualTo("Har gått ut.");
        assertThat(body.has("errors")).isFalse();
    }

    @Test
    void anUnexpectedFailureIs500WithoutItsTextButWithTheRequestId() {
        APIGatewayV2HTTPResponse response = ErrorResponses.of(
                new IllegalStateException("table kundportal-Table-XYZ: secret detail"), "req-42");

        JsonNode body = assertResponse(response, 500);
        assertThat(response.getBody()).doesNotContain("secret detail").doesNotContain("IllegalStateException")
                .doesNotContain("at se.inera");
        assertThat(body.path("message").asText()).contains("req-42");
    }

    @Test
    void aDependencyThatIsDownIs503WithItsSwedishMessageOnly() {
        APIGatewayV2HTTPResponse response = ErrorResponses.of(new ServiceUnavailableException("BankID kan inte nås.",
                new RuntimeException("connect timed out to 10.0.0.1")), "r");

        assertThat(assertResponse(response, 503).path("message").asText()).isEqualTo("BankID kan inte nås.");
        assertThat(response.getBody()).doesNotContain("10.0.0.1");
    }

    private static int status(RuntimeException failure) {
        return ErrorResponses.of(failure, "r").getStatusCode();
    }
}
