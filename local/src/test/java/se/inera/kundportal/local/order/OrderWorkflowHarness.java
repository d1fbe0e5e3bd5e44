package se.inera.kundportal.local.order;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import se.inera.kundportal.core.attestation.AttestOrderService;
import se.inera.kundportal.core.order.MarkOrderDeliveredService;
import se.inera.kundportal.core.order.PlaceOrderService;
import se.inera.kundportal.core.workflow.OrderSteps;
import se.inera.kundportal.core.workflow.OrderWaits;
import se.inera.kundportal.core.workflow.Rendezvous;
import se.inera.kundportal.functions.attest.DecideAttestationHandler;
import se.inera.kundportal.functions.attest.RequestSmsCodeHandler;
import se.inera.kundportal.functions.attest.ViewAttestationHandler;
import se.inera.kundportal.functions.json.Json;
import se.inera.kundportal.functions.mail.OnceOnlyMailer;
import se.inera.kundportal.functions.mail.OrderMails;
import se.inera.kundportal.functions.mail.PortalLinks;
import se.inera.kundportal.functions.mail.SesMailer;
import se.inera.kundportal.functions.operator.ListDeliveriesHandler;
import se.inera.kundportal.functions.operator.RecordDeliveryHandler;
import se.inera.kundportal.functions.order.AttestantMailer;
import se.inera.kundportal.functions.order.AwaitOrderEventHandler;
import se.inera.kundportal.functions.order.CheckAttestationDeadlineHandler;
import se.inera.kundportal.functions.order.NotifyAttestantsHandler;
import se.inera.kundportal.functions.order.OrderFacts;
import se.inera.kundportal.functions.order.SendOrderMailHandler;
import se.inera.kundportal.functions.sms.SnsOneTimeCodeSender;
import se.inera.kundportal.functions.store.DynamoSentMailMarkers;
import se.inera.kundportal.functions.store.DynamoStore;
import se.inera.kundportal.functions.workflow.SfnTaskTokenResumer;
import se.inera.kundportal.functions.workflow.StepFunctionsWorkflow;
import se.inera.kundportal.local.asl.AslEngine;
import se.inera.kundportal.local.asl.lambda.LambdaRegistry;
import se.inera.kundportal.local.asl.time.VirtualScheduler;
import se.inera.kundportal.local.sfn.StepFunctionsApi;
import se.inera.kundportal.local.sfn.StepFunctionsServer;
import se.inera.kundportal.local.sms.SmsCaptureServer;
import se.inera.kundportal.local.workflow.TemplateStateMachines;
import se.inera.kundportal.standins.SamTemplate;
import se.inera.kundportal.standins.junit.StandInsEnvironment;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The real order state machine ({@code statemachine/order.asl.json}, substitutions from {@code template.yaml}) in
 * the local engine on a virtual clock, its task functions the real handler classes the template names, and the
 * people's side through the real route handlers and core's use cases, wired to dynalite, aws-ses-v2-local and the
 * local SMS capture (SNS Publish). Nothing happens until a test drives {@link #clock}.
 */
final class OrderWorkflowHarness implements AutoCloseable {
    static final String PORTAL = "https://kundportal.example.se";
    static final String SENDER = "kundportal@example.se";
    static final String CUSTOMER_SERVICE = "kundservice@inera.example.se";
    static final Duration ATTESTATION_PERIOD = Duration.ofDays(14);
    static final Duration REMINDER_INTERVAL = Duration.ofDays(3);
    static final Duration DELIVERY_WAIT = Duration.ofDays(1);
    /** The template's parameters as the tests set them (its defaults). */
    static final Map<String, String> SETTINGS = Map.of(
            "AttestationReminderIntervalSeconds", Long.toString(REMINDER_INTERVAL.toSeconds()),
            "DeliveryWaitSeconds", Long.toString(DELIVERY_WAIT.toSeconds()));

    final VirtualScheduler clock = new VirtualScheduler(Instant.parse("2026-04-06T08:00:00Z"));
    final Clock wallClock = new TemplateStateMachines.SchedulerClock(clock);
    final AslEngine engine = new AslEngine(clock, new LambdaRegistry(), TemplateStateMachines.REGION,
            TemplateStateMachines.ACCOUNT);
    final StepFunctionsApi api = new StepFunctionsApi(engine);
    final StepFunctionsServer server;
    final SfnClient sfn;
    final SesV2Client ses;
    final SmsCaptureServer sms = SmsCaptureServer.start(0);
    final SnsClient sns;
    final DynamoStore store;
    final String stateMachineArn;
    final PlaceOrderService placeOrder;
    final AttestOrderService attestation;
    final ViewAttestationHandler viewAttestation;
    final RequestSmsCodeHandler requestSmsCode;
    final DecideAttestationHandler decideAttestation;
    final ListDeliveriesHandler listDeliveries;
    final RecordDeliveryHandler recordDelivery;
    private final Map<Class<?>, RequestStreamHandler> handlers = new LinkedHashMap<>();

    OrderWorkflowHarness(StandInsEnvironment standIns) {
        try {
            server = api.start(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sfn = TemplateStateMachines.localClient(SfnClient.builder(), server.endpoint());
        ses = TemplateStateMachines.sesClient(standIns);
        sns = TemplateStateMachines.localClient(SnsClient.builder(), sms.endpoint());
        store = new DynamoStore(standIns.dynamoDb(), standIns.tableName(), wallClock);

        OrderWaits waits = new OrderWaits(store.orders(),
                new Rendezvous(store.workflowCallbacks(), new SfnTaskTokenResumer(sfn, Json.MAPPER), wallClock));
        OrderSteps steps = new OrderSteps(store.orders(), store.attestations(), store.users(), store.auditLog(),
                new SecureRandom(), wallClock);
        OrderFacts.Reader facts = new OrderFacts.Reader(store.orders(), store.organisations(), store.users(),
                store.catalogue());
        OrderMails mails = new OrderMails(new PortalLinks(PORTAL));
        OnceOnlyMailer mailer = new OnceOnlyMailer(new SesMailer(ses, SENDER),
                new DynamoSentMailMarkers(standIns.dynamoDb(), standIns.tableName(), wallClock));
        AttestantMailer attestants = new AttestantMailer(steps, facts, mails, mailer);
        add(new NotifyAttestantsHandler(attestants));
        add(new CheckAttestationDeadlineHandler(attestants));
        add(new AwaitOrderEventHandler(waits));
        add(new SendOrderMailHandler(facts, store.users(), mails, mailer, CUSTOMER_SERVICE));

        String definition = TemplateStateMachines.resolvedDefinition(SamTemplate.ofProject(), "OrderStateMachine",
                SETTINGS, api, handlers, logicalId -> Function.identity());
        stateMachineArn = engine.createStateMachine("kundportal-order", definition,
                "arn:aws:iam::" + TemplateStateMachines.ACCOUNT + ":role/kundportal-order").stateMachineArn();
        StepFunctionsWorkflow workflow = new StepFunctionsWorkflow(sfn, stateMachineArn, Json.MAPPER);
        placeOrder = new PlaceOrderService(store.organisations(), store.users(), (caller, organisation, role) -> {
                    throw new UnsupportedOperationException("the harness places orders for a known orderer");
                }, store.catalogue(), store.orders(),
                store.auditLog(), order -> workflow.start(order.value(), Map.of("orderId", order.value())),
                wallClock, ATTESTATION_PERIOD);
        attestation = new AttestOrderService(store.attestations(), store.orders(), store.users(),
                new SnsOneTimeCodeSender(sns), store.auditLog(), waits, new SecureRandom(), wallClock);
        viewAttestation = new ViewAttestationHandler(attestation, facts);
        requestSmsCode = new RequestSmsCodeHandler(attestation);
        decideAttestation = new DecideAttestationHandler(attestation);
        listDeliveries = new ListDeliveriesHandler(facts);
        recordDelivery = new RecordDeliveryHandler(new MarkOrderDeliveredService(store.orders(), store.auditLog(),
                waits, wallClock));
    }

    String executionArn(String orderId) {
        return stateMachineArn.replace(":stateMachine:", ":execution:") + ":" + orderId;
    }

    private void add(RequestStreamHandler handler) {
        handlers.put(handler.getClass(), handler);
    }

    @Override
    public void close() {
        sfn.close();
        ses.close();
        sns.close();
        sms.close();
        server.close();
    }
}
