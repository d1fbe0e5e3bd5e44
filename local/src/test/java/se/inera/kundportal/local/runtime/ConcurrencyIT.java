package se.inera.kundportal.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.local.runtime.Portal.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.local.runtime.Portal.Answer;
import se.inera.kundportal.local.runtime.Portal.Attestable;
import se.inera.kundportal.local.runtime.Portal.Orderable;
import se.inera.kundportal.standins.StandInClients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/**
 * Many customers at once, through the local gateway: orders placed and attested concurrently (each attested exactly
 * once, with one attestation record, and its workflow woken once), and onboardings decided and signed concurrently on
 * distinct applications (all complete). CI runs small sizes; {@code bench/run.sh load} the full ones
 * ({@code -Dkundportal.concurrency.orders=200 -Dkundportal.concurrency.applications=50}).
 */
class ConcurrencyIT extends WithLocalPortal {
    static final int ORDERS = Integer.getInteger("kundportal.concurrency.orders", 40);
    static final int APPLICATIONS = Integer.getInteger("kundportal.concurrency.applications", 10);
    /** Orders per customer: each customer's attestant reads their codes from their own mobile, one at a time. */
    private static final int ORDERS_PER_CUSTOMER = 4;
    private static final int THREADS = Integer.getInteger("kundportal.concurrency.threads", 32);
    /**
     * The BankID simulator's test persons who sign: BankID runs one order per person at a time (a second cancels
     * both), so signatures run concurrently on as many applications as there are persons, round after round.
     */
    private static final List<String> SIGNATORIES = List.of("19850101-9817", "19790214-9926", "19920630-9834",
            "19121212-1212");

    private static final LoadReport REPORT = new LoadReport();

    @AfterAll
    static void publishFigures() {
        REPORT.publish();
    }

    @Test
    void ordersPlacedAndAttestedConcurrentlyAreEachAttestedOnceAndWakeTheirWorkflowOnce() throws Exception {
        int customers = Math.max(1, ORDERS / ORDERS_PER_CUSTOMER);
        List<Orderable> orderables = inParallel(IntStream.range(0, customers).boxed().toList(),
                customer -> portal.orderable());
        List<Orderable> perOrder = IntStream.range(0, ORDERS)
                .mapToObj(n -> orderables.get(n % customers)).toList();

        // Placed concurrently: one order each, every one awaiting attestation with its link mailed.
        List<String> orderIds = REPORT.phase(portal, ORDERS + " orders placed", () -> inParallel(perOrder, orderable -> {
            Answer placed = portal.call("POST", orderable.organisation().path() + "/orders",
                    Optional.of(orderable.orderer()), OrderingIT.webcertOrder(true, true),
                    Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString()));
            assertThat(placed.status()).as(placed.raw()).isEqualTo(201);
            return placed.at("/order/orderId").asText();
        }));
        assertThat(orderIds).doesNotHaveDuplicates().hasSize(ORDERS);

        // Each customer's attestant asks for a code on each of their links (one mobile, one code at a time).
        Map<String, Attestable> byOrder = new ConcurrentHashMap<>();
        Map<String, String> codes = new ConcurrentHashMap<>();
        Map<Orderable, Integer> perCustomer = new java.util.HashMap<>();
        perOrder.forEach(orderable -> perCustomer.merge(orderable, 1, Integer::sum));
        Map<Orderable, List<Attestable>> mailed = portal.attestationLinks(perCustomer);
        REPORT.phase(portal, "SMS codes, one per mobile at once", () -> inParallel(orderables, orderable -> {
            for (Attestable link : mailed.get(orderable)) {
                byOrder.put(link.orderId(), link);
                codes.put(link.orderId(), portal.smsCodeSentBy(link.mobile(), () -> portal.call("POST",
                        "/attestation/" + link.link() + "/sms-code", Optional.empty(), Map.of())));
            }
            return null;
        }));
        assertThat(byOrder.keySet()).containsExactlyInAnyOrderElementsOf(orderIds);

        // Every attestation at the same moment.
        CountDownLatch start = new CountDownLatch(1);
        List<Answer> decided = REPORT.phase(portal, ORDERS + " attestations at once", () -> inParallel(orderIds,
                orderId -> {
                    start.await();
                    return portal.call("POST", "/attestation/" + byOrder.get(orderId).link() + "/decision",
                            Optional.empty(), Map.of("approve", true, "code", codes.get(orderId)));
                }, start::countDown));
        assertThat(decided).allSatisfy(answer -> assertThat(answer.status()).as(answer.raw()).isEqualTo(200));

        try (SfnClient sfn = LocalRuntimeIT.sfn(portal.endpoints.stepFunctions());
             DynamoDbClient dynamo = StandInClients.dynamoDb(portal.endpoints.dynamoDb())) {
            for (String orderId : orderIds) {
                String execution = LocalRuntime.ACCOUNT.stateMachineArn("OrderStateMachine")
                        .replace(":stateMachine:", ":execution:") + ":" + orderId;
                List<HistoryEvent> history = Portal.await(() -> Optional.of(history(sfn, execution))
                        .filter(events -> enteredAndSubmitted(events, "Wait For Delivery")),
                        () -> "Order " + orderId + " never came to wait for its delivery");
                assertThat(wokenAfter(history, "Wait For Attestation")).as(orderId).isEqualTo(1);
                assertThat(sfn.describeExecution(request -> request.executionArn(execution)).status())
                        .isEqualTo(ExecutionStatus.RUNNING);
                assertThat(auditActions(dynamo, orderId)).as(orderId)
                        .containsOnlyOnce("ORDER_ATTESTATION_GIVEN").doesNotHaveDuplicates();
            }
        }
        inParallel(orderIds, orderId -> {
            Orderable orderable = perOrder.get(orderIds.indexOf(orderId));
            Answer order = portal.call("GET", orderable.organisation().path() + "/orders/" + orderId,
                    orderable.orderer(), null);
            assertThat(order.at("/status").asText()).as(order.raw()).isEqualTo("ATTESTED");
            assertThat(order.at("/attestations")).as(order.raw()).hasSize(1);
            return null;
        });
    }

    @Test
    void applicationsDecidedAndSignedConcurrentlyAllBecomeCustomers() throws Exception {
        List<Integer> numbers = IntStream.range(0, APPLICATIONS).boxed().toList();
        Map<Integer, String> signatories = new ConcurrentHashMap<>();
        List<String> applications = REPORT.phase(portal, APPLICATIONS + " applications submitted",
                () -> inParallel(numbers, n -> {
                    String signatory = email("signatory");
                    signatories.put(n, signatory);
                    return portal.submitApplication(signatory, SIGNATORIES.get(n % SIGNATORIES.size()));
                }));
        try (SfnClient sfn = LocalRuntimeIT.sfn(portal.endpoints.stepFunctions())) {
            for (String application : applications) {
                Portal.await(() -> Optional.of(history(sfn, onboarding(application)))
                        .filter(events -> enteredAndSubmitted(events, "Wait For Inera Decision")),
                        () -> application + " never came to wait for Inera's decision");
            }
        }

        // Every decision at the same moment.
        String operator = portal.operatorToken();
        CountDownLatch start = new CountDownLatch(1);
        List<Answer> decisions = REPORT.phase(portal, APPLICATIONS + " decisions at once",
                () -> inParallel(applications, application -> {
                    start.await();
                    return portal.call("POST", "/operator/applications/" + application + "/decision", operator,
                            Map.of("approved", true));
                }, start::countDown));
        assertThat(decisions).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
            assertThat(answer.at("/workflow").asText()).as(answer.raw()).isEqualTo("RESUMED");
        });

        // Signatures: concurrently on distinct applications, one per BankID test person at a time.
        REPORT.phase(portal, APPLICATIONS + " signatures, " + SIGNATORIES.size() + " at once", () -> {
            for (int round = 0; round * SIGNATORIES.size() < APPLICATIONS; round++) {
                int from = round * SIGNATORIES.size();
                inParallel(numbers.subList(from, Math.min(APPLICATIONS, from + SIGNATORIES.size())), n -> {
                    portal.signAgreement(portal.signingLink(signatories.get(n)),
                            SIGNATORIES.get(n % SIGNATORIES.size()));
                    return null;
                });
            }
            return null;
        });

        try (SfnClient sfn = LocalRuntimeIT.sfn(portal.endpoints.stepFunctions())) {
            for (String application : applications) {
                ExecutionStatus status = Portal.await(() -> Optional.of(sfn.describeExecution(request -> request
                        .executionArn(onboarding(application))).status()).filter(s -> s != ExecutionStatus.RUNNING),
                        () -> application + " is still onboarding");
                assertThat(status).as(application).isEqualTo(ExecutionStatus.SUCCEEDED);
                assertThat(wokenAfter(history(sfn, onboarding(application)), "Wait For Inera Decision"))
                        .as(application).isEqualTo(1);
                assertThat(wokenAfter(history(sfn, onboarding(application)), "Wait For Signature"))
                        .as(application).isEqualTo(1);
            }
        }
        Answer completed = portal.call("GET", "/operator/applications?status=COMPLETED&limit=100", operator, null);
        assertThat(completed.at("/items").findValuesAsText("applicationId")).containsAll(applications);
    }

    static String onboarding(String applicationId) {
        return LocalRuntime.ACCOUNT.stateMachineArn("OnboardingStateMachine")
                .replace(":stateMachine:", ":execution:") + ":" + applicationId;
    }

    static List<HistoryEvent> history(SfnClient sfn, String execution) {
        return sfn.getExecutionHistoryPaginator(request -> request.executionArn(execution)).events().stream().toList();
    }

    /** The execution has entered {@code state} and handed its task token over. */
    static boolean enteredAndSubmitted(List<HistoryEvent> history, String state) {
        boolean entered = false;
        for (HistoryEvent event : history) {
            if (event.type() == HistoryEventType.TASK_STATE_ENTERED) {
                entered = event.stateEnteredEventDetails().name().equals(state);
            } else if (entered && event.type() == HistoryEventType.TASK_SUBMITTED) {
                return true;
            }
        }
        return false;
    }

    /** How often the task of {@code state} succeeded (was woken by SendTaskSuccess) over the whole history. */
    static int wokenAfter(List<HistoryEvent> history, String state) {
        int woken = 0;
        boolean inside = false;
        for (HistoryEvent event : history) {
            if (event.type() == HistoryEventType.TASK_STATE_ENTERED) {
                inside = event.stateEnteredEventDetails().name().equals(state);
            } else if (event.type() == HistoryEventType.TASK_STATE_EXITED) {
                inside = false;
            } else if (inside && event.type() == HistoryEventType.TASK_SUCCEEDED) {
                woken++;
            }
        }
        return woken;
    }

    /** The actions of the order's audit records, read from its item collection in the table. */
    private static List<String> auditActions(DynamoDbClient dynamo, String orderId) {
        return dynamo.queryPaginator(request -> request.tableName(LocalRuntime.TABLE_NAME).consistentRead(true)
                        .keyConditionExpression("PK = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("AUDIT#ORDER#" + orderId))))
                .items().stream().map(item -> item.get("action").s()).toList();
    }

    static <T, R> List<R> inParallel(List<T> inputs, ThrowingFunction<T, R> work) throws Exception {
        return inParallel(inputs, work, () -> { });
    }

    /** Runs {@code work} on every input on a pool of threads; {@code started} runs once all are submitted. */
    static <T, R> List<R> inParallel(List<T> inputs, ThrowingFunction<T, R> work, Runnable started)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, Math.max(1, inputs.size())));
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T input : inputs) {
                Callable<R> task = () -> work.apply(input);
                futures.add(pool.submit(task));
            }
            started.run();
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    interface ThrowingFunction<T, R> {
        R apply(T input) throws Exception;
    }
}
