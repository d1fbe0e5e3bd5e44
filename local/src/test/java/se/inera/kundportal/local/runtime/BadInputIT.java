package se.inera.kundportal.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.local.runtime.Portal.email;
import static se.inera.kundportal.local.runtime.Portal.person;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.local.fuzz.ApiOperations;
import se.inera.kundportal.local.fuzz.BadInputRun;
import se.inera.kundportal.local.fuzz.BadRequests;
import se.inera.kundportal.local.fuzz.FuzzTargets;
import se.inera.kundportal.local.fuzz.RawHttp;
import se.inera.kundportal.local.gateway.LocalHttpApiGateway;
import se.inera.kundportal.standins.StandInClients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Generated bad input on every route of {@code api/openapi.yaml}, through the local gateway against the real
 * stand-ins: never a 5xx, never internals in a body, a JSON error for every 4xx, and a rejected request changes
 * nothing in the table. CI runs a fixed seed and a few hundred cases; {@code bench/fuzz.sh [count] [seed]} runs the
 * same test with {@code -Dkundportal.fuzz.count} and {@code -Dkundportal.fuzz.seed}. A failure prints its seed and
 * case number: the same seed makes the same requests.
 */
class BadInputIT extends WithLocalPortal {
    static final long CI_SEED = 20_261_204L;
    static final int CI_CASES = 400;

    @Test
    void aBodyOverApiGatewaysTenMegabytesGets413FromTheGatewayAndChangesNothing() throws IOException {
        try (DynamoDbClient dynamo = StandInClients.dynamoDb(portal.endpoints.dynamoDb())) {
            BadInputRun run = new BadInputRun(portal.endpoints.portal().getPort(), dynamo, LocalRuntime.TABLE_NAME,
                    System.out);
            var before = run.dump();

            // the head alone: the gateway answers from the declared length, before the body would be read
            RawHttp.Response answer = new RawHttp(portal.endpoints.portal().getPort())
                    .sendHeadDeclaring("POST", "/applications", LocalHttpApiGateway.DEFAULT_MAX_BODY_BYTES + 1);

            assertThat(answer.status()).isEqualTo(413);
            assertThat(Portal.JSON.readTree(answer.body()).path("message").asText()).isEqualTo("Request Entity Too Large");
            assertThat(run.dump()).isEqualTo(before);
        }
    }

    @Test
    void everyRouteAnswersGeneratedBadInputWithA4xxAndChangesNothing() {
        long seed = Long.getLong("kundportal.fuzz.seed", CI_SEED);
        int count = Integer.getInteger("kundportal.fuzz.count", CI_CASES);
        String organisation = Portal.organisationsnummer();
        String administrator = portal.registerCustomer(organisation, "Region Fuzz", email("fuzz-admin"));
        String ordererEmail = email("fuzz-orderer");
        assertThat(portal.call("POST", "/organisations/" + organisation + "/users", administrator,
                person("Fuzz Beställare", ordererEmail, null, "ORDERER")).status()).isEqualTo(201);
        String orderer = portal.signInFirstTime(ordererEmail);
        assertThat(portal.call("POST", "/organisations/" + organisation + "/users", administrator,
                person("Fuzz Attestant", email("fuzz-attestant"), OrderingIT.ATTESTANTS_PERSONNUMMER, "ATTESTANT"))
                .status()).isEqualTo(201);
        List<String> userIds = new ArrayList<>();
        portal.call("GET", "/organisations/" + organisation + "/users", administrator, null).body()
                .findValues("userId").forEach(id -> userIds.add(id.asText()));

        FuzzTargets targets = new FuzzTargets(List.of(portal.operatorToken(), administrator, orderer),
                Map.of("organisationsnummer", List.of(organisation), "userId", userIds));
        ApiOperations api = ApiOperations.ofProject();
        try (DynamoDbClient dynamo = StandInClients.dynamoDb(portal.endpoints.dynamoDb())) {
            BadInputRun.Result result = new BadInputRun(portal.endpoints.portal().getPort(), dynamo,
                    LocalRuntime.TABLE_NAME, System.out).run(new BadRequests(api, targets, seed), seed, count);
            System.out.println(result.summary());
            result.failures().forEach(System.out::println);
            assertThat(result.statuses().keySet()).as("every answer was 2xx or 4xx").allMatch(status -> status < 500);
            assertThat(result.failures()).as(result.summary()).isEmpty();
        }
    }
}
