package se.inera.kundportal.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.local.asl.lambda.JavaHandlerFunction;

class HttpApiDefinitionTest {
    private final HttpApiDefinition api = HttpApiDefinition.fromTemplate(GatewayTestTemplate.load(), "HttpApi",
            GatewayTestTemplate.VALUES);

    @Test
    void readsEveryHttpApiEventOfTheApiAndNoOtherEvents() {
        assertThat(api.routes().routes()).extracting(HttpApiRoute::routeKey).containsExactlyInAnyOrder(
                "GET /ping", "GET /me", "GET /items/{itemId}", "GET /items/special", "POST /items/{itemId}",
                "ANY /files/{proxy+}", "GET /fail", "GET /slow", "POST /stream", "GET /admin");
    }

    @Test
    void mapsRoutesToTheFunctionsHandler() {
        assertThat(route("GET /ping").function().handler())
                .isEqualTo("se.inera.kundportal.local.gateway.testhandlers.GreetingHandler::handleRequest");
        FunctionDefinition item = route("GET /items/{itemId}").function();
        assertThat(item.name()).isEqualTo("ItemFunction");
        assertThat(item.handlerClassName()).isEqualTo("se.inera.kundportal.local.gateway.testhandlers.EchoEventHandler");
        assertThat(item.handlerMethodName()).isEqualTo("handleRequest");
    }

    @Test
    void usesTheDefaultAuthorizerUnlessTheRouteSaysNone() {
        assertThat(route("GET /me").authorization()).isEqualTo(RouteAuthorization.by("CognitoJwt", List.of()));
        assertThat(route("GET /ping").authorization().isOpen()).isTrue();
        assertThat(route("GET /admin").authorization().requiredScopes()).containsExactly("kundportal/admin");
    }

    @Test
    void mergesGlobalAndFunctionEnvironmentWithReferencesResolved() {
        assertThat(route("GET /me").function().environment()).containsOnly(
                org.assertj.core.api.Assertions.entry("TABLE_NAME", "kundportal-test"),
                org.assertj.core.api.Assertions.entry("STAGE", "test"),
                org.assertj.core.api.Assertions.entry("OVERRIDDEN", "from-function"),
                org.assertj.core.api.Assertions.entry("WORKFLOW_ARN", "arn:aws:states:eu-north-1:123456789012:stateMachine:workflow"),
                org.assertj.core.api.Assertions.entry("QUEUE_URL", "https://sqs.eu-north-1.amazonaws.com/123456789012/jobs"));
        assertThat(route("GET /ping").function().environment()).containsEntry("OVERRIDDEN", "from-globals");
    }

    @Test
    void takesTheFunctionsTimeoutOverTheGlobalOne() {
        assertThat(route("GET /slow").function().timeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(route("GET /ping").function().timeout()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void readsTheJwtAuthorizerWithTheAudienceResolvedAndTheIssuerLeftToTheRuntime() {
        JwtAuthorizerSettings jwt = api.authorizers().get("CognitoJwt");
        assertThat(jwt.identityHeader()).isEqualTo("authorization");
        assertThat(jwt.audience()).containsExactly(GatewayTestTemplate.CLIENT_ID);
        assertThat(jwt.issuer()).startsWith("unresolved:");
        assertThat(api.withAuthorizer("CognitoJwt", settings -> settings.withIssuer("http://127.0.0.1:9229/pool"))
                .authorizers().get("CognitoJwt").jwksUrl()).isEqualTo("http://127.0.0.1:9229/pool/.well-known/jwks.json");
    }

    @Test
    void refusesToBuildAGatewayWhoseAuthorizerHasNoIssuer() {
        assertThatThrownBy(() -> LocalHttpApiGateway.builder(api).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CognitoJwt");
    }

    @Test
    void readsTheCorsConfigurationWithTheOriginsParameterSplit() {
        CorsConfiguration cors = api.cors().orElseThrow();
        assertThat(cors.allowOrigins()).containsExactly("http://localhost:5173", "https://portal.example");
        assertThat(cors.allowMethods()).containsExactly("GET", "POST", "PUT", "DELETE", "OPTIONS");
        assertThat(cors.allowHeaders()).containsExactly("authorization", "content-type");
        assertThat(cors.exposeHeaders()).containsExactly("x-request-total");
        assertThat(cors.maxAgeSeconds()).isEqualTo(Optional.of(600));
        assertThat(cors.allowCredentials()).isTrue();
    }

    @Test
    void readsTheProjectsOwnTemplateAndFindsEveryRoutesHandler() {
        HttpApiDefinition project = HttpApiDefinition.fromTemplate(se.inera.kundportal.standins.SamTemplate.ofProject(),
                "HttpApi", TemplateValues.of(java.util.Map.of("UserPoolClient", "web-client")));
        assertThat(project.authorizers()).containsKey("CognitoJwt");
        assertThat(project.cors()).isPresent();
        assertThat(project.routes().routes()).isNotEmpty();
        project.routes().routes().forEach(route -> {
            FunctionDefinition function = route.function();
            Class<?> handlerClass = assertDoesNotThrowLoading(function.handlerClassName());
            assertThat(JavaHandlerFunction.handlerMethod(handlerClass, function.handlerMethodName()).getName())
                    .isEqualTo(function.handlerMethodName());
        });
    }

    private static Class<?> assertDoesNotThrowLoading(String className) {
        try {
            return Class.forName(className, false, HttpApiDefinitionTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("template.yaml names a handler that does not exist: " + className, e);
        }
    }

    private HttpApiRoute route(String routeKey) {
        return api.routes().routes().stream().filter(route -> route.routeKey().equals(routeKey)).findFirst().orElseThrow();
    }
}
