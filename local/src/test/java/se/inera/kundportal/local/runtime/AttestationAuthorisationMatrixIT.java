package se.inera.kundportal.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.local.runtime.Portal.email;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.local.runtime.AuthorisationMatrix.Route;
import se.inera.kundportal.local.runtime.Portal.Answer;
import se.inera.kundportal.local.runtime.Portal.Organisation;

/**
 * Every attestation and delivery route × every kind of caller, through the local gateway with cognito-local tokens.
 * The attestation routes are public (the opaque link is the credential) but refuse any request that carries a
 * portal session, a token or the web client's session marker ("logga ut från Kundportalen först"); the holder of
 * another order's link can neither read nor act on this order, not even with this order's SMS code or BankID order;
 * a guessed link (the order's own id) names nothing; the delivery routes are the operators'. No answer shows a
 * caller another organisation's data.
 */
class AttestationAuthorisationMatrixIT extends WithLocalPortal {
    private static final String LOG_OUT_FIRST = "logga ut från Kundportalen först";

    /** How a caller stands to Alfa's order awaiting attestation. */
    enum Kind {
        /** Alfa's attestant with the mailed link, not signed in: the one who may attest. */
        LINK_HOLDER,
        /** Beta's attestant with the link to Beta's order, trying Alfa's order's code and BankID order on it. */
        OTHER_ORDERS_LINK_HOLDER,
        /** Someone without a link, trying Alfa's order's id as one. */
        GUESSER,
        /** Alfa's attestant (also its agreement contact) with the link while signed in to the portal (a token). */
        SIGNED_IN_ATTESTANT,
        /** The link with the web client's session marker and no token. */
        SESSION_MARKER,
        /** Alfa's orderer, signed in, with the link. */
        ORDERER,
        /** Beta's administrator, signed in, with the link. */
        NOT_A_MEMBER,
        /** Inera's operator, signed in, with the link. */
        OPERATOR
    }

    private static final Set<Kind> WITHOUT_TOKEN = EnumSet.of(Kind.LINK_HOLDER, Kind.OTHER_ORDERS_LINK_HOLDER,
            Kind.GUESSER, Kind.SESSION_MARKER);

    /** One caller: the link it uses, its headers (a token, a session marker), and what it must not learn. */
    record Holder(Kind kind, String link, Optional<String> token, Map<String, String> headers, List<String> mustNotSee)
            implements AuthorisationMatrix.Caller {
        @Override
        public String describe() {
            return kind.name();
        }

        Answer post(String path, Map<String, ?> body) {
            return portal.call("POST", path, token, body, headers);
        }
    }

    /** Alfa's order and what its rightful attestant got: the SMS code and the BankID order (set as the matrix runs). */
    private static final Map<String, String> alfas = new HashMap<>();

    @Test
    void everyAttestationAndDeliveryRouteAnswersEveryKindOfCallerAsItMayAndShowsNobodyElsesOrder() {
        Organisation alfa = portal.register("Region Alfa");
        Organisation beta = portal.register("Region Beta");
        String alfasAttestantEmail = email("attestant");
        String alfasMobile = Portal.mobile();
        portal.add(alfa, Portal.personWithMobile("Alfas Attestant", alfasAttestantEmail, alfasMobile,
                OrderingIT.ATTESTANTS_PERSONNUMMER, "ATTESTANT", "AGREEMENT_CONTACT")); // so she may sign in too
        String betasAttestantEmail = email("attestant");
        // Another person than Alfa's: BankID cancels both of two sign orders for one person at once.
        portal.add(beta, Portal.personWithMobile("Betas Attestant", betasAttestantEmail, Portal.mobile(),
                "19790214-9926", "ATTESTANT"));
        String alfasOrderer = portal.member(alfa, "ORDERER");
        String alfasOrder = place(alfa, alfasOrderer);
        String alfasLink = portal.attestationLink(alfasAttestantEmail);
        String betasOrder = place(beta, portal.member(beta, "ORDERER"));
        String betasLink = portal.attestationLink(betasAttestantEmail);
        String signedInAttestant = portal.signInFirstTime(alfasAttestantEmail);
        alfas.put("mobile", alfasMobile);

        List<String> alfasData = List.of(alfa.name(), alfa.number(), alfasOrder);
        List<String> betasData = List.of(beta.name(), beta.number(), betasOrder);
        List<String> anyOrdersData = new ArrayList<>(alfasData);
        anyOrdersData.addAll(betasData);
        List<Holder> callers = List.of(
                new Holder(Kind.LINK_HOLDER, alfasLink, Optional.empty(), Map.of(), betasData),
                new Holder(Kind.OTHER_ORDERS_LINK_HOLDER, betasLink, Optional.empty(), Map.of(), alfasData),
                new Holder(Kind.GUESSER, alfasOrder, Optional.empty(), Map.of(),
                        List.of(alfa.name(), alfa.number(), beta.name(), beta.number(), betasOrder)),
                new Holder(Kind.SIGNED_IN_ATTESTANT, alfasLink, Optional.of(signedInAttestant), Map.of(), anyOrdersData),
                new Holder(Kind.SESSION_MARKER, alfasLink, Optional.empty(), Map.of("X-Kundportal-Session", "1"),
                        anyOrdersData),
                new Holder(Kind.ORDERER, alfasLink, Optional.of(alfasOrderer), Map.of(), anyOrdersData),
                new Holder(Kind.NOT_A_MEMBER, alfasLink, Optional.of(beta.administrator()), Map.of(), anyOrdersData),
                new Holder(Kind.OPERATOR, alfasLink, Optional.of(portal.operatorToken()), Map.of(), anyOrdersData));

        AuthorisationMatrix.assertEveryAnswer(routes(alfasOrder), callers);

        // Only the link holder's request sent an SMS, and nothing any caller did attested the order.
        assertThat(portal.smsTo(alfasMobile)).hasSize(1);
        Answer order = portal.call("GET", alfa.path() + "/orders/" + alfasOrder, alfasOrderer, null);
        assertThat(order.at("/status").asText()).isEqualTo("AWAITING_ATTESTATION");
        assertThat(order.at("/attestations")).isEmpty();
        for (Holder refused : callers.subList(3, callers.size())) {
            Answer page = portal.call("GET", "/attestation/" + alfasLink, refused.token(), null, refused.headers());
            assertThat(page.raw()).as(refused.describe()).contains(LOG_OUT_FIRST);
        }

        // Alfa's attestant signs in the BankID app; the holder of Beta's link cannot collect that signature.
        portal.signInBankIdApp(alfas.get("autoStartToken"), alfas.get("orderRef"),
                RoutineJourneyIT.ATTESTANTS_BANKID_NUMBER);
        Answer stolen = callers.get(1).post("/attestation/" + betasLink + "/bankid/collect",
                Map.of("orderRef", alfas.get("orderRef")));
        assertThat(stolen.status()).as(stolen.raw()).isBetween(400, 499);
        assertThat(stolen.raw()).doesNotContain(alfasData);
        assertThat(portal.call("GET", alfa.path() + "/orders/" + alfasOrder, alfasOrderer, null).at("/attestations"))
                .isEmpty();
        Answer collected = callers.get(0).post("/attestation/" + alfasLink + "/bankid/collect",
                Map.of("orderRef", alfas.get("orderRef")));
        assertThat(collected.at("/status").asText()).as(collected.raw()).isEqualTo("complete");
        assertThat(portal.call("GET", alfa.path() + "/orders/" + alfasOrder, alfasOrderer, null).at("/attestations"))
                .singleElement().satisfies(given -> assertThat(given.path("decision").asText()).isEqualTo("APPROVED"));
    }

    private static List<Route<Holder>> routes(String alfasOrder) {
        List<Route<Holder>> routes = new ArrayList<>();
        routes.add(new Route<>("GET /attestation/{linkId}", holder -> portal.call("GET", "/attestation/"
                + holder.link(), holder.token(), null, holder.headers()), attestation(200, 200)));
        routes.add(new Route<>("POST …/sms-code", holder -> holder.post("/attestation/" + holder.link() + "/sms-code",
                Map.of()), attestation(200, 200)));
        // Everyone offers the code Alfa's attestant got; the link holder, who is the one who may, a wrong one.
        routes.add(new Route<>("POST …/decision", holder -> holder.post("/attestation/" + holder.link() + "/decision",
                Map.of("approve", true, "code", holder.kind() == Kind.LINK_HOLDER ? wrong(alfasCode()) : alfasCode())),
                attestation(400, 400)));
        routes.add(new Route<>("POST …/bankid", holder -> {
            Answer started = holder.post("/attestation/" + holder.link() + "/bankid", Map.of("approve", true));
            if (holder.kind() == Kind.LINK_HOLDER && started.status() == 200) {
                alfas.put("orderRef", started.at("/orderRef").asText());
                alfas.put("autoStartToken", started.at("/autoStartToken").asText());
            }
            return started;
        }, attestation(200, 200)));
        routes.add(new Route<>("POST …/bankid/collect", holder -> holder.post("/attestation/" + holder.link()
                + "/bankid/collect", Map.of("orderRef", alfas.getOrDefault("orderRef", "saknas"))),
                attestation(200, 404)));
        routes.add(new Route<>("GET /operator/deliveries", holder -> portal.call("GET", "/operator/deliveries",
                holder.token(), null, holder.headers()), operator(200)));
        routes.add(new Route<>("POST /operator/orders/{orderId}/delivery", holder -> portal.call("POST",
                "/operator/orders/" + alfasOrder + "/delivery", holder.token(),
                Map.of("accessInstructions", "Logga in med SITHS-kort."), holder.headers()), operator(409)));
        return routes;
    }

    /** An attestation route: what the link holder and the other order's holder get; a guess 404, a session 403. */
    private static Function<Holder, Integer> attestation(int linkHolder, int otherOrdersLinkHolder) {
        return holder -> switch (holder.kind()) {
            case LINK_HOLDER -> linkHolder;
            case OTHER_ORDERS_LINK_HOLDER -> otherOrdersLinkHolder;
            case GUESSER -> 404;
            default -> 403;
        };
    }

    /** A delivery route: 401 without a token, 403 for a customer's person, {@code operator} for the operator. */
    private static Function<Holder, Integer> operator(int operator) {
        return holder -> holder.kind() == Kind.OPERATOR ? operator : WITHOUT_TOKEN.contains(holder.kind()) ? 401 : 403;
    }

    /** The code of the one SMS Alfa's attestant has been sent. */
    private static String alfasCode() {
        String message = portal.smsTo(alfas.get("mobile")).path(0).path("message").asText();
        return message.replaceAll("(?s).*?\\b(\\d{6})\\b.*", "$1");
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    private static String place(Organisation organisation, String orderer) {
        Answer placed = portal.call("POST", organisation.path() + "/orders", orderer, OrderingIT.webcertOrder(true, false));
        assertThat(placed.status()).as(placed.raw()).isEqualTo(201);
        return placed.at("/order/orderId").asText();
    }
}
