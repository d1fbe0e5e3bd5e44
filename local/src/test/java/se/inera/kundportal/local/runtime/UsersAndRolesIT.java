package se.inera.kundportal.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.local.runtime.Portal.email;
import static se.inera.kundportal.local.runtime.Portal.person;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.local.runtime.Portal.Answer;

/**
 * Users and roles through the local gateway with real cognito-local ID tokens, the handlers of template.yaml and
 * the stand-ins: the administrator of a registered customer adds an orderer and an attestant, their mails arrive,
 * the orderer signs in and sees the role, the organisation becomes ready to order; the last administrator stays
 * (also under two concurrent removals); a removed orderer is refused at the next request.
 */
class UsersAndRolesIT extends WithLocalPortal {
    /** A BankID test person of the simulator: a valid personnummer for the attestant. */
    private static final String PERSONNUMMER = "198501019817";

    @Test
    void theAdministratorGivesRolesThePeopleAreToldAndTheOrganisationBecomesReadyToOrder() {
        String organisation = Portal.organisationsnummer();
        String administratorEmail = email("admin");
        String administrator = portal.registerCustomer(organisation, "Region Ett", administratorEmail);
        String users = "/organisations/" + organisation + "/users";

        Answer notReady = portal.call("GET", "/organisations/" + organisation + "/readiness", administrator, null);
        assertThat(notReady.status()).as(notReady.raw()).isEqualTo(200);
        assertThat(notReady.at("/ready").asBoolean()).isFalse();
        assertThat(notReady.raw()).contains("Attestant behöver vara tilldelad innan det går att beställa")
                .contains("/organisation/" + organisation + "/anvandare/ny?roll=ATTESTANT");

        String ordererEmail = email("orderer");
        Answer orderer = portal.call("POST", users, administrator, person("Olof Beställare", ordererEmail, null,
                "ORDERER"));
        assertThat(orderer.status()).as(orderer.raw()).isEqualTo(201);
        assertThat(orderer.at("/login").asBoolean()).isTrue();
        String attestantEmail = email("attestant");
        Answer attestant = portal.call("POST", users, administrator, person("Astrid Attestant", attestantEmail,
                PERSONNUMMER, "ATTESTANT"));
        assertThat(attestant.status()).as(attestant.raw()).isEqualTo(201);
        assertThat(attestant.at("/login").asBoolean()).isFalse();
        assertThat(attestant.at("/hasPersonnummer").asBoolean()).isTrue();
        assertThat(attestant.raw()).doesNotContain(PERSONNUMMER);

        // The attestant is told what the role means and gets no password; the orderer signs in with theirs.
        assertThat(portal.awaitMail(attestantEmail, text -> text.contains("Attestant")).textBody().orElseThrow())
                .doesNotContain("lösenord");
        String ordererToken = portal.signInFirstTime(ordererEmail);
        Answer me = portal.call("GET", "/me", ordererToken, null);
        assertThat(me.status()).as(me.raw()).isEqualTo(200);
        assertThat(me.at("/organisations/0/organisationsnummer").asText()).isEqualTo(organisation);
        assertThat(me.at("/organisations/0/roles").toString()).isEqualTo("[\"ORDERER\"]");
        assertThat(me.at("/organisations/0/can/order").asBoolean()).isTrue();
        assertThat(me.at("/organisations/0/can/manageUsers").asBoolean()).isFalse();

        Answer ready = portal.call("GET", "/organisations/" + organisation + "/readiness", ordererToken, null);
        assertThat(ready.at("/ready").asBoolean()).as(ready.raw()).isTrue();

        // The same person (same e-mail) added again keeps one account and one userId.
        Answer again = portal.call("POST", users, administrator, person("Olof B", ordererEmail, null,
                "AGREEMENT_CONTACT"));
        assertThat(again.status()).as(again.raw()).isEqualTo(201);
        assertThat(again.at("/userId").asText()).isEqualTo(orderer.at("/userId").asText());
        assertThat(again.at("/roles").toString()).isEqualTo("[\"ORDERER\",\"AGREEMENT_CONTACT\"]");

        // A removed orderer is refused at the next request, with the token they still hold.
        String ordererId = orderer.at("/userId").asText();
        assertThat(portal.call("DELETE", users + "/" + ordererId, administrator, null).status()).isEqualTo(204);
        assertThat(portal.call("GET", "/organisations/" + organisation, ordererToken, null).status()).isEqualTo(404);
        Answer meAfter = portal.call("GET", "/me", ordererToken, null);
        assertThat(meAfter.at("/organisations").size()).as(meAfter.raw()).isZero();
        assertThat(portal.call("GET", "/organisations/" + organisation + "/readiness", administrator, null)
                .at("/ready").asBoolean()).isFalse();
    }

    @Test
    void theOrganisationAlwaysKeepsAnAdministratorAlsoUnderConcurrentRemovals() throws Exception {
        String organisation = Portal.organisationsnummer();
        String first = portal.registerCustomer(organisation, "Region Två", email("first"));
        String users = "/organisations/" + organisation + "/users";
        String firstId = portal.call("GET", "/me", first, null).at("/userId").asText();

        Answer alone = portal.call("DELETE", users + "/" + firstId, first, null);
        assertThat(alone.status()).as(alone.raw()).isEqualTo(409);
        assertThat(alone.at("/message").asText()).contains("minst en administratör");
        Answer demoted = portal.call("PUT", users + "/" + firstId, first,
                Map.of("name", "Först", "roles", List.of("ORDERER")));
        assertThat(demoted.status()).as(demoted.raw()).isEqualTo(409);

        String secondEmail = email("second");
        Answer added = portal.call("POST", users, first, person("Andra Admin", secondEmail, null, "ADMINISTRATOR"));
        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        String second = portal.signInFirstTime(secondEmail);
        String secondId = added.at("/userId").asText();

        // Each administrator removes the other at the same moment: one removal goes through, one administrator stays.
        CompletableFuture<Answer> firstRemovesSecond = CompletableFuture.supplyAsync(
                () -> portal.call("DELETE", users + "/" + secondId, first, null));
        CompletableFuture<Answer> secondRemovesFirst = CompletableFuture.supplyAsync(
                () -> portal.call("DELETE", users + "/" + firstId, second, null));
        List<Integer> statuses = List.of(firstRemovesSecond.get().status(), secondRemovesFirst.get().status());
        assertThat(statuses).as("%s / %s", firstRemovesSecond.get().raw(), secondRemovesFirst.get().raw())
                .containsOnlyOnce(204);
        assertThat(statuses).allMatch(status -> status == 204 || status == 409 || status == 404);

        Answer roles = portal.call("GET", "/operator/organisations/" + organisation + "/administrators",
                portal.operatorToken(), null);
        assertThat(roles.status()).as(roles.raw()).isEqualTo(200);
        assertThat(roles.raw()).containsAnyOf(firstId, secondId);
        assertThat(roles.at("/administrators").size()).as(roles.raw()).isEqualTo(1);
    }

    @Test
    void badInputOnEveryRouteIsA400WithSwedishFieldMessages() {
        String organisation = Portal.organisationsnummer();
        String administrator = portal.registerCustomer(organisation, "Region Tre", email("admin"));
        String operator = portal.operatorToken();
        String base = "/organisations/" + organisation;
        String selfId = portal.call("GET", "/me", administrator, null).at("/userId").asText();

        record Bad(String method, String path, String token, Object body, String field) {
        }
        List<Bad> cases = List.of(
                new Bad("GET", "/organisations/559900-4561", administrator, null, "organisationsnummer"),
                new Bad("GET", "/organisations/12/users", administrator, null, "organisationsnummer"),
                new Bad("GET", "/organisations/abc/readiness", administrator, null, "organisationsnummer"),
                new Bad("POST", base + "/users", administrator, Map.of(), "name"),
                new Bad("POST", base + "/users", administrator, Map.of("name", "A", "email", "inte-en-adress",
                        "roles", List.of("ATTESTANT")), "personnummer"),
                new Bad("POST", base + "/users", administrator, Map.of("name", "A", "email", email("x"),
                        "roles", List.of("CHEF")), "roles"),
                new Bad("POST", base + "/users", administrator, Map.of("name", "A", "email", email("x"),
                        "mobile", "12", "roles", "ORDERER"), "roles"),
                new Bad("POST", base + "/users", administrator, "{not json", "body"),
                new Bad("PUT", base + "/users/" + selfId, administrator, Map.of("name", "", "roles", List.of()),
                        "roles"),
                new Bad("DELETE", "/organisations/559900-4561/users/" + selfId, administrator, null,
                        "organisationsnummer"),
                new Bad("PUT", base + "/invoicing", administrator, Map.of("useDefaultAddress", "ja"),
                        "useDefaultAddress"),
                new Bad("PUT", base + "/invoicing", administrator, Map.of("reference", "R", "useDefaultAddress", false,
                        "address", Map.of("postalCode", "1")), "address.postalCode"),
                new Bad("POST", "/operator/organisations/" + organisation + "/administrators", operator,
                        Map.of("name", "N"), "email"));
        for (Bad bad : cases) {
            Answer answer = portal.call(bad.method(), bad.path(), bad.token(), bad.body());
            assertThat(answer.status()).as("%s %s %s", bad.method(), bad.path(), answer.raw()).isEqualTo(400);
            List<JsonNode> errors = StreamSupport.stream(answer.at("/errors").spliterator(), false).toList();
            assertThat(errors).as(answer.raw()).anySatisfy(error -> {
                assertThat(error.path("field").asText()).isEqualTo(bad.field());
                assertThat(error.path("message").asText()).matches(".*[a-zåäö].*");
            });
        }
        Answer invoicing = portal.call("PUT", base + "/invoicing", administrator,
                Map.of("reference", "Kostnadsställe 4711", "useDefaultAddress", true));
        assertThat(invoicing.status()).as(invoicing.raw()).isEqualTo(200);
        assertThat(invoicing.at("/invoicing/useDefaultAddress").asBoolean()).isTrue();
        assertThat(invoicing.at("/invoicing/reference").asText()).isEqualTo("Kostnadsställe 4711");
        assertThat(invoicing.at("/organisationsnummer").asText()).isEqualTo(organisation);
    }
}
