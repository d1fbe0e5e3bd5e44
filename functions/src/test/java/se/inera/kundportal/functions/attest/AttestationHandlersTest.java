package se.inera.kundportal.functions.attest;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.functions.http.Responses.assertResponse;
import static se.inera.kundportal.functions.http.Responses.errorFields;

import java.security.SecureRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.attestation.AttestOrderService;
import se.inera.kundportal.core.attestation.AttestationLink;
import se.inera.kundportal.core.order.AttestingParty;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.message.OrderMessages;
import se.inera.kundportal.core.order.Order;
import se.inera.kundportal.core.order.OrderStatus;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.testing.InMemoryPorts;
import se.inera.kundportal.core.testing.ManualClock;
import se.inera.kundportal.core.testing.RecordingOrderWorkflow;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.RoleAssignment;
import se.inera.kundportal.core.user.User;
import se.inera.kundportal.functions.http.ApiEvents;
import se.inera.kundportal.functions.order.OrderFacts;

/**
 * The attestation routes (no login) with the requests in {@code events/}, over core's real AttestOrderService in
 * memory: the link in the path (malformed → 404), the portal session a browser carries (no SMS code then), the
 * decision's and the code's field errors together (400), and the documented bodies.
 */
class AttestationHandlersTest {
    /** The link of every attestation event. */
    private static final LinkId LINK = new LinkId("Aa1Bb2Cc3Dd4Ee5Ff6Gg7Hh8Ii9Jj0Kk1Ll2Mm3Nn4O");

    private final ManualClock clock = new ManualClock(Fixtures.NOW);
    private final InMemoryPorts.Organisations organisations = new InMemoryPorts.Organisations();
    private final InMemoryPorts.Users users = new InMemoryPorts.Users(organisations);
    private final InMemoryPorts.Orders orders = new InMemoryPorts.Orders(organisations);
    private final InMemoryPorts.Attestations attestations = new InMemoryPorts.Attestations();
    private final InMemoryPorts.Catalogue catalogue = new InMemoryPorts.Catalogue();
    private final InMemoryPorts.RecordingCodeSender sms = new InMemoryPorts.RecordingCodeSender();
    private final RecordingOrderWorkflow workflow = new RecordingOrderWorkflow();
    private final AttestOrderService service = new AttestOrderService(attestations, orders, users, sms,
            new InMemoryPorts.Audit(), workflow, new SecureRandom(), clock);
    private final ViewAttestationHandler view = new ViewAttestationHandler(service,
            new OrderFacts.Reader(orders, organisations, users, catalogue));
    private final RequestSmsCodeHandler requestCode = new RequestSmsCodeHandler(service);
    private final DecideAttestationHandler decide = new DecideAttestationHandler(service);
    private Order order;

    @BeforeEach
    void anOrderAwaitingTheAttestantOfTheEventsLink() {
        Actor admin = new Actor(Actor.Kind.CUSTOMER_USER, "admin", "Admin");
        organisations.register(new Organisation(Fixtures.regionStockholmDetails(), AgreementStanding.SIGNED,
                Fixtures.NOW, 0));
        catalogue.save(Fixtures.intygstjanster(Fixtures.webcert(true, true)));
        User orderer = users.create(Fixtures.user("olle", "Olle Beställare").withVersion(0));
        User attestant = users.create(Fixtures.user("anna", "Anna Attestant").withVersion(0));
        users.assign(new RoleAssignment(Fixtures.REGION_STOCKHOLM, orderer.id(), Role.ORDERER, admin, Fixtures.NOW));
        users.assign(new RoleAssignment(Fixtures.REGION_STOCKHOLM, attestant.id(), Role.ATTESTANT, admin, Fixtures.NOW));
        order = orders.create(Fixtures.placedOrder(orderer.id()));
        attestations.createLink(AttestationLink.issued(LINK, order.id(), Fixtures.REGION_STOCKHOLM, attestant.id(),
                AttestingParty.CUSTOMER, Fixtures.NOW, order.expiresAt()));
    }

    private static APIGatewayV2HTTPEvent event(String name) {
        return ApiEvents.load(name + ".json");
    }

    private APIGatewayV2HTTPEvent withSentCode(String name) {
        APIGatewayV2HTTPEvent event = event(name);
        event.setBody(event.getBody().replace("123456", sms.last().code()));
        return event;
    }

    @Test
    void theLinkShowsTheOrderReadOnlyWithTheWaysToAttestAndAMalformedLinkIsUnknown() {
        JsonNode page = assertResponse(view.handleRequest(event("view-attestation/open-link"), null), 200);

        assertThat(page.path("orderId").asText()).isEqualTo(order.id().value());
        assertThat(page.path("status").asText()).isEqualTo("AWAITING_ATTESTATION");
        assertThat(page.path("organisationName").asText()).isEqualTo("Region Stockholm");
        assertThat(page.path("summary").asText()).isEqualTo("Webcert Fristående (Intygstjänster)");
        assertThat(page.path("orderedBy").asText()).isEqualTo("Olle Beställare");
        assertThat(page.path("attestantName").asText()).isEqualTo("Anna Attestant");
        assertThat(page.path("careUnits")).extracting(JsonNode::asText).containsExactly("Vårdcentral 1234 (SE2321000016-1234)");
        assertThat(page.path("priceLines")).isNotEmpty().allSatisfy(line ->
                assertThat(line.path("totalOre").asLong()).isEqualTo(line.path("unitPriceOre").asLong()
                        * line.path("quantity").asLong()));
        assertThat(page.path("methods")).extracting(JsonNode::asText).contains("SMS_CODE");
        assertThat(page.path("samePersonAsOrderer").asBoolean()).isFalse();
        assertThat(page.has("notice")).as("no notice while the order waits").isFalse();

        assertThat(assertResponse(view.handleRequest(event("view-attestation/malformed-link"), null), 404)
                .path("message").asText()).isEqualTo(OrderMessages.ATTESTATION_LINK_INVALID);
    }

    @Test
    void aBrowserWithAPortalSessionIsToldToSignOutAndSentNoCode() {
        assertResponse(view.handleRequest(event("view-attestation/with-portal-session"), null), 403);
        assertThat(requestCode.handleRequest(event("request-sms-code/with-session-marker"), null).getStatusCode())
                .isEqualTo(403);
        assertThat(sms.sent()).isEmpty();
    }

    @Test
    void aCodeIsSentToTheAttestantsMobileAndARejectionWithoutReasonIsRefusedBeforeAnyCode() {
        assertThat(errorFields(requestCode.handleRequest(event("request-sms-code/reject-without-reason"), null)))
                .containsExactly("reason");
        assertThat(sms.sent()).isEmpty();

        JsonNode sent = assertResponse(requestCode.handleRequest(event("request-sms-code/send-code"), null), 200);

        assertThat(sent.path("message").asText()).isEqualTo(OrderMessages.SMS_CODE_SENT_MESSAGE);
        assertThat(sms.sent()).singleElement().satisfies(code -> assertThat(code.order()).isEqualTo(order.id()));
    }

    @Test
    void theRightCodeApprovesTheOrderAndTheWorkflowIsTold() {
        assertResponse(requestCode.handleRequest(event("request-sms-code/send-code"), null), 200);

        JsonNode decided = assertResponse(decide.handleRequest(withSentCode("decide-attestation/approve-with-code"), null),
                200);

        assertThat(decided.path("orderId").asText()).isEqualTo(order.id().value());
        assertThat(decided.path("status").asText()).isEqualTo("ATTESTED");
        assertThat(decided.path("decision").asText()).isEqualTo("APPROVED");
        assertThat(decided.path("samePersonAsOrderer").asBoolean()).isFalse();
        assertThat(decided.path("message").asText()).isEqualTo(OrderMessages.ATTESTATION_CLOSE_WINDOW);
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.ATTESTED);
        assertThat(workflow.settled).containsExactly(order.id());
    }

    @Test
    void theRightCodeWithAReasonRejectsTheOrderAndTheLinkIsThenUsedUp() {
        assertResponse(requestCode.handleRequest(event("request-sms-code/send-code"), null), 200);

        JsonNode decided = assertResponse(decide.handleRequest(withSentCode("decide-attestation/reject-with-reason"), null),
                200);

        assertThat(decided.path("status").asText()).isEqualTo("REJECTED");
        assertThat(decided.path("decision").asText()).isEqualTo("REJECTED");
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.REJECTED);
        assertResponse(view.handleRequest(event("view-attestation/open-link"), null), 410);
    }

    @Test
    void aDecisionNamesEveryMissingOrMalformedFieldAndSpendsNoCode() {
        assertResponse(requestCode.handleRequest(event("request-sms-code/send-code"), null), 200);

        assertThat(errorFields(decide.handleRequest(event("decide-attestation/missing-fields"), null)))
                .contains("approve", "code");
        assertThat(errorFields(decide.handleRequest(event("decide-attestation/invalid-fields"), null)))
                .contains("approve", "code");
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.AWAITING_ATTESTATION);
        assertResponse(decide.handleRequest(withSentCode("decide-attestation/approve-with-code"), null), 200);
    }

    /** After the attestation: customer service's work list shows the order, and recording it delivered settles it. */
    @Test
    void theApprovedOrderIsOnTheDeliveryListUntilCustomerServiceRecordsItDelivered() {
        var facts = new OrderFacts.Reader(orders, organisations, users, catalogue);
        var deliveries = new se.inera.kundportal.functions.operator.ListDeliveriesHandler(facts);
        var record = new se.inera.kundportal.functions.operator.RecordDeliveryHandler(
                new se.inera.kundportal.core.order.MarkOrderDeliveredService(orders, new InMemoryPorts.Audit(),
                        workflow, clock));
        assertResponse(requestCode.handleRequest(event("request-sms-code/send-code"), null), 200);
        assertResponse(decide.handleRequest(withSentCode("decide-attestation/approve-with-code"), null), 200);

        JsonNode list = assertResponse(deliveries.handleRequest(event("list-deliveries/attested-orders"), null), 200);
        assertThat(list.path("items")).singleElement().satisfies(row -> {
            assertThat(row.path("orderId").asText()).isEqualTo(order.id().value());
            assertThat(row.path("organisationName").asText()).isEqualTo("Region Stockholm");
            assertThat(row.path("organisationsnummer").asText()).isEqualTo(Fixtures.REGION_STOCKHOLM.value());
            assertThat(row.path("summary").asText()).isEqualTo("Webcert Fristående (Intygstjänster)");
            assertThat(row.path("orderedBy").asText()).isEqualTo("Olle Beställare");
            assertThat(row.path("ordererEmail").asText()).isEqualTo("olle@regionstockholm.se");
            assertThat(row.path("attestedBy").asText()).isEqualTo("Anna Attestant");
            assertThat(row.path("attestedAt").asText()).isEqualTo(Fixtures.NOW.toString());
            assertThat(row.path("careUnits")).extracting(JsonNode::asText)
                    .containsExactly("Vårdcentral 1234 (SE2321000016-1234)");
        });
        assertThat(list.has("nextCursor")).isFalse();
        assertThat(errorFields(deliveries.handleRequest(event("list-deliveries/limit-out-of-range"), null)))
                .containsExactly("limit");
        assertResponse(deliveries.handleRequest(event("list-deliveries/not-an-operator"), null), 403);

        assertThat(errorFields(record.handleRequest(forOrder("record-delivery/missing-instructions"), null)))
                .containsExactly("accessInstructions");
        assertResponse(record.handleRequest(forOrder("record-delivery/not-an-operator"), null), 403);
        JsonNode delivered = assertResponse(record.handleRequest(forOrder("record-delivery/access-instructions"), null),
                200);
        assertThat(delivered.path("orderId").asText()).isEqualTo(order.id().value());
        assertThat(delivered.path("status").asText()).isEqualTo("DELIVERED");
        assertThat(workflow.delivered).containsExactly(order.id());
        assertThat(assertResponse(deliveries.handleRequest(event("list-deliveries/attested-orders"), null), 200)
                .path("items")).isEmpty();
    }

    private APIGatewayV2HTTPEvent forOrder(String name) {
        APIGatewayV2HTTPEvent event = event(name);
        event.setPathParameters(java.util.Map.of("orderId", order.id().value()));
        return event;
    }
}
