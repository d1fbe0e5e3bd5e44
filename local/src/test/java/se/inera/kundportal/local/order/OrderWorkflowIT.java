package se.inera.kundportal.local.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.util.concurrent.atomic.AtomicBoolean;
import se.inera.kundportal.core.error.ConflictException;
import se.inera.kundportal.core.order.OrderRequest;
import se.inera.kundportal.core.order.PlaceOrderService;
import se.inera.kundportal.core.user.SignedIn;
import se.inera.kundportal.functions.workflow.StepFunctionsWorkflow;
import software.amazon.awssdk.core.exception.SdkClientException;
import se.inera.kundportal.core.attestation.SmsChallenge;
import se.inera.kundportal.core.attestation.AttestWithBankId;
import se.inera.kundportal.core.attestation.AttestWithBankIdService;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.functions.attest.CollectBankIdAttestationHandler;
import se.inera.kundportal.functions.attest.StartBankIdAttestationHandler;
import se.inera.kundportal.functions.bankid.BankIdAdapter;
import se.inera.kundportal.functions.bankid.HttpBankIdClient;
import se.inera.kundportal.local.bankid.BankIdSimulator;
import se.inera.kundportal.local.bankid.BankIdSimulatorServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.Fixtures;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.order.Order;
import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.order.OrderStatus;
import se.inera.kundportal.core.order.PlaceOrderCommand;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.InvoicingDetails;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.OrganisationDetails;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.organisation.PostalAddress;
import se.inera.kundportal.core.person.EmailAddress;
import se.inera.kundportal.core.person.MobileNumber;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.RoleAssignment;
import se.inera.kundportal.core.user.User;
import se.inera.kundportal.core.user.UserId;
import se.inera.kundportal.core.validation.Luhn;
import se.inera.kundportal.functions.json.Json;
import se.inera.kundportal.local.asl.ExecutionStatus;
import se.inera.kundportal.local.sms.CapturedSms;
import se.inera.kundportal.standins.SentMail;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.junit.StandIns;
import se.inera.kundportal.standins.junit.StandInsEnvironment;

/**
 * An order from placing to access instructions in the local engine: the real order ASL and template wiring,
 * the real task and route handlers, dynalite, aws-ses-v2-local and the SMS capture. Time is virtual.
 */
@StandIns({StandIn.DYNAMODB, StandIn.SES})
class OrderWorkflowIT {
    private static final Pattern ATTESTATION_LINK = Pattern.compile(
            Pattern.quote(OrderWorkflowHarness.PORTAL) + "/attestera/([A-Za-z0-9_-]{22,128})");
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final String INSTRUCTIONS = "Logga in på Webcert med SITHS-kort; vårdcentralen är ansluten.";

    private OrderWorkflowHarness harness;
    private StandInsEnvironment standIns;
    private Organisationsnummer organisation;
    private User orderer;
    private User attestant;
    private User otherAttestant;
    private User administrator;
    private User agreementContact;

    @BeforeEach
    void customerWithOrdererAttestantsAndContacts(StandInsEnvironment environment) {
        standIns = environment;
        harness = new OrderWorkflowHarness(environment);
        organisation = Organisationsnummer.parse(limitedCompanyNumber());
        PostalAddress address = new PostalAddress("Box 1", "111 11", "Stockholm");
        harness.store.organisations().register(new Organisation(new OrganisationDetails(organisation,
                "Vårdbolaget AB", address, new InvoicingDetails(address, "Ref 1", Optional.empty(), Optional.empty())),
                AgreementStanding.SIGNED, harness.clock.now(), 0));
        harness.store.catalogue().save(Fixtures.intygstjanster(Fixtures.webcert(true, true)));
        orderer = person("Olle Beställare", Role.ORDERER);
        attestant = person("Anna Attestant", Role.ATTESTANT);
        otherAttestant = person("Bertil Attestant", Role.ATTESTANT);
        administrator = person("Ada Administratör", Role.ADMINISTRATOR);
        agreementContact = person("Karin Kontakt", Role.AGREEMENT_CONTACT);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void anOrderAttestedBySmsCodeIsDeliveredWithAccessInstructions() {
        Order order = place();
        assertThat(status(order)).isEqualTo(ExecutionStatus.RUNNING);
        String link = linkMailedTo(attestant);
        assertThat(linkMailedTo(otherAttestant)).isNotEqualTo(link);

        JsonNode page = body(call(harness.viewAttestation, get("/attestation/" + link, Map.of("linkId", link)), 200));
        assertThat(page.path("orderId").asText()).isEqualTo(order.id().value());
        assertThat(page.path("status").asText()).isEqualTo("AWAITING_ATTESTATION");
        assertThat(page.path("methods").toString()).contains("SMS_CODE");

        String code = requestCode(link, attestant);
        JsonNode decided = body(call(harness.decideAttestation, decision(link, true, code, null), 200));
        assertThat(decided.path("message").asText()).isEqualTo("Du kan nu stänga fönstret.");
        harness.clock.runReady();

        assertThat(harness.store.orders().get(order.id()).status()).isEqualTo(OrderStatus.ATTESTED);
        assertThat(customerServiceMailsAbout(order)).singleElement()
                .satisfies(mail -> assertThat(mail.subject()).contains("Attesterad beställning"));
        assertThat(mailsTo(orderer.email().value())).singleElement()
                .satisfies(mail -> assertThat(mail.subject()).contains("är attesterad"));
        JsonNode list = body(call(harness.listDeliveries, operator(get("/operator/deliveries", Map.of())), 200));
        assertThat(list.path("items").toString()).contains(order.id().value());

        call(harness.recordDelivery, operator(post("/operator/orders/" + order.id().value() + "/delivery",
                Map.of("orderId", order.id().value()), Map.of("accessInstructions", INSTRUCTIONS))), 200);
        harness.clock.runReady();

        assertThat(status(order)).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(harness.store.orders().get(order.id()).status()).isEqualTo(OrderStatus.DELIVERED);
        for (User recipient : List.of(orderer, administrator, agreementContact)) {
            assertThat(mailsTo(recipient.email().value())).filteredOn(mail -> mail.subject().startsWith("Så får ni"))
                    .singleElement().satisfies(mail -> assertThat(mail.textBody().orElseThrow()).contains(INSTRUCTIONS));
        }
    }

    @Test
    void aRejectionTellsTheOrdererTheReasonAndEndsTheExecution() {
        Order order = place();
        String link = linkMailedTo(attestant);
        String code = requestCode(link, attestant);

        call(harness.decideAttestation, decision(link, false, code, "Fel erbjudande valt."), 200);
        harness.clock.runReady();

        assertThat(status(order)).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(harness.store.orders().get(order.id()).status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(mailsTo(orderer.email().value())).singleElement()
                .satisfies(mail -> assertThat(mail.textBody().orElseThrow()).contains("Fel erbjudande valt."));
        assertThat(customerServiceMailsAbout(order)).isEmpty();
    }

    @Test
    void fiveWrongCodesLockTheCode() {
        Order order = place();
        String link = linkMailedTo(attestant);
        String code = requestCode(link, attestant);
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int attempt = 1; attempt <= 5; attempt++) {
            JsonNode refused = body(call(harness.decideAttestation, decision(link, true, wrong, null), 400));
            assertThat(refused.path("errors").get(0).path("field").asText()).isEqualTo("code");
        }
        call(harness.decideAttestation, decision(link, true, code, null), 410);

        assertThat(harness.store.orders().get(order.id()).status()).isEqualTo(OrderStatus.AWAITING_ATTESTATION);
    }

    @Test
    void aReplayedApproveAttestsOnce() {
        Order order = place();
        String link = linkMailedTo(attestant);
        APIGatewayV2HTTPEvent approve = decision(link, true, requestCode(link, attestant), null);

        call(harness.decideAttestation, approve, 200);
        call(harness.decideAttestation, approve, 410);
        harness.clock.runReady();

        assertThat(harness.store.orders().get(order.id()).attestations()).hasSize(1);
        assertThat(customerServiceMailsAbout(order)).hasSize(1);
    }

    @Test
    void twoAttestantsAttestingAtOnceGiveOneAttestation() throws Exception {
        Order order = place();
        String first = linkMailedTo(attestant);
        String second = linkMailedTo(otherAttestant);
        APIGatewayV2HTTPEvent one = decision(first, true, requestCode(first, attestant), null);
        APIGatewayV2HTTPEvent two = decision(second, true, requestCode(second, otherAttestant), null);
        List<Integer> statuses;

        // Two threads of their own (the common pool may have one on a small machine), released together.
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService attestants = Executors.newFixedThreadPool(2);
        Future<Integer> a;
        Future<Integer> b;
        try {
            a = attestants.submit(() -> decideWhenReleased(start, one));
            b = attestants.submit(() -> decideWhenReleased(start, two));
            statuses = List.of(a.get(1, TimeUnit.MINUTES), b.get(1, TimeUnit.MINUTES));
        } finally {
            attestants.shutdownNow();
        }

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        harness.clock.runReady();
        assertThat(harness.store.orders().get(order.id()).attestations()).hasSize(1);
        String loser = statuses.get(0) == 200 ? second : first;
        JsonNode other = body(call(harness.viewAttestation, get("/attestation/" + loser, Map.of("linkId", loser)), 200));
        assertThat(other.path("notice").asText()).contains("redan avgjord");
    }

    @Test
    void anOrderNobodyAttestsExpiresAnswers410AndTheOrdererIsTold() {
        Order order = place();
        String link = linkMailedTo(attestant);

        harness.clock.advance(OrderWorkflowHarness.ATTESTATION_PERIOD.plus(Duration.ofMinutes(1)));
        harness.clock.runUntilIdle();

        assertThat(status(order)).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(harness.store.orders().get(order.id()).status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(mailsTo(orderer.email().value())).singleElement()
                .satisfies(mail -> assertThat(mail.subject()).contains("har gått ut"));
        assertThat(mailsTo(attestant.email().value())).filteredOn(mail -> mail.subject().startsWith("Påminnelse"))
                .hasSize((int) (OrderWorkflowHarness.ATTESTATION_PERIOD.toDays()
                        / OrderWorkflowHarness.REMINDER_INTERVAL.toDays()));
        call(harness.viewAttestation, get("/attestation/" + link, Map.of("linkId", link)), 410);
    }

    @Test
    void aWorkflowStartThatFailedIsMadeByTheRetryWithTheSameKeyAndAnotherFormUnderTheKeyIsRefused() {
        StepFunctionsWorkflow workflow = new StepFunctionsWorkflow(harness.sfn, harness.stateMachineArn, Json.MAPPER);
        AtomicBoolean unreachable = new AtomicBoolean(true);
        PlaceOrderService placing = new PlaceOrderService(harness.store.organisations(), harness.store.users(),
                (caller, organisation, role) -> new Actor(Actor.Kind.CUSTOMER_USER, orderer.id().value(),
                        orderer.name()), harness.store.catalogue(), harness.store.orders(), harness.store.auditLog(),
                order -> {
                    if (unreachable.getAndSet(false)) {
                        throw SdkClientException.create("Step Functions unreachable");
                    }
                    workflow.start(order.value(), Map.of("orderId", order.value()));
                }, harness.wallClock, OrderWorkflowHarness.ATTESTATION_PERIOD);
        SignedIn caller = new SignedIn("sub-olle", Optional.of(orderer.email().value()), orderer.name(), false);
        OrderRequest form = new OrderRequest(Fixtures.INTYGSTJANSTER.value(), Fixtures.WEBCERT_FRISTAENDE.value(),
                List.of(new PlaceOrderCommand.CareUnitInput("SE2321000016-1234", "Vårdcentral Norr")), Fixtures.TERMS,
                true, false);
        OrderId id = OrderId.forSubmit(organisation, orderer.id(), "form-1");

        assertThatThrownBy(() -> placing.place(caller, organisation, form, Optional.of("form-1")))
                .isInstanceOf(SdkClientException.class);
        assertThat(harness.store.orders().findById(id)).isPresent();

        Order retried = placing.place(caller, organisation, form, Optional.of("form-1")).order();
        harness.clock.runReady();
        assertThat(retried.id()).isEqualTo(id);
        assertThat(status(retried)).isEqualTo(ExecutionStatus.RUNNING);
        // once more: the execution named after the order exists already, which is fine
        assertThat(placing.place(caller, organisation, form, Optional.of("form-1")).order().id()).isEqualTo(id);

        OrderRequest another = new OrderRequest(Fixtures.INTYGSTJANSTER.value(), Fixtures.WEBCERT_FRISTAENDE.value(),
                List.of(new PlaceOrderCommand.CareUnitInput("SE2321000016-5678", "Vårdcentral Söder")),
                Fixtures.TERMS, true, false);
        assertThatThrownBy(() -> placing.place(caller, organisation, another, Optional.of("form-1")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Idempotency-Key");
        assertThat(harness.store.orders().findByOrganisationAndService(organisation, Fixtures.INTYGSTJANSTER))
                .singleElement().extracting(Order::id).isEqualTo(id);
    }

    @Test
    void aLinkSendsAtMostFiveSmsCodesThen429PointsToBankIdOrInera() {
        place();
        String link = linkMailedTo(attestant);
        APIGatewayV2HTTPEvent noReason = post("/attestation/" + link + "/sms-code", Map.of("linkId", link),
                Map.of("approve", false, "reason", ""));
        assertThat(body(call(harness.requestSmsCode, noReason, 400)).path("errors").toString()).contains("\"reason\"");
        assertThat(harness.sms.inbox().messages(Optional.of(attestant.mobile().orElseThrow().value()))).isEmpty();

        requestCode(link, attestant);
        // sooner than a minute after the last code
        call(harness.requestSmsCode, post("/attestation/" + link + "/sms-code", Map.of("linkId", link), Map.of()), 429);
        for (int i = 1; i < SmsChallenge.MAX_CODES_PER_LINK; i++) {
            harness.clock.advance(SmsChallenge.RESEND_INTERVAL);
            requestCode(link, attestant);
        }
        harness.clock.advance(SmsChallenge.RESEND_INTERVAL);
        JsonNode capped = body(call(harness.requestSmsCode, post("/attestation/" + link + "/sms-code",
                Map.of("linkId", link), Map.of()), 429));

        assertThat(capped.path("message").asText()).contains("BankID", "Inera");
        assertThat(harness.sms.inbox().messages(Optional.of(attestant.mobile().orElseThrow().value())))
                .hasSize(SmsChallenge.MAX_CODES_PER_LINK);
    }

    @Test
    void anAttestationRequestWithAPortalSessionIsRefused() {
        place();
        String link = linkMailedTo(attestant);
        APIGatewayV2HTTPEvent view = get("/attestation/" + link, Map.of("linkId", link));
        view.getHeaders().put("authorization", "Bearer eyJleGVtcGVsIjoidG9rZW4ifQ");
        APIGatewayV2HTTPEvent code = post("/attestation/" + link + "/sms-code", Map.of("linkId", link), Map.of());
        code.getHeaders().put("x-kundportal-session", "1");

        assertThat(body(call(harness.viewAttestation, view, 403)).path("message").asText())
                .contains("logga ut från Kundportalen först");
        call(harness.requestSmsCode, code, 403);
        assertThat(harness.sms.inbox().messages(Optional.empty())).isEmpty();
    }

    @Test
    void theHolderOfAnotherOrdersLinkSeesNothingOfThisOrder() {
        Order first = place();
        String firstLink = linkMailedTo(attestant);
        standIns.mailbox().clear();
        Order second = place();

        String page = call(harness.viewAttestation, get("/attestation/" + firstLink, Map.of("linkId", firstLink)),
                200).getBody();
        assertThat(page).contains(first.id().value()).doesNotContain(second.id().value());
    }

    @Test
    void badInputOnTheNewRoutesIs400WithSwedishFieldMessagesOr404NeverA5xx() {
        place();
        String link = linkMailedTo(attestant);
        JsonNode invalid = body(call(harness.decideAttestation, post("/attestation/" + link + "/decision",
                Map.of("linkId", link), Map.of("approve", "ja", "code", "12ab")), 400));
        assertThat(invalid.path("errors").toString()).contains("\"approve\"", "\"code\"", "Ska vara true eller false.",
                "Koden är sex siffror.");
        JsonNode missing = body(call(harness.decideAttestation, post("/attestation/" + link + "/decision",
                Map.of("linkId", link), Map.of()), 400));
        assertThat(missing.path("errors").toString()).contains("Ange koden du fick i SMS:et.");
        call(harness.viewAttestation, get("/attestation/x", Map.of("linkId", "x")), 404);
        String orderId = UUID.randomUUID().toString();
        JsonNode noInstructions = body(call(harness.recordDelivery, operator(post("/operator/orders/" + orderId
                + "/delivery", Map.of("orderId", orderId), Map.of())), 400));
        assertThat(noInstructions.path("errors").toString()).contains("accessInstructions");
        call(harness.recordDelivery, operator(post("/operator/orders/" + orderId + "/delivery",
                Map.of("orderId", orderId), Map.of("accessInstructions", INSTRUCTIONS))), 404);
        call(harness.listDeliveries, operator(withQuery(get("/operator/deliveries", Map.of()), "limit", "0")), 400);
        JsonNode longReason = body(call(harness.decideAttestation, decision(link, false, "123456", "x".repeat(1001)),
                400));
        assertThat(longReason.path("errors").toString()).contains("\"reason\"", "Högst 1000 tecken.");
        call(harness.recordDelivery, operator(post("/operator/orders/" + orderId + "/delivery",
                Map.of("orderId", orderId), Map.of("accessInstructions", "x".repeat(4001)))), 400);
    }

    // --- the people and the order ------------------------------------------------------------------

    @Test
    void anOrderAttestedWithBankIdThroughTheSimulatorContinuesItsWorkflow() throws Exception {
        try (BankIdSimulatorServer bankId = BankIdSimulatorServer.start(0)) {
            AttestWithBankId withBankId = new AttestWithBankIdService(harness.attestation, harness.store.attestations(),
                    harness.store.orders(), harness.store.users(), harness.store.organisations(),
                    harness.store.catalogue(), new BankIdAdapter(new HttpBankIdClient(bankId.apiBaseUri(), HttpClient.newHttpClient())),
                    harness.store.bankIdStarts(), harness.wallClock);
            StartBankIdAttestationHandler start = new StartBankIdAttestationHandler(withBankId);
            CollectBankIdAttestationHandler collect = new CollectBankIdAttestationHandler(withBankId);
            Order order = place();
            String link = linkMailedTo(attestant);

            APIGatewayV2HTTPEvent withSession = post("/attestation/" + link + "/bankid", Map.of("linkId", link),
                    Map.of("approve", true));
            withSession.getHeaders().put("X-Kundportal-Session", "1");
            call(start, withSession, 403);
            // a rejection without its reason is refused before anything is signed
            JsonNode noReason = body(call(start, post("/attestation/" + link + "/bankid", Map.of("linkId", link),
                    Map.of("approve", false)), 400));
            assertThat(noReason.path("errors").findValuesAsText("field")).containsExactly("reason");
            assertThat(harness.store.attestations().findBankIdOrder(new LinkId(link))).isEmpty();

            JsonNode started = body(call(start, post("/attestation/" + link + "/bankid", Map.of("linkId", link),
                    Map.of("approve", true)), 200));
            assertThat(started.has("qrStartSecret")).isFalse();
            assertThat(started.path("qrData").asText()).startsWith("bankid.");
            String orderRef = started.path("orderRef").asText();
            APIGatewayV2HTTPEvent collectApprove = post("/attestation/" + link + "/bankid/collect",
                    Map.of("linkId", link), Map.of("orderRef", orderRef));
            assertThat(body(call(collect, collectApprove, 200)).path("status").asText()).isEqualTo("pending");
            assertThat(harness.store.orders().get(order.id()).status()).isEqualTo(OrderStatus.AWAITING_ATTESTATION);

            BankIdSimulator app = bankId.simulator();
            app.openInApp(started.path("autoStartToken").asText());
            app.identify(orderRef, Fixtures.SIGNATORY_PNR.value(), "192.0.2.15");
            app.confirm(orderRef);
            JsonNode complete = body(call(collect, post("/attestation/" + link + "/bankid/collect",
                    Map.of("linkId", link), Map.of("orderRef", orderRef)), 200));
            assertThat(complete.path("status").asText()).isEqualTo("complete");
            assertThat(complete.path("decided").path("decision").asText()).isEqualTo("APPROVED");
            harness.clock.runReady();

            Order attested = harness.store.orders().get(order.id());
            assertThat(attested.status()).isEqualTo(OrderStatus.ATTESTED);
            assertThat(attested.attestations()).singleElement().satisfies(given -> {
                assertThat(given.method().name()).isEqualTo("BANKID");
                assertThat(given.evidenceReference()).isEqualTo(orderRef);
            });
            assertThat(harness.store.attestations().findBankIdOrder(new LinkId(link)).orElseThrow().completion())
                    .hasValueSatisfying(data -> assertThat(data.signature()).isNotBlank());
            assertThat(customerServiceMailsAbout(order)).singleElement()
                    .satisfies(mail -> assertThat(mail.subject()).contains("Attesterad beställning"));
            // the link is used: a replayed collect cannot attest twice
            call(collect, post("/attestation/" + link + "/bankid/collect", Map.of("linkId", link),
                    Map.of("orderRef", orderRef)), 410);
        }
    }


    /** Waits at {@code start} until the other attestant is there too, then decides; the status. */
    private int decideWhenReleased(CyclicBarrier start, APIGatewayV2HTTPEvent decision) throws Exception {
        start.await(1, TimeUnit.MINUTES);
        return harness.decideAttestation.handleRequest(decision, null).getStatusCode();
    }

    private Order place() {
        Order order = harness.placeOrder.place(new PlaceOrderCommand(organisation, orderer.id(),
                Fixtures.INTYGSTJANSTER.value(), Fixtures.WEBCERT_FRISTAENDE.value(),
                List.of(new PlaceOrderCommand.CareUnitInput("SE2321000016-1234", "Vårdcentral Norr")), Fixtures.TERMS,
                true, true)).order();
        harness.clock.runReady();
        return order;
    }

    private User person(String name, Role role) {
        String id = UUID.randomUUID().toString();
        User user = harness.store.users().create(new User(new UserId(id), name,
                EmailAddress.parse(id.substring(0, 8) + "@vardbolaget.example.se"),
                Optional.of(MobileNumber.parse("07" + String.format("%08d", ThreadLocalRandom.current()
                        .nextInt(100_000_000)))), Optional.of(Fixtures.SIGNATORY_PNR), 0));
        harness.store.users().assign(new RoleAssignment(organisation, user.id(), role,
                Actor.operator("test", "Test"), harness.clock.now()));
        return user;
    }

    private String linkMailedTo(User user) {
        SentMail mail = mailsTo(user.email().value()).stream().filter(m -> m.subject().startsWith("Attestera"))
                .reduce((earlier, later) -> later).orElseThrow();
        Matcher matcher = ATTESTATION_LINK.matcher(mail.textBody().orElseThrow());
        assertThat(matcher.find()).as("an attestation link in %s", mail.textBody().orElseThrow()).isTrue();
        return matcher.group(1);
    }

    private String requestCode(String link, User user) {
        call(harness.requestSmsCode, post("/attestation/" + link + "/sms-code", Map.of("linkId", link), Map.of()), 200);
        List<CapturedSms> sent = harness.sms.inbox().messages(Optional.of(user.mobile().orElseThrow().value()));
        assertThat(sent).isNotEmpty();
        Matcher matcher = CODE.matcher(sent.get(sent.size() - 1).message());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    /** Customer service's one address gets the mails of every test's orders. */
    private List<SentMail> customerServiceMailsAbout(Order order) {
        return mailsTo(OrderWorkflowHarness.CUSTOMER_SERVICE).stream()
                .filter(mail -> mail.textBody().orElseThrow().contains(order.id().value())).toList();
    }

    private List<SentMail> mailsTo(String address) {
        return standIns.mailbox().sentMailsTo(address);
    }

    private ExecutionStatus status(Order order) {
        return harness.engine.describeExecution(harness.executionArn(order.id().value())).status();
    }

    // --- requests as the HTTP API delivers them (payload format 2.0) -------------------------------

    private static APIGatewayV2HTTPEvent decision(String link, boolean approve, String code, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("approve", approve, "code", code));
        if (reason != null) {
            body.put("reason", reason);
        }
        return post("/attestation/" + link + "/decision", Map.of("linkId", link), body);
    }

    private static APIGatewayV2HTTPEvent get(String path, Map<String, String> pathParameters) {
        return event("GET", path, pathParameters, null);
    }

    private static APIGatewayV2HTTPEvent post(String path, Map<String, String> pathParameters, Map<String, ?> body) {
        try {
            return event("POST", path, pathParameters, Json.MAPPER.writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static APIGatewayV2HTTPEvent event(String method, String path, Map<String, String> pathParameters,
                                               String body) {
        Map<String, String> headers = new HashMap<>(Map.of("accept", "application/json"));
        if (body != null) {
            headers.put("content-type", "application/json");
        }
        return APIGatewayV2HTTPEvent.builder().withRawPath(path).withHeaders(headers)
                .withPathParameters(pathParameters).withBody(body)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withRequestId("test")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method)
                                .withPath(path).withSourceIp("192.0.2.15").build()).build()).build();
    }

    private static APIGatewayV2HTTPEvent withQuery(APIGatewayV2HTTPEvent event, String name, String value) {
        event.setQueryStringParameters(Map.of(name, value));
        return event;
    }

    private static APIGatewayV2HTTPEvent operator(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT jwt = new APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT();
        jwt.setClaims(Map.of("sub", "operator-1", "email", "kim@inera.example.se", "name", "Kim Kundservice",
                "cognito:groups", "[Operators]"));
        APIGatewayV2HTTPEvent.RequestContext.Authorizer authorizer = new APIGatewayV2HTTPEvent.RequestContext.Authorizer();
        authorizer.setJwt(jwt);
        event.getRequestContext().setAuthorizer(authorizer);
        return event;
    }

    private static APIGatewayV2HTTPResponse call(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
                                                 APIGatewayV2HTTPEvent event, int expectedStatus) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        assertThat(response.getStatusCode()).as("status of %s: %s", event.getRawPath(), response.getBody())
                .isEqualTo(expectedStatus);
        return response;
    }

    private static JsonNode body(APIGatewayV2HTTPResponse response) {
        try {
            return Json.MAPPER.readTree(response.getBody());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A random valid organisationsnummer of a limited company: 556NNN-NNNC. */
    private static String limitedCompanyNumber() {
        String nine = "556" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        return nine.substring(0, 6) + "-" + nine.substring(6) + Luhn.checkDigit(nine);
    }
}
