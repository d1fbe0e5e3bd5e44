package se.inera.kundportal.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.local.runtime.Portal.email;
import static se.inera.kundportal.local.runtime.Portal.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.local.runtime.Portal.Answer;

/**
 * Ordering (step 5 of the routine) through the local gateway with cognito-local tokens: the catalogue, the price with
 * the add-on warning, the routine's refusals, field-level errors, one order per Idempotency-Key, and the orderer's
 * list and status.
 */
class OrderingIT extends WithLocalPortal {
    static final String TERMS = "2024-01";
    /** Skatteverket's test personnummer: an attestant attests with it. */
    static final String ATTESTANTS_PERSONNUMMER = "19121212-1212";
    private String organisation;
    private String administrator;
    private String orderer;

    @BeforeEach
    void customerWithAnOrderer() {
        organisation = Portal.organisationsnummer();
        administrator = portal.registerCustomer(organisation, "Region " + organisation, email("admin"));
        String ordererEmail = email("bestallare");
        add(ordererEmail, "ORDERER");
        orderer = portal.signInFirstTime(ordererEmail);
    }

    @Test
    void theCatalogueSaysWhichOfferingsNeedCareUnitsAtTheFirstOrderAndWhichServicesNeedOthers() {
        Answer catalogue = portal.call("GET", "/catalogue", orderer, null);

        assertThat(catalogue.status()).as(catalogue.raw()).isEqualTo(200);
        JsonNode webcert = offering(catalogue.body(), "intygstjanster", "webcert-fristaende");
        assertThat(webcert.path("requiresCareUnits").asBoolean()).isTrue();
        assertThat(webcert.path("firstOrderListsAllCareUnits").asBoolean()).isTrue();
        assertThat(webcert.path("startupFeeOre").asLong()).isPositive();
        assertThat(webcert.path("termsVersion").asText()).isEqualTo(TERMS);
        assertThat(catalogue.at("/services").findValues("requiredServices")).anyMatch(JsonNode::isEmpty);
    }

    @Test
    void orderingWithoutAnAttestantIsRefusedWithTheRoutinesReason() {
        Answer refused = portal.call("POST", orders(), orderer, webcertOrder(true, false));

        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
        assertThat(refused.raw()).contains("Organisationen har ingen Attestant");
        assertThat(portal.call("GET", orders(), orderer, null).at("/items")).isEmpty();
    }

    @Test
    void aDoubleSubmitWithOneIdempotencyKeyIsOneOrderWhichTheOrdererFollows() {
        add(email("attestant"), "ATTESTANT");
        Answer quote = portal.call("POST", orders() + "/quote", orderer, webcertOrder(true, false));
        assertThat(quote.status()).as(quote.raw()).isEqualTo(200);
        assertThat(quote.at("/addOn").asBoolean()).isFalse();
        assertThat(quote.body().hasNonNull("addOnWarning")).isFalse();
        assertThat(quote.at("/lines/0/kind").asText()).isEqualTo("STARTUP_FEE");
        assertThat(quote.at("/oneOffTotalOre").asLong()).isPositive();

        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Answer first = portal.call("POST", orders(), Optional.of(orderer), webcertOrder(true, false), key);
        Answer again = portal.call("POST", orders(), Optional.of(orderer), webcertOrder(true, false), key);

        assertThat(first.status()).as(first.raw()).isEqualTo(201);
        assertThat(again.status()).as(again.raw()).isEqualTo(201);
        String orderId = first.at("/order/orderId").asText();
        assertThat(again.at("/order/orderId").asText()).isEqualTo(orderId);
        Answer listed = portal.call("GET", orders(), orderer, null);
        assertThat(listed.at("/items").findValuesAsText("orderId")).containsExactly(orderId);
        Answer followed = portal.call("GET", orders() + "/" + orderId, orderer, null);
        assertThat(followed.status()).as(followed.raw()).isEqualTo(200);
        assertThat(followed.at("/status").asText()).isEqualTo("AWAITING_ATTESTATION");
        assertThat(followed.at("/acceptedTermsVersion").asText()).isEqualTo(TERMS);
        assertThat(followed.at("/careUnits/0/hsaId").asText()).isEqualTo("SE2321000016-1234");
    }

    @Test
    void anAddOnOrderIsWarnedInTheRoutinesWordsAndMustBeAcknowledged() {
        add(email("attestant"), "ATTESTANT");
        assertThat(portal.call("POST", orders(), orderer, webcertOrder(true, false)).status()).isEqualTo(201);

        Answer quote = portal.call("POST", orders() + "/quote", orderer, webcertOrder(false, false));
        assertThat(quote.at("/addOn").asBoolean()).isTrue();
        assertThat(quote.at("/addOnWarning").asText()).contains("billigare att göra en beställning än flera")
                .contains("ytterligare en uppstartskostnad");

        Answer unacknowledged = portal.call("POST", orders(), orderer, webcertOrder(false, false));
        assertThat(unacknowledged.status()).as(unacknowledged.raw()).isEqualTo(400);
        assertThat(fields(unacknowledged)).containsExactly("acknowledgesAdditionalStartupFee");
        assertThat(portal.call("POST", orders(), orderer, webcertOrder(false, true)).status()).isEqualTo(201);
        assertThat(portal.call("GET", orders(), orderer, null).at("/items")).hasSize(2);
    }

    @Test
    void badInputIsA400WithSwedishMessagesOnEachField() {
        add(email("attestant"), "ATTESTANT");
        Map<String, Object> form = Map.of("serviceId", "intygstjanster", "offeringId", "webcert-fristaende",
                "careUnits", List.of(Map.of("hsaId", "inte ett hsa-id", "name", "Vårdcentral Syd"),
                        Map.of("hsaId", "SE2321000016-1234", "name", "Vårdcentral Norr"),
                        Map.of("hsaId", "SE2321000016-1234", "name", "Vårdcentral Norr igen")),
                "acceptedTermsVersion", "1999-01", "allCareUnitsListed", false);

        Answer invalid = portal.call("POST", orders(), orderer, form);

        assertThat(invalid.status()).as(invalid.raw()).isEqualTo(400);
        assertThat(fields(invalid)).containsExactlyInAnyOrder("careUnits[0].hsaId", "careUnits[2].hsaId",
                "acceptedTermsVersion", "allCareUnitsListed");
        assertThat(invalid.at("/errors").findValuesAsText("message")).allMatch(m -> m.matches(".*[a-zåäö].*"));

        Answer wrongTypes = portal.call("POST", orders(), orderer, Map.of("serviceId", List.of(1),
                "careUnits", "Vårdcentral Norr", "allCareUnitsListed", "ja"));
        assertThat(wrongTypes.status()).as(wrongTypes.raw()).isEqualTo(400);
        assertThat(fields(wrongTypes)).contains("serviceId", "careUnits", "allCareUnitsListed");

        Answer unit = portal.call("POST", orders(), orderer, Map.of("serviceId", "intygstjanster",
                "offeringId", "webcert-fristaende", "careUnits", List.of("SE2321000016-1234")));
        assertThat(unit.status()).as(unit.raw()).isEqualTo(400);
        assertThat(fields(unit)).contains("careUnits[0]");

        Answer quote = portal.call("POST", orders() + "/quote", orderer, Map.of("serviceId", "intygstjanster"));
        assertThat(quote.status()).as(quote.raw()).isEqualTo(400);
        assertThat(fields(quote)).containsExactly("offeringId");

        for (Answer answer : List.of(portal.call("POST", orders(), orderer, "{inte json"),
                portal.call("GET", "/organisations/55990O-4561/orders", orderer, null),
                portal.call("GET", orders() + "/inte%20ett%20id", orderer, null),
                portal.call("POST", orders(), Optional.of(orderer), webcertOrder(true, false),
                        Map.of("Idempotency-Key", "x".repeat(201))))) {
            assertThat(answer.status()).as(answer.raw()).isBetween(400, 404);
        }
        assertThat(portal.call("GET", orders(), orderer, null).at("/items")).isEmpty();
    }

    private String orders() {
        return "/organisations/" + organisation + "/orders";
    }

    private void add(String email, String role) {
        Answer added = portal.call("POST", "/organisations/" + organisation + "/users", administrator,
                person("Person " + role, email, role.equals("ATTESTANT") ? ATTESTANTS_PERSONNUMMER : null, role));
        assertThat(added.status()).as(added.raw()).isEqualTo(201);
    }

    /** Webcert fristående for one care unit: an offering that needs care units, all of them at the first order. */
    static Map<String, Object> webcertOrder(boolean allCareUnitsListed, boolean acknowledgesAddOn) {
        return Map.of("serviceId", "intygstjanster", "offeringId", "webcert-fristaende",
                "careUnits", List.of(Map.of("hsaId", "SE2321000016-1234", "name", "Vårdcentral Norr")),
                "acceptedTermsVersion", TERMS, "allCareUnitsListed", allCareUnitsListed,
                "acknowledgesAdditionalStartupFee", acknowledgesAddOn);
    }

    private static JsonNode offering(JsonNode catalogue, String service, String offering) {
        for (JsonNode s : catalogue.path("services")) {
            for (JsonNode o : s.path("offerings")) {
                if (s.path("serviceId").asText().equals(service) && o.path("offeringId").asText().equals(offering)) {
                    return o;
                }
            }
        }
        throw new AssertionError(service + "/" + offering + " not in " + catalogue);
    }

    private static List<String> fields(Answer answer) {
        List<String> fields = new ArrayList<>();
        answer.at("/errors").forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }
}
