package se.inera.kundportal.functions.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.functions.http.Responses.assertResponse;
import static se.inera.kundportal.functions.http.Responses.errorFields;

import java.time.Duration;
import java.util.HashMap;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.order.PlaceOrderService;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.person.EmailAddress;
import se.inera.kundportal.core.person.MobileNumber;
import se.inera.kundportal.core.testing.InMemoryPorts;
import se.inera.kundportal.core.testing.NoPersonAccess;
import se.inera.kundportal.core.testing.RecordingOrderWorkflow;
import se.inera.kundportal.core.user.ManageUsersService;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.RoleAssignment;
import se.inera.kundportal.core.user.User;
import se.inera.kundportal.core.user.UserId;
import se.inera.kundportal.functions.http.ApiEvents;
import se.inera.kundportal.functions.wiring.InMemoryWorld;

/**
 * The ordering routes with the requests in {@code events/}, over core's PlaceOrderService in memory: the catalogue,
 * a quote that changes nothing, an order sent once per Idempotency-Key (201), the list and one order, and bad input
 * as 400s on the fields.
 */
class OrderingHandlersTest {
    private static final Organisationsnummer REGION = new Organisationsnummer("559900-4560");

    private final InMemoryPorts.Organisations organisations = new InMemoryPorts.Organisations();
    private final InMemoryPorts.Users users = new InMemoryPorts.Users(organisations);
    private final InMemoryPorts.Catalogue catalogue = new InMemoryPorts.Catalogue();
    private final InMemoryPorts.Orders orders = new InMemoryPorts.Orders(organisations);
    private final InMemoryPorts.Audit audit = new InMemoryPorts.Audit();
    private final RecordingOrderWorkflow workflow = new RecordingOrderWorkflow();
    private final PlaceOrderService ordering = new PlaceOrderService(organisations, users,
            new ManageUsersService(organisations, new InMemoryPorts.Agreements(), new InMemoryPorts.Applications(),
                    users, new NoPersonAccess(), audit, Fixtures.CLOCK), catalogue, orders, audit,
            workflow, Fixtures.CLOCK, Duration.ofDays(14));

    @BeforeEach
    void aSignedCustomerWithTheEventsOrdererAndAnAttestant() {
        organisations.register(new Organisation(InMemoryWorld.organisationDetails(REGION), AgreementStanding.SIGNED,
                Fixtures.NOW, 0));
        catalogue.save(Fixtures.intygstjanster(Fixtures.webcert(true, true)));
        Actor admin = new Actor(Actor.Kind.CUSTOMER_USER, "admin", "Admin");
        for (var person : new String[][] {{"olle", "olle.bestallare@region.example.se"}, {"anna", "anna@region.example.se"}}) {
            users.create(new User(new UserId(person[0]), person[0], new EmailAddress(person[1]),
                    Optional.of(new MobileNumber("+46701234567")), Optional.of(InMemoryWorld.SIGNATORY), 0));
        }
        users.assign(new RoleAssignment(REGION, new UserId("olle"), Role.ORDERER, admin, Fixtures.NOW));
        users.assign(new RoleAssignment(REGION, new UserId("anna"), Role.ATTESTANT, admin, Fixtures.NOW));
    }

    private static APIGatewayV2HTTPEvent event(String name) {
        return ApiEvents.load(name + ".json");
    }

    @Test
    void theCatalogueListsServicesAndOfferingsWithTheirFeesInOre() {
        JsonNode catalogueView = assertResponse(new CatalogueHandler(ordering).handleRequest(event("catalogue/signed-in"),
                null), 200);

        JsonNode service = catalogueView.path("services").get(0);
        assertThat(service.path("serviceId").asText()).isEqualTo("intygstjanster");
        assertThat(service.path("name").asText()).isEqualTo("Intygstjänster");
        JsonNode offering = service.path("offerings").get(0);
        assertThat(offering.path("offeringId").asText()).isEqualTo("webcert-fristaende");
        assertThat(offering.path("requiresCareUnits").asBoolean()).isTrue();
        assertThat(offering.path("firstOrderListsAllCareUnits").asBoolean()).isTrue();
        assertThat(offering.path("startupFeeOre").asLong()).isEqualTo(1_500_000);
        assertThat(offering.path("recurringFeeOre").asLong()).isEqualTo(50_000);
        assertThat(offering.path("period").asText()).isEqualTo("MONTHLY");
        assertThat(offering.path("feeBasis").asText()).isEqualTo("PER_CARE_UNIT");
        assertThat(offering.path("examplePrices").asBoolean()).isTrue();
        assertThat(offering.path("termsVersion").asText()).isEqualTo(Fixtures.TERMS);
        assertThat(offering.path("orderable").asBoolean()).isTrue();
        // API Gateway's authoriser refuses a request without a token; one that reaches the handler without a caller is 403
        assertThat(new CatalogueHandler(ordering).handleRequest(event("catalogue/no-login"), null).getStatusCode())
                .isEqualTo(403);
    }

    @Test
    void aQuoteShowsThePriceAndChangesNothingAndAQuoteWithoutOfferingIsA400() {
        JsonNode quote = assertResponse(new QuoteOrderHandler(ordering).handleRequest(event("quote-order/first-order"),
                null), 200);

        assertThat(quote.path("lines")).isNotEmpty();
        assertThat(quote.path("oneOffTotalOre").asLong()).isEqualTo(1_500_000);
        assertThat(quote.path("recurringTotalOre").asLong()).isEqualTo(50_000);
        assertThat(quote.path("addOn").asBoolean()).isFalse();
        assertThat(quote.has("addOnWarning")).isFalse();
        assertThat(quote.path("lines")).anySatisfy(line -> assertThat(line.path("period").asText()).isEqualTo("MONTHLY"));
        assertThat(orders.findByOrganisation(REGION, se.inera.kundportal.core.common.PageRequest.first(10)).items())
                .isEmpty();
        assertThat(errorFields(new QuoteOrderHandler(ordering).handleRequest(event("quote-order/no-offering"), null)))
                .contains("offeringId");
    }

    @Test
    void anOrderIsSentOncePerIdempotencyKeyAndListedAndShown() {
        PlaceOrderHandler place = new PlaceOrderHandler(ordering);
        JsonNode placed = assertResponse(place.handleRequest(event("place-order/first-order"), null), 201);
        JsonNode again = assertResponse(place.handleRequest(event("place-order/first-order"), null), 201);

        JsonNode order = placed.path("order");
        assertThat(again.path("order").path("orderId").asText()).isEqualTo(order.path("orderId").asText());
        assertThat(order.path("status").asText()).isEqualTo("AWAITING_ATTESTATION");
        assertThat(order.path("serviceId").asText()).isEqualTo("intygstjanster");
        assertThat(order.path("offeringId").asText()).isEqualTo("webcert-fristaende");
        assertThat(order.path("careUnits").get(0).path("hsaId").asText()).isEqualTo("SE2321000016-1234");
        assertThat(order.path("careUnits").get(0).path("name").asText()).isEqualTo("Vårdcentral Norr");
        assertThat(order.path("acceptedTermsVersion").asText()).isEqualTo(Fixtures.TERMS);
        assertThat(order.path("startupTotalOre").asLong()).isEqualTo(1_500_000);
        assertThat(order.path("recurringTotalOre").asLong()).isEqualTo(50_000);
        assertThat(order.path("placedAt").asText()).isEqualTo(Fixtures.NOW.toString());
        assertThat(order.path("expiresAt").asText()).isEqualTo(Fixtures.NOW.plus(Duration.ofDays(14)).toString());
        assertThat(order.path("attestations")).isEmpty();
        // the HSA-id's directory owner (232100-0016) is not the customer: sent, with a warning on that field
        assertThat(placed.path("warnings")).singleElement()
                .satisfies(warning -> assertThat(warning.path("field").asText()).isEqualTo("careUnits[0].hsaId"));
        // a retry starts the same order's workflow again (its execution name is the order's, so AWS starts it once)
        assertThat(workflow.started).extracting(id -> id.value()).containsOnly(order.path("orderId").asText());

        JsonNode listed = assertResponse(new ListOrdersHandler(ordering).handleRequest(event("list-orders/orderer"), null),
                200);
        assertThat(listed.path("items")).singleElement()
                .satisfies(item -> assertThat(item.path("orderId")).isEqualTo(order.path("orderId")));
        assertThat(listed.has("nextCursor")).isFalse();

        APIGatewayV2HTTPEvent get = event("get-order/orderer");
        var parameters = new HashMap<>(get.getPathParameters());
        parameters.put("orderId", order.path("orderId").asText());
        get.setPathParameters(parameters);
        assertThat(assertResponse(new GetOrderHandler(ordering).handleRequest(get, null), 200).path("orderId"))
                .isEqualTo(order.path("orderId"));
    }

    @Test
    void badInputIsA400OnItsFieldAndSendsNothing() {
        assertThat(errorFields(new PlaceOrderHandler(ordering).handleRequest(event("place-order/invalid-care-unit"), null)))
                .isNotEmpty().allSatisfy(field -> assertThat(field).startsWith("careUnits[0]"));
        assertThat(errorFields(new ListOrdersHandler(ordering).handleRequest(
                event("list-orders/invalid-organisationsnummer"), null))).containsExactly("organisationsnummer");
        assertThat(errorFields(new GetOrderHandler(ordering).handleRequest(
                event("get-order/invalid-organisationsnummer"), null))).containsExactly("organisationsnummer");
        assertThat(workflow.started).isEmpty();
    }
}
