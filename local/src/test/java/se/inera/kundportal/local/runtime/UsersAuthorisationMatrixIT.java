package se.inera.kundportal.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.local.runtime.Portal.email;
import static se.inera.kundportal.local.runtime.Portal.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.local.runtime.Portal.Answer;
import se.inera.kundportal.local.runtime.Portal.Organisation;

/**
 * Every route of users and roles, and customer service's look-up of a customer, × every kind of caller, through the
 * local gateway with cognito-local tokens: the status each gets (401 without a token, 404 for an organisation the
 * caller has no role in, 403 for a member without the role), and no answer about one organisation that shows the
 * other's data.
 */
class UsersAuthorisationMatrixIT extends WithLocalPortal {
    /** How a caller stands to the organisation a request is about. */
    enum Relation { ANONYMOUS, ADMINISTRATOR, NOT_A_MEMBER, ORDERER, AGREEMENT_CONTACT, OPERATOR }

    /** One caller acting in one organisation: they must see nothing of the other. */
    record Acting(String caller, Optional<String> token, Relation relation, Organisation in, Organisation other)
            implements AuthorisationMatrix.Caller {
        @Override
        public String describe() {
            return caller;
        }

        @Override
        public List<String> mustNotSee() {
            return List.of(other.name(), other.number());
        }
    }

    /** A route whose expected status depends only on the caller's relation to the organisation. */
    private static AuthorisationMatrix.Route<Acting> route(String name, Function<Acting, Answer> call,
                                                           Map<Relation, Integer> expected) {
        return new AuthorisationMatrix.Route<>(name, call, acting -> expected.get(acting.relation()));
    }

    @Test
    void everyRouteAnswersEveryKindOfCallerAsItMayAndShowsNoOtherOrganisationsData() {
        Organisation alfa = portal.register("Region Alfa");
        Organisation beta = portal.register("Region Beta");
        String both = portal.member(alfa, "ADMINISTRATOR");
        add(beta, portal.emailOf(both), "ADMINISTRATOR");
        String orderer = portal.member(alfa, "ORDERER");
        String contact = portal.member(alfa, "AGREEMENT_CONTACT");
        assertThat(portal.call("POST", "/organisations/" + alfa.number() + "/users", alfa.administrator(),
                person("Alfas Attestant", email("attestant"), OrderingIT.ATTESTANTS_PERSONNUMMER, "ATTESTANT"))
                .status()).isEqualTo(201); // so that Alfa's orderer may order
        alfaOrder = placeOrder(alfa, orderer);
        Optional<String> operator = Optional.of(portal.operatorToken());

        List<Acting> callers = List.of(
                new Acting("anonymous", Optional.empty(), Relation.ANONYMOUS, alfa, beta),
                new Acting("administrator of Alfa", Optional.of(alfa.administrator()), Relation.ADMINISTRATOR, alfa, beta),
                new Acting("administrator of Beta, in Alfa", Optional.of(beta.administrator()), Relation.NOT_A_MEMBER,
                        alfa, beta),
                new Acting("administrator of Alfa, in Beta", Optional.of(alfa.administrator()), Relation.NOT_A_MEMBER,
                        beta, alfa),
                new Acting("administrator of both, in Alfa", Optional.of(both), Relation.ADMINISTRATOR, alfa, beta),
                new Acting("administrator of both, in Beta", Optional.of(both), Relation.ADMINISTRATOR, beta, alfa),
                new Acting("orderer of Alfa", Optional.of(orderer), Relation.ORDERER, alfa, beta),
                new Acting("agreement contact of Alfa", Optional.of(contact), Relation.AGREEMENT_CONTACT, alfa, beta),
                new Acting("operator", operator, Relation.OPERATOR, alfa, beta));

        AuthorisationMatrix.assertEveryAnswer(routes(), callers);

        assertThat(portal.call("GET", "/me", both, null).raw()).contains(alfa.number(), beta.number());
        assertThat(portal.call("GET", "/me", beta.administrator(), null).raw()).contains(beta.number())
                .doesNotContain(alfa.number(), alfa.name());
        assertThat(portal.call("GET", "/me", orderer, null).raw()).contains(alfa.number())
                .doesNotContain(beta.number(), beta.name());
        assertThat(portal.call("GET", "/me", operator.orElseThrow(), null).at("/operator").asBoolean()).isTrue();

        // Customer service's look-up of Alfa: its standing, every person with their roles, and Alfa's order.
        Answer lookUp = portal.call("GET", "/operator/organisations/" + alfa.number(), operator, null);
        assertThat(lookUp.at("/agreementStanding").asText()).isEqualTo("SIGNED");
        assertThat(lookUp.at("/members").findValuesAsText("email")).contains(portal.emailOf(orderer), portal.emailOf(contact));
        assertThat(lookUp.at("/members").findValues("roles")).anySatisfy(roles ->
                assertThat(roles.toString()).contains("ORDERER"));
        assertThat(lookUp.at("/orders").findValuesAsText("orderId")).contains(alfaOrder);
    }

    /** An order of Alfa, for the order route of every caller (in Beta its id names nothing there). */
    private static String alfaOrder;

    private static List<AuthorisationMatrix.Route<Acting>> routes() {
        List<AuthorisationMatrix.Route<Acting>> routes = new ArrayList<>();
        routes.add(route("GET /catalogue", acting -> portal.call("GET", "/catalogue", acting.token(), null),
                expect(200, 200, 200, 200, 200)));
        routes.add(route("POST …/orders/quote", acting -> portal.call("POST", organisation(acting)
                + "/orders/quote", acting.token(), orderForm()), expect(403, 404, 200, 403, 403)));
        routes.add(route("POST …/orders", acting -> portal.call("POST", organisation(acting) + "/orders",
                acting.token(), orderForm()), expect(403, 404, 201, 403, 403)));
        routes.add(route("GET …/orders", acting -> portal.call("GET", organisation(acting) + "/orders",
                acting.token(), null), expect(403, 404, 200, 403, 403)));
        routes.add(route("GET …/orders/{orderId}", acting -> portal.call("GET", organisation(acting)
                + "/orders/" + alfaOrder, acting.token(), null), expect(403, 404, 200, 403, 403)));
        // GET /me is about the caller, not an organisation: checked after the matrix against their memberships.
        routes.add(new AuthorisationMatrix.Route<>("GET /me", acting -> portal.call("GET", "/me", acting.token(), null),
                acting -> acting.relation() == Relation.ANONYMOUS ? 401 : 200, false));
        routes.add(route("GET /organisations/{nr}", acting -> portal.call("GET", organisation(acting), acting.token(),
                null), expect(200, 404, 200, 200, 200)));
        routes.add(route("GET …/users", acting -> portal.call("GET", organisation(acting) + "/users",
                acting.token(), null), expect(200, 404, 403, 200, 200)));
        routes.add(route("POST …/users", acting -> portal.call("POST", organisation(acting) + "/users",
                acting.token(), person("Ny Person", email("ny"), null, "ORDERER")), expect(201, 404, 403, 403, 403)));
        routes.add(route("PUT …/users/{userId}", acting -> portal.call("PUT", organisation(acting) + "/users/"
                        + add(acting.in(), email("andras"), "ORDERER"), acting.token(),
                Map.of("name", "Ändrad Person", "roles", List.of("ORDERER", "AGREEMENT_CONTACT"))),
                expect(200, 404, 403, 403, 403)));
        routes.add(route("DELETE …/users/{userId}", acting -> portal.call("DELETE", organisation(acting)
                + "/users/" + add(acting.in(), email("tas-bort"), "ORDERER"), acting.token(), null),
                expect(204, 404, 403, 403, 403)));
        routes.add(route("PUT …/invoicing", acting -> portal.call("PUT", organisation(acting) + "/invoicing",
                acting.token(), Map.of("reference", "Ref " + acting.caller(), "useDefaultAddress", true)),
                expect(200, 404, 403, 403, 403)));
        routes.add(route("GET …/readiness", acting -> portal.call("GET", organisation(acting) + "/readiness",
                acting.token(), null), expect(200, 404, 200, 200, 200)));
        routes.add(route("POST /operator/…/administrators", acting -> portal.call("POST", "/operator"
                + organisation(acting) + "/administrators", acting.token(),
                Map.of("name", "Ny Admin", "email", email("ny-admin"), "mobile", "+46701234567")),
                expect(403, 403, 403, 403, 201)));
        routes.add(route("GET /operator/organisations/{nr}", acting -> portal.call("GET", "/operator"
                + organisation(acting), acting.token(), null), expect(403, 403, 403, 403, 200)));
        return routes;
    }

    /** Statuses for administrator, not a member, orderer, agreement contact, operator; anonymous is always 401. */
    private static Map<Relation, Integer> expect(int administrator, int notAMember, int orderer, int contact,
                                                 int operator) {
        return Map.of(Relation.ANONYMOUS, 401, Relation.ADMINISTRATOR, administrator, Relation.NOT_A_MEMBER,
                notAMember, Relation.ORDERER, orderer, Relation.AGREEMENT_CONTACT, contact, Relation.OPERATOR,
                operator);
    }

    private static String organisation(Acting acting) {
        return "/organisations/" + acting.in().number();
    }

    /** The organisation's administrator adds the person; their userId. */
    private static String add(Organisation organisation, String email, String role) {
        return portal.add(organisation, person("Person " + role, email, null, role));
    }

    /** An add-on order of SITHS (no care units), acknowledged as one, so every orderer's attempt may be sent. */
    private static Map<String, Object> orderForm() {
        return Map.of("serviceId", "siths", "offeringId", "siths-anslutning", "careUnits", List.of(),
                "acceptedTermsVersion", "2024-01", "allCareUnitsListed", true,
                "acknowledgesAdditionalStartupFee", true);
    }

    private static String placeOrder(Organisation organisation, String orderer) {
        Answer placed = portal.call("POST", "/organisations/" + organisation.number() + "/orders", orderer,
                orderForm());
        assertThat(placed.status()).as(placed.raw()).isEqualTo(201);
        return placed.at("/order/orderId").asText();
    }
}
