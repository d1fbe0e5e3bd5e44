package se.inera.kundportal.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.local.runtime.Portal.email;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import se.inera.kundportal.local.runtime.Portal.Answer;
import se.inera.kundportal.local.runtime.Portal.Organisation;

/**
 * Bad input on every route of ordering, attestation and delivery, through the local gateway: each row a request
 * with wrong types, missing fields, unknown ids, huge strings, bad HSA-ids or duplicate care units, and what it
 * must get: 400 naming the fields with a Swedish message each, or 404 for an id that names nothing; never a 5xx,
 * and no request of the table changes anything (the order stays awaiting attestation, the orderer has one order).
 */
class OrderingBadInputIT extends WithLocalPortal {
    private static final String HUGE = "x".repeat(100_000);
    private static Organisation organisation;
    private static String orderer;
    private static String operator;
    private static String orderId;
    private static String link;

    /** A request and what it must get: {@code status}, and for a 400 at least these {@code fields}. */
    record Row(String name, String method, String path, Optional<String> token, Object body,
               Map<String, String> headers, int status, List<String> fields) {
        Answer call() {
            return portal.call(method, path, token, body, headers);
        }
    }

    @BeforeAll
    static void anOrderAwaitingAttestation() {
        organisation = portal.register("Region Felinmatning");
        String attestantEmail = email("attestant");
        portal.add(organisation, Portal.personWithMobile("Astrid Attestant", attestantEmail, Portal.mobile(),
                OrderingIT.ATTESTANTS_PERSONNUMMER, "ATTESTANT"));
        orderer = portal.member(organisation, "ORDERER");
        operator = portal.operatorToken();
        Answer placed = portal.call("POST", orders(), orderer, OrderingIT.webcertOrder(true, false));
        assertThat(placed.status()).as(placed.raw()).isEqualTo(201);
        orderId = placed.at("/order/orderId").asText();
        link = portal.attestationLink(attestantEmail);
    }

    @TestFactory
    Stream<DynamicTest> badInputIsA400WithSwedishFieldMessagesOrA404NeverA5xx() {
        List<Row> rows = new ArrayList<>();
        // POST …/orders/quote and POST …/orders share the form.
        for (String route : List.of("/quote", "")) {
            String path = orders() + route;
            boolean quote = !route.isEmpty();
            rows.add(orderer("form not JSON " + route, "POST", path, "{inte json", 400, "body"));
            rows.add(orderer("form not an object " + route, "POST", path, "[1, 2]", 400, "body"));
            rows.add(orderer("form empty " + route, "POST", path, Map.of(), 400, "serviceId", "offeringId"));
            List<String> wrongTypes = new ArrayList<>(List.of("serviceId", "offeringId", "careUnits"));
            if (!quote) { // the quote reads only the choice and the care units
                wrongTypes.addAll(List.of("acceptedTermsVersion", "allCareUnitsListed",
                        "acknowledgesAdditionalStartupFee"));
            }
            rows.add(orderer("form of wrong types " + route, "POST", path, Map.of("serviceId", true,
                    "offeringId", List.of("webcert"), "careUnits", "Vårdcentral Norr", "acceptedTermsVersion", Map.of(),
                    "allCareUnitsListed", "ja", "acknowledgesAdditionalStartupFee", 1), 400,
                    wrongTypes.toArray(String[]::new)));
            rows.add(orderer("unknown service " + route, "POST", path, form(Map.of("serviceId", "finns-inte")), 400,
                    "serviceId"));
            rows.add(orderer("unknown offering " + route, "POST", path, form(Map.of("offeringId", "finns-inte")), 400,
                    "offeringId"));
            rows.add(orderer("huge ids " + route, "POST", path, form(Map.of("serviceId", HUGE, "offeringId", HUGE)),
                    400, "serviceId"));
            rows.add(orderer("bad HSA-ids " + route, "POST", path, form(Map.of("careUnits", List.of(
                    unit("inte ett hsa-id", "Vårdcentral Syd"), unit("SE123", "Vårdcentral Väst"), unit("", "Tom"),
                    unit(HUGE, "Stor")))), 400, "careUnits[0].hsaId", "careUnits[1].hsaId", "careUnits[2].hsaId",
                    "careUnits[3].hsaId"));
            rows.add(orderer("duplicate care units " + route, "POST", path, form(Map.of("careUnits", List.of(
                    unit("SE2321000016-1234", "Vårdcentral Norr"), unit("se2321000016-1234", "Vårdcentral Norr igen"),
                    unit("SE2321000016-1234", "Vårdcentral Norr en gång till")))), 400, "careUnits[2].hsaId"));
            rows.add(orderer("care unit not an object " + route, "POST", path, form(Map.of("careUnits",
                    List.of("SE2321000016-1234"))), 400, "careUnits[0]"));
            rows.add(orderer("care unit without a name " + route, "POST", path, form(Map.of("careUnits",
                    List.of(Map.of("hsaId", "SE2321000016-1234")))), 400, "careUnits[0].name"));
            rows.add(orderer("huge care unit name " + route, "POST", path, form(Map.of("careUnits",
                    List.of(unit("SE2321000016-1234", HUGE)))), 400, "careUnits[0].name"));
            if (!quote) { // the terms are accepted when the form is sent
                rows.add(orderer("old terms", "POST", path, form(Map.of("acceptedTermsVersion", "1999-01")), 400,
                        "acceptedTermsVersion"));
            }
            rows.add(orderer("bad organisationsnummer " + route, "POST", "/organisations/55990O-4561/orders" + route,
                    OrderingIT.webcertOrder(true, false), 400, "organisationsnummer"));
        }
        rows.add(new Row("huge Idempotency-Key", "POST", orders(), Optional.of(orderer),
                OrderingIT.webcertOrder(true, true), Map.of("Idempotency-Key", "x".repeat(201)), 400,
                List.of("Idempotency-Key")));
        // GET …/orders and GET …/orders/{orderId}
        for (String query : List.of("limit=0", "limit=abc", "limit=100000", "limit=" + HUGE.substring(0, 1000))) {
            rows.add(orderer("orders with " + query.substring(0, Math.min(query.length(), 12)), "GET",
                    orders() + "?" + query, null, 400, "limit"));
        }
        rows.add(orderer("orders with a made-up cursor", "GET", orders() + "?cursor=inte-en-markor", null, 400,
                "cursor"));
        rows.add(orderer("orders with a huge cursor", "GET", orders() + "?cursor=" + "A".repeat(5000), null, 400,
                "cursor"));
        rows.add(orderer("unknown order", "GET", orders() + "/" + UUID.randomUUID(), null, 404));
        rows.add(orderer("order id of impossible shape", "GET", orders() + "/inte%20ett%20id", null, 404));
        rows.add(orderer("huge order id", "GET", orders() + "/" + "x".repeat(2000), null, 404));
        // The attestation routes (public: no token).
        for (String route : List.of("", "/sms-code", "/decision", "/bankid", "/bankid/collect")) {
            String method = route.isEmpty() ? "GET" : "POST";
            Object body = route.isEmpty() ? null : Map.of("approve", true, "code", "123456", "orderRef", "x");
            rows.add(anonymous("short link " + route, method, "/attestation/x" + route, body, 404));
            rows.add(anonymous("unknown link " + route, method, "/attestation/" + "A".repeat(43) + route, body, 404));
            rows.add(anonymous("huge link " + route, method, "/attestation/" + "A".repeat(2000) + route, body, 404));
        }
        String decision = "/attestation/" + link + "/decision";
        rows.add(anonymous("decision not JSON", "POST", decision, "{inte json", 400, "body"));
        rows.add(anonymous("decision not an object", "POST", decision, "\"ja\"", 400, "body"));
        rows.add(anonymous("decision empty", "POST", decision, Map.of(), 400, "approve", "code"));
        rows.add(anonymous("decision of wrong types", "POST", decision, Map.of("approve", "ja", "code", List.of(1),
                "reason", Map.of()), 400, "approve", "code", "reason"));
        rows.add(anonymous("decision with nulls", "POST", decision, "{\"approve\": null, \"code\": null}", 400,
                "approve", "code"));
        rows.add(anonymous("code of letters", "POST", decision, Map.of("approve", true, "code", "12ab56"), 400,
                "code"));
        rows.add(anonymous("code of seven digits", "POST", decision, Map.of("approve", true, "code", "1234567"), 400,
                "code"));
        rows.add(anonymous("code of other digits", "POST", decision, Map.of("approve", true, "code", "١٢٣٤٥٦"), 400,
                "code"));
        rows.add(anonymous("huge code", "POST", decision, Map.of("approve", true, "code", HUGE), 400, "code"));
        rows.add(anonymous("huge rejection reason", "POST", decision, Map.of("approve", false, "code", "123456",
                "reason", HUGE), 400, "reason"));
        // The decision is checked before BankID starts, so nobody signs a decision that would then be refused.
        String start = "/attestation/" + link + "/bankid";
        rows.add(anonymous("BankID start without a decision", "POST", start, Map.of(), 400, "approve"));
        rows.add(anonymous("BankID start of a wrong type", "POST", start, Map.of("approve", "ja"), 400, "approve"));
        rows.add(anonymous("BankID rejection without a reason", "POST", start, Map.of("approve", false), 400,
                "reason"));
        rows.add(anonymous("BankID rejection with a huge reason", "POST", start, Map.of("approve", false,
                "reason", HUGE), 400, "reason"));
        String collect = "/attestation/" + link + "/bankid/collect";
        rows.add(anonymous("collect not JSON", "POST", collect, "{inte json", 400, "body"));
        rows.add(anonymous("collect empty", "POST", collect, Map.of(), 400, "orderRef"));
        rows.add(anonymous("collect of wrong types", "POST", collect, Map.of("orderRef", List.of("x")), 400,
                "orderRef"));
        rows.add(anonymous("collect of an unknown BankID order", "POST", collect, Map.of("orderRef",
                UUID.randomUUID().toString()), 404));
        rows.add(anonymous("collect of a huge BankID order", "POST", collect, Map.of("orderRef", HUGE), 404));
        // The operator's delivery routes.
        for (String query : List.of("limit=0", "limit=abc", "limit=100000")) {
            rows.add(new Row("deliveries with " + query, "GET", "/operator/deliveries?" + query, Optional.of(operator),
                    null, Map.of(), 400, List.of("limit")));
        }
        rows.add(new Row("deliveries with a made-up cursor", "GET", "/operator/deliveries?cursor=inte-en-markor",
                Optional.of(operator), null, Map.of(), 400, List.of("cursor")));
        String delivery = "/operator/orders/" + orderId + "/delivery";
        for (Map.Entry<Object, List<String>> body : List.<Map.Entry<Object, List<String>>>of(
                Map.entry("{inte json", List.of("body")), Map.entry(Map.of(), List.of("accessInstructions")),
                Map.entry(Map.of("accessInstructions", List.of("a")), List.of("accessInstructions")),
                Map.entry(Map.of("accessInstructions", "   "), List.of("accessInstructions")),
                Map.entry(Map.of("accessInstructions", HUGE), List.of("accessInstructions")))) {
            rows.add(new Row("delivery " + abbreviated(body.getKey()), "POST", delivery, Optional.of(operator),
                    body.getKey(), Map.of(), 400, body.getValue()));
        }
        rows.add(new Row("delivery of an unknown order", "POST", "/operator/orders/" + UUID.randomUUID()
                + "/delivery", Optional.of(operator), Map.of("accessInstructions", "Logga in med SITHS-kort."), Map.of(),
                404, List.of()));
        for (String id : List.of("inte%20ett%20id", "x".repeat(2000))) {
            rows.add(new Row("delivery of order " + abbreviated(id), "POST", "/operator/orders/" + id + "/delivery",
                    Optional.of(operator), Map.of("accessInstructions", "Logga in med SITHS-kort."), Map.of(), 400,
                    List.of("orderId")));
        }

        return rows.stream().map(row -> DynamicTest.dynamicTest(row.name(), () -> answersAsItMust(row)));
    }

    @org.junit.jupiter.api.AfterAll
    static void nothingChanged() {
        if (orderer == null) {
            return;
        }
        assertThat(portal.call("GET", orders(), orderer, null).at("/items").findValuesAsText("orderId"))
                .containsExactly(orderId);
        assertThat(portal.call("GET", orders() + "/" + orderId, orderer, null).at("/status").asText())
                .isEqualTo("AWAITING_ATTESTATION");
    }

    private static void answersAsItMust(Row row) {
        Answer answer = row.call();
        assertThat(answer.status()).as("%s %s: %s", row.method(), abbreviated(row.path()), abbreviated(answer.raw()))
                .isEqualTo(row.status());
        if (row.status() != 400) {
            return;
        }
        List<String> fields = new ArrayList<>();
        for (JsonNode error : answer.at("/errors")) {
            fields.add(error.path("field").asText());
            assertThat(error.path("message").asText()).as(answer.raw()).isNotBlank()
                    .doesNotContain("Exception", "java.", "null").matches("[A-ZÅÄÖ].*");
        }
        assertThat(fields).as(abbreviated(answer.raw())).containsAll(row.fields());
        assertThat(answer.raw().length()).as("the answer does not echo a huge value").isLessThan(20_000);
    }

    private static Row orderer(String name, String method, String path, Object body, int status, String... fields) {
        return new Row(name, method, path, Optional.of(orderer), body, Map.of(), status, List.of(fields));
    }

    private static Row anonymous(String name, String method, String path, Object body, int status, String... fields) {
        return new Row(name, method, path, Optional.empty(), body, Map.of(), status, List.of(fields));
    }

    /** The good Webcert form (an add-on by now, acknowledged) with {@code changes}. */
    private static Map<String, Object> form(Map<String, Object> changes) {
        Map<String, Object> form = new HashMap<>(OrderingIT.webcertOrder(true, true));
        form.putAll(changes);
        return form;
    }

    private static Map<String, String> unit(String hsaId, String name) {
        return Map.of("hsaId", hsaId, "name", name);
    }

    private static String orders() {
        return organisation.path() + "/orders";
    }

    private static String abbreviated(Object value) {
        String text = String.valueOf(value);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
