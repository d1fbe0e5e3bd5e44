package se.inera.kundportal.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static se.inera.kundportal.local.runtime.Portal.email;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.inera.kundportal.functions.mail.MailMessage;
import se.inera.kundportal.functions.store.DynamoSentMailMarkers;
import se.inera.kundportal.local.runtime.Effects.Effect;
import se.inera.kundportal.local.runtime.Portal.Answer;
import se.inera.kundportal.local.runtime.Portal.Attestable;
import se.inera.kundportal.local.runtime.Portal.Orderable;
import se.inera.kundportal.local.runtime.Portal.Organisation;
import se.inera.kundportal.standins.SamTemplate;
import se.inera.kundportal.standins.StandInClients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Double clicks on every state-changing route of {@code api/openapi.yaml}: for each route the same request (the same
 * body, token and headers, as a browser sends it again) is made twice at the same moment — two threads released by
 * one barrier, through the local gateway — and what the runtime did is compared with what one request does from an
 * equal starting point: the same items added, changed and removed per kind (one version step, one audit record), the
 * same mails and SMS, the same executions started and woken. {@link #everyStateChangingRouteOfTheApiIsInTheTable}
 * keeps the table complete.
 */
class DoubleClickIT extends WithLocalPortal {
    /** The BankID simulator's test person Anna Andersson, the signatory of the sample application. */
    private static final String SIGNATORY = "19850101-9817";
    private static final Pattern ROUTE = Pattern.compile("^  (/\\S*):$");
    private static final Pattern OPERATION = Pattern.compile("^    (post|put|delete|patch):$");

    /** One request, exactly as it is sent both times. */
    record Click(String method, String path, Optional<String> token, Object body, Map<String, String> headers) {
        Answer send() {
            return portal.call(method, path, token, body, headers);
        }
    }

    /** The routes, each with how to reach a fresh state in which to click it. */
    static final Map<String, Supplier<Click>> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put("POST /applications", () -> new Click("POST", "/applications", Optional.empty(),
                portal.application(email("signatory"), SIGNATORY), Map.of()));
        ROUTES.put("POST /operator/applications/{applicationId}/decision", () -> new Click("POST",
                "/operator/applications/" + submitted(email("signatory")) + "/decision",
                Optional.of(portal.operatorToken()), Map.of("approved", true), Map.of()));
        ROUTES.put("POST /signing/{linkId}/bankid", () -> new Click("POST", "/signing/" + signingLink() + "/bankid",
                Optional.empty(), null, Map.of()));
        ROUTES.put("POST /signing/{linkId}/bankid/collect", () -> {
            String link = signingLink();
            portal.startAndSignInApp(link, SIGNATORY);
            return new Click("POST", "/signing/" + link + "/bankid/collect", Optional.empty(), null, Map.of());
        });
        ROUTES.put("POST /operator/customers", () -> new Click("POST", "/operator/customers",
                Optional.of(portal.operatorToken()), customer(Portal.organisationsnummer(), email("admin")), Map.of()));
        ROUTES.put("POST /operator/organisations/{organisationsnummer}/administrators", () -> new Click("POST",
                "/operator" + portal.register("Region Dubbel").path() + "/administrators",
                Optional.of(portal.operatorToken()),
                Map.of("name", "Ny Admin", "email", email("ny-admin"), "mobile", "+46701234567"), Map.of()));
        ROUTES.put("POST /operator/organisations/{organisationsnummer}/administrators/{userId}/temporary-password",
                () -> {
                    // A customer whose administrator has not signed in yet (so the first password is unused).
                    String organisation = "/organisations/" + Portal.organisationsnummer();
                    String operator = portal.operatorToken();
                    Answer registered = portal.call("POST", "/operator/customers", operator,
                            customer(organisation.substring("/organisations/".length()), email("admin")));
                    assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
                    String administrator = portal.call("GET", "/operator" + organisation + "/administrators",
                            operator, null).at("/administrators/0/userId").asText();
                    return new Click("POST", "/operator" + organisation + "/administrators/" + administrator
                            + "/temporary-password", Optional.of(operator),
                            Map.of("requestId", UUID.randomUUID().toString()), Map.of());
                });
        ROUTES.put("POST /operator/mails/{subjectId}/{mailKey}/resend", () -> {
            String subject = UUID.randomUUID().toString();
            try (DynamoDbClient dynamo = StandInClients.dynamoDb(portal.endpoints.dynamoDb())) {
                DynamoSentMailMarkers markers = new DynamoSentMailMarkers(dynamo, LocalRuntime.TABLE_NAME,
                        java.time.Clock.systemUTC());
                markers.claim(subject, "SIGNATORY");
                markers.attach(subject, "SIGNATORY", new MailMessage(email("sven"), "Signera avtalet",
                        "<p>Signera</p>", "Signera"));
                markers.markUncertain(subject, "SIGNATORY", "read timed out");
            }
            return new Click("POST", "/operator/mails/" + subject + "/SIGNATORY/resend",
                    Optional.of(portal.operatorToken()), Map.of(), Map.of());
        });
        ROUTES.put("POST /attestation/{linkId}/sms-code", () -> new Click("POST", "/attestation/"
                + portal.awaitingAttestation().link() + "/sms-code", Optional.empty(), Map.of(), Map.of()));
        ROUTES.put("POST /attestation/{linkId}/decision", () -> {
            Attestable order = portal.awaitingAttestation();
            String code = portal.smsCodeSentBy(order.mobile(), () -> portal.call("POST", "/attestation/"
                    + order.link() + "/sms-code", Optional.empty(), Map.of()));
            return new Click("POST", "/attestation/" + order.link() + "/decision", Optional.empty(),
                    Map.of("approve", true, "code", code), Map.of());
        });
        ROUTES.put("POST /attestation/{linkId}/bankid", () -> new Click("POST", "/attestation/"
                + portal.awaitingAttestation().link() + "/bankid", Optional.empty(), Map.of("approve", true), Map.of()));
        ROUTES.put("POST /attestation/{linkId}/bankid/collect", () -> {
            Attestable order = portal.awaitingAttestation();
            Answer started = portal.call("POST", "/attestation/" + order.link() + "/bankid", Optional.empty(),
                    Map.of("approve", true));
            assertThat(started.status()).as(started.raw()).isEqualTo(200);
            String orderRef = started.at("/orderRef").asText();
            portal.signInBankIdApp(started.at("/autoStartToken").asText(), orderRef,
                    RoutineJourneyIT.ATTESTANTS_BANKID_NUMBER);
            return new Click("POST", "/attestation/" + order.link() + "/bankid/collect", Optional.empty(),
                    Map.of("orderRef", orderRef, "approve", true), Map.of());
        });
        ROUTES.put("POST /operator/orders/{orderId}/delivery", () -> {
            Attestable order = portal.awaitingAttestation();
            String code = portal.smsCodeSentBy(order.mobile(), () -> portal.call("POST", "/attestation/"
                    + order.link() + "/sms-code", Optional.empty(), Map.of()));
            Answer approved = portal.call("POST", "/attestation/" + order.link() + "/decision", Optional.empty(),
                    Map.of("approve", true, "code", code));
            assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
            String operator = portal.operatorToken();
            Portal.await(() -> Optional.of(portal.call("GET", "/operator/deliveries", operator, null).raw())
                    .filter(list -> list.contains(order.orderId())), () -> "The order never awaited delivery");
            return new Click("POST", "/operator/orders/" + order.orderId() + "/delivery", Optional.of(operator),
                    Map.of("accessInstructions", "Logga in med SITHS-kort."), Map.of());
        });
        ROUTES.put("PUT /organisations/{organisationsnummer}/invoicing", () -> {
            Organisation organisation = portal.register("Region Faktura");
            return new Click("PUT", organisation.path() + "/invoicing", Optional.of(organisation.administrator()),
                    Map.of("reference", "Kostnadsställe 4711", "useDefaultAddress", true), Map.of());
        });
        ROUTES.put("POST /organisations/{organisationsnummer}/users", () -> {
            Organisation organisation = portal.register("Region Ny Person");
            return new Click("POST", organisation.path() + "/users", Optional.of(organisation.administrator()),
                    Portal.person("Ny Person", email("ny"), null, "ORDERER"), Map.of());
        });
        ROUTES.put("PUT /organisations/{organisationsnummer}/users/{userId}", () -> {
            Organisation organisation = portal.register("Region Ändra");
            String person = portal.add(organisation, Portal.person("Olle Person", email("olle"), null, "ORDERER"));
            return new Click("PUT", organisation.path() + "/users/" + person, Optional.of(organisation.administrator()),
                    Map.of("name", "Olle Ändrad", "roles", List.of("ORDERER", "AGREEMENT_CONTACT")), Map.of());
        });
        ROUTES.put("DELETE /organisations/{organisationsnummer}/users/{userId}", () -> {
            Organisation organisation = portal.register("Region Ta bort");
            String person = portal.add(organisation, Portal.person("Olle Person", email("olle"), null, "ORDERER"));
            return new Click("DELETE", organisation.path() + "/users/" + person,
                    Optional.of(organisation.administrator()), null, Map.of());
        });
        ROUTES.put("POST /organisations/{organisationsnummer}/orders/quote", () -> {
            Orderable orderable = portal.orderable();
            return new Click("POST", orderable.organisation().path() + "/orders/quote", Optional.of(orderable.orderer()),
                    OrderingIT.webcertOrder(true, false), Map.of());
        });
        ROUTES.put("POST /organisations/{organisationsnummer}/orders", () -> {
            Orderable orderable = portal.orderable();
            // The order page sends one Idempotency-Key per filled-in form, so its double click carries one key.
            return new Click("POST", orderable.organisation().path() + "/orders", Optional.of(orderable.orderer()),
                    OrderingIT.webcertOrder(true, false), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        });
    }

    /**
     * Two starts of BankID on one link at the same moment: the second cancels the first's order (a sign order per
     * link; BankID also ends both when two run for one person), so the click whose answer the page shows may show a
     * dead order. One effect in the table, but not yet one working order: the test says so by skipping, not passing.
     */
    private static final Set<String> KNOWN_DOUBLE_STARTS = Set.of("POST /signing/{linkId}/bankid",
            "POST /attestation/{linkId}/bankid");

    /**
     * Routes whose repeat the API answers as the first request: an order under the same Idempotency-Key (201 with the
     * same order), the same invoicing details (200, nothing changed), a quote.
     */
    private static final Set<String> ANSWERED_ALIKE = Set.of("POST /organisations/{organisationsnummer}/orders",
            "PUT /organisations/{organisationsnummer}/invoicing", "POST /organisations/{organisationsnummer}/orders/quote");

    /** Routes that change nothing, by their description in the API (a quote is a price, not an order). */
    private static final Set<String> READS = Set.of("POST /organisations/{organisationsnummer}/orders/quote");

    private static final List<String> report = new ArrayList<>();

    static Stream<Arguments> routes() {
        return ROUTES.keySet().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void theSameRequestTwiceAtOnceHasTheEffectOfOne(String route) throws Exception {
        Effects effects = new Effects(portal);
        Click once = prepared(route);
        Effects.State beforeOnce = effects.settled();
        Answer single = once.send();
        assertThat(single.status()).as(single.raw()).isBetween(200, 299);
        Effect one = Effects.since(beforeOnce, effects.settled());
        endBankIdOrders(List.of(single));

        Click twice = prepared(route);
        Effects.State beforeTwice = effects.settled();
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Answer>> answers = new ArrayList<>();
        for (int click = 0; click < 2; click++) {
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    together.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return twice.send();
            }));
        }
        List<Answer> both = answers.stream().map(CompletableFuture::join).toList();
        Effect doubled = Effects.since(beforeTwice, effects.settled());

        report.add(route + ": " + both.stream().map(answer -> String.valueOf(answer.status())).toList() + " " + one);
        assertThat(both).as("at least one click succeeds").anySatisfy(answer ->
                assertThat(answer.status()).as(answer.raw()).isBetween(200, 299));
        if (ANSWERED_ALIKE.contains(route)) {
            assertThat(both).as("the API answers a repeat as the first").allSatisfy(answer ->
                    assertThat(answer.status()).as(answer.raw()).isEqualTo(single.status()));
        }
        assertThat(both).as("neither fails on the server").allSatisfy(answer ->
                assertThat(answer.status()).as(answer.raw()).isLessThan(500));
        if (READS.contains(route)) {
            assertThat(one.isNothing()).as("%s changes nothing: %s", route, one).isTrue();
        } else {
            assertThat(one.isNothing()).as("%s has an effect to compare", route).isFalse();
        }
        List<String> shown = new ArrayList<>();
        try {
            assertThat(doubled).as(route).isEqualTo(one);
            // A BankID order a click answered with is the one the browser shows: BankID must not have ended it.
            for (Answer answer : both) {
                if (answer.status() == 200 && answer.body().hasNonNull("autoStartToken")) {
                    shown.add(portal.bankIdRp("collect", answer.at("/orderRef").asText()).path("status").asText());
                }
            }
        } finally {
            endBankIdOrders(both);
        }
        assumeFalse(KNOWN_DOUBLE_STARTS.contains(route) && !shown.stream().allMatch("pending"::equals),
                "Known, not fixed (issue 13): two BankID starts at once end the order one click shows " + shown);
        assertThat(shown).as("the BankID orders the clicks show").allMatch("pending"::equals);
    }

    /**
     * The route's starting point, with the caller's login bound already (its first request binds it, which is not
     * the route's effect).
     */
    private static Click prepared(String route) {
        Click click = ROUTES.get(route).get();
        click.token().ifPresent(token -> assertThat(portal.call("GET", "/me", token, null).status()).isLessThan(500));
        return click;
    }

    /** Cancels the BankID orders the answers started, so that the simulator's test persons are free again. */
    private static void endBankIdOrders(List<Answer> answers) {
        answers.stream().filter(answer -> answer.body().hasNonNull("autoStartToken"))
                .forEach(answer -> portal.bankIdRp("cancel", answer.at("/orderRef").asText()));
    }

    /** The table above names every POST, PUT, DELETE and PATCH of the API, and nothing else. */
    @Test
    void everyStateChangingRouteOfTheApiIsInTheTable() throws IOException {
        Set<String> documented = new TreeSet<>();
        String path = null;
        for (String line : Files.readAllLines(SamTemplate.ofProject().source().getParent().resolve("api/openapi.yaml"))) {
            Matcher route = ROUTE.matcher(line);
            Matcher operation = OPERATION.matcher(line);
            if (route.matches()) {
                path = route.group(1);
            } else if (operation.matches() && path != null) {
                documented.add(operation.group(1).toUpperCase(java.util.Locale.ROOT) + " " + path);
            }
        }
        assertThat(documented).hasSizeGreaterThan(15);
        assertThat(new TreeSet<>(ROUTES.keySet())).isEqualTo(documented);
    }

    @AfterAll
    static void printReport() {
        report.forEach(System.out::println);
    }

    /** An application submitted (its workflow waiting for Inera's decision); its id. */
    private static String submitted(String signatoryEmail) {
        return portal.submitApplication(signatoryEmail, SIGNATORY);
    }

    /** An application approved; the signing link mailed to its signatory. */
    private static String signingLink() {
        String signatory = email("signatory");
        Answer decided = portal.call("POST", "/operator/applications/" + submitted(signatory) + "/decision",
                portal.operatorToken(), Map.of("approved", true));
        assertThat(decided.status()).as(decided.raw()).isEqualTo(200);
        return portal.signingLink(signatory);
    }

    private static Map<String, Object> customer(String organisationsnummer, String administratorEmail) {
        return Map.of(
                "organisation", Map.of("name", "Region Dubbelklick", "organisationsnummer", organisationsnummer,
                        "address", Map.of("street", "Regionens hus", "postalCode", "11122", "city", "Exempelstad")),
                "invoicing", Map.of("address", Map.of("street", "Box 456", "postalCode", "111 22", "city", "Exempelstad"),
                        "reference", "Ref 1234"),
                "administrator", Map.of("name", "Admin Dubbel", "email", administratorEmail, "mobile", "0701112233"),
                "agreement", Map.of("signedOn", "2025-03-14", "reference", "Dnr 2025/0042"));
    }
}
