package se.inera.kundportal.functions.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.error.FieldError;

class JsonRequestTest {

    private static APIGatewayV2HTTPEvent withBody(String body) {
        return APIGatewayV2HTTPEvent.builder().withBody(body).build();
    }

    private static void assertRefusedWithBodyError(String body) {
        assertThatThrownBy(() -> JsonRequest.of(withBody(body)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).extracting("field").containsExactly("body"));
    }

    @Test
    void refusesAMissingMalformedOrNonObjectBodyAsABodyError() {
        assertRefusedWithBodyError(null);
        assertRefusedWithBodyError("  ");
        assertRefusedWithBodyError("{\"a\": ");
        assertRefusedWithBodyError("[1, 2]");
        assertRefusedWithBodyError("\"text\"");
    }

    @Test
    void readsNestedFieldsByPathAndTreatsAbsentAndNullAlike() {
        JsonRequest json = JsonRequest.of(withBody("{\"a\": {\"b\": \"text\", \"n\": null}, \"flag\": true}"));

        assertThat(json.text("a.b")).isEqualTo("text");
        assertThat(json.text("a.n")).isNull();
        assertThat(json.text("a.missing")).isNull();
        assertThat(json.text("missing.deeper")).isNull();
        assertThat(json.bool("flag")).isTrue();
        assertThat(json.errors()).isEmpty();
    }

    @Test
    void acceptsAWholeNumberWhereTextIsExpected() {
        JsonRequest json = JsonRequest.of(withBody("{\"postalCode\": 11827}"));

        assertThat(json.text("postalCode")).isEqualTo("11827");
    }

    @Test
    void recordsEveryFieldOfTheWrongTypeOnce() {
        JsonRequest json = JsonRequest.of(withBody(
                "{\"name\": [\"x\"], \"flag\": \"true\", \"contact\": \"Anna\", \"amount\": 1.5}"));

        json.text("name");
        json.bool("flag");
        json.text("contact.name");
        json.text("contact.email");
        json.text("amount");

        assertThat(json.errors()).extracting("field").containsExactly("name", "flag", "contact", "amount");
        assertThatThrownBy(json::throwIfInvalid).isInstanceOf(ValidationException.class);
    }

    @Test
    void mergesTypeErrorsWithTheDomainsLeavingOutWhatTheTypeErrorAlreadyExplains() {
        JsonRequest json = JsonRequest.of(withBody("{\"organisation\": \"Vårdbolaget\", \"reason\": 5.5}"));
        json.text("organisation.name");
        json.text("reason");

        assertThatThrownBy(() -> json.throwIfInvalid(List.of(
                new FieldError("organisation.name", "Uppgiften måste fyllas i."),
                new FieldError("invoicing.reference", "Uppgiften måste fyllas i."))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .extracting("field").containsExactly("organisation", "reason", "invoicing.reference"));
    }

    @Test
    void withoutAnyErrorNothingIsThrown() {
        JsonRequest json = JsonRequest.of(withBody("{\"reason\": \"Skäl\"}"));
        json.text("reason");

        json.throwIfInvalid(List.of());
        json.throwIfInvalid();
    }

    @Test
    void decodesABase64EncodedBody() {
        APIGatewayV2HTTPEvent event = withBody(Base64.getEncoder().encodeToString(
                "{\"namn\": \"Åsa\"}".getBytes(StandardCharsets.UTF_8)));
        event.setIsBase64Encoded(true);

        assertThat(JsonRequest.of(event).text("namn")).isEqualTo("Åsa");
    }
}
