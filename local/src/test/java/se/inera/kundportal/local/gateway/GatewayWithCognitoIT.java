package se.inera.kundportal.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.inera.kundportal.local.gateway.testhandlers.EchoEventHandler;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.junit.StandIns;
import se.inera.kundportal.standins.junit.StandInsEnvironment;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;

/** The gateway's JWT authorizer against real tokens from cognito-local, its issuer and its JWKS. */
@StandIns({StandIn.COGNITO})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayWithCognitoIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EMAIL = "anna.operator@example.se";
    private static final String PASSWORD = "Correct-Horse-Battery-9";

    private final HttpClient http = HttpClient.newHttpClient();
    private HttpApiDefinition api;
    private AuthenticationResultType tokens;
    private String userSub;

    @BeforeAll
    void signInAUser(StandInsEnvironment standIns) {
        var pool = standIns.userPool();
        var cognito = standIns.cognito();
        userSub = cognito.adminCreateUser(request -> request.userPoolId(pool.userPoolId()).username(EMAIL)
                        .messageAction(MessageActionType.SUPPRESS)
                        .userAttributes(AttributeType.builder().name("email").value(EMAIL).build(),
                                AttributeType.builder().name("email_verified").value("true").build()))
                .user().attributes().stream().filter(attribute -> attribute.name().equals("sub"))
                .findFirst().orElseThrow().value();
        cognito.adminSetUserPassword(request -> request.userPoolId(pool.userPoolId()).username(EMAIL)
                .password(PASSWORD).permanent(true));
        cognito.adminAddUserToGroup(request -> request.userPoolId(pool.userPoolId()).username(EMAIL)
                .groupName("Operators"));
        tokens = cognito.initiateAuth(request -> request.clientId(pool.clientId())
                        .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                        .authParameters(Map.of("USERNAME", EMAIL, "PASSWORD", PASSWORD)))
                .authenticationResult();

        String endpoint = standIns.endpoint(StandIn.COGNITO).toString().replaceAll("/+$", "");
        // cognito-local signs with iss = http://<its host:port>/<userPoolId> and publishes <iss>/.well-known/jwks.json.
        api = GatewayTestTemplate.api(endpoint + "/" + pool.userPoolId())
                .withAuthorizer("CognitoJwt", jwt -> jwt.withAudience(List.of(pool.clientId())));
    }

    @Test
    void refusesTheProtectedRouteWithoutAToken() throws Exception {
        try (var gateway = LocalHttpApiGateway.builder(api).build().start(0)) {
            HttpResponse<String> response = get(gateway.uri(), null);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
            assertThat(response.headers().firstValue("www-authenticate")).hasValue("Bearer");
        }
    }

    @Test
    void handsTheUsersClaimsToTheHandlerForAValidIdToken() throws Exception {
        try (var gateway = LocalHttpApiGateway.builder(api).build().start(0)) {
            HttpResponse<String> response = get(gateway.uri(), tokens.idToken());
            assertThat(response.statusCode()).isEqualTo(201);
            Map<String, String> claims = EchoEventHandler.LAST_EVENT.get().getRequestContext().getAuthorizer().getJwt().getClaims();
            assertThat(claims).containsEntry("sub", userSub).containsEntry("email", EMAIL)
                    .containsEntry("cognito:groups", "[Operators]").containsEntry("token_use", "id");
        }
    }

    @Test
    void acceptsTheAccessTokenByItsClientId() throws Exception {
        try (var gateway = LocalHttpApiGateway.builder(api).build().start(0)) {
            assertThat(get(gateway.uri(), tokens.accessToken()).statusCode()).isEqualTo(201);
            Map<String, String> claims = EchoEventHandler.LAST_EVENT.get().getRequestContext().getAuthorizer().getJwt().getClaims();
            assertThat(claims).containsEntry("sub", userSub).containsEntry("token_use", "access");
        }
    }

    @Test
    void refusesTheTokenOnceItHasExpired() throws Exception {
        // cognito-local's tokens live 24 hours unless the client says otherwise; the gateway's clock is a day ahead.
        Clock dayAfter = Clock.offset(Clock.systemUTC(), Duration.ofHours(25));
        try (var gateway = LocalHttpApiGateway.builder(api).clock(dayAfter).build().start(0)) {
            HttpResponse<String> response = get(gateway.uri(), tokens.idToken());
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("www-authenticate").orElseThrow()).contains("expired");
        }
    }

    @Test
    void refusesATamperedToken() throws Exception {
        String[] parts = tokens.idToken().split("\\.");
        ObjectNode claims = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        claims.put("cognito:groups", "Administrators");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        try (var gateway = LocalHttpApiGateway.builder(api).build().start(0)) {
            assertThat(get(gateway.uri(), tampered).statusCode()).isEqualTo(401);
        }
    }

    private HttpResponse<String> get(URI gateway, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve("/me"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
