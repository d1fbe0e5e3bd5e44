package se.inera.kundportal.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import se.inera.kundportal.functions.wiring.Wiring;
import se.inera.kundportal.local.asl.AslEngine;
import se.inera.kundportal.local.asl.json.Json;
import se.inera.kundportal.local.asl.lambda.LambdaFunctionException;
import se.inera.kundportal.local.asl.lambda.LambdaRegistry;
import se.inera.kundportal.local.asl.lambda.LocalLambdaContext;
import se.inera.kundportal.local.asl.time.VirtualScheduler;
import se.inera.kundportal.local.gateway.FunctionDefinition;
import se.inera.kundportal.local.gateway.GatewayRequest;
import se.inera.kundportal.local.gateway.GatewayResponse;
import se.inera.kundportal.local.gateway.HttpApiDefinition;
import se.inera.kundportal.local.gateway.LocalHttpApiGateway;
import se.inera.kundportal.local.gateway.TemplateValues;
import se.inera.kundportal.standins.SamTemplate;

class FunctionHandlersTest {
    private static final LocalAccount ACCOUNT = new LocalAccount("eu-north-1", "123456789012", "kundportal-local");
    /** The gateway test template's open route {@code GET /ping} belongs to this function. */
    private static final FunctionDefinition PING = new FunctionDefinition("PingFunction",
            RecordingHandler.class.getName() + "::handleRequest", Map.of(), Duration.ofSeconds(3));

    /** Keeps every event and context it is given; answers which caller it saw. */
    public static final class RecordingHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
        static final List<RecordingHandler> MADE = new CopyOnWriteArrayList<>();
        final List<Map<String, Object>> events = new CopyOnWriteArrayList<>();
        final List<Context> contexts = new CopyOnWriteArrayList<>();

        public RecordingHandler() {
            MADE.add(this);
        }

        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            events.add(event);
            contexts.add(context);
            return Map.of("caller", String.valueOf(event.getOrDefault("caller", event.get("routeKey"))));
        }
    }

    @Test
    void theGatewayAndTheEngineCallTheSameHandlerThroughTheSameInvoker() {
        FunctionHandlers handlers = new FunctionHandlers(List.of(PING), ACCOUNT);
        LambdaRegistry registry = new LambdaRegistry();
        handlers.registerAll(ACCOUNT, registry);
        VirtualScheduler clock = new VirtualScheduler(Instant.parse("2026-03-02T09:00:00Z"));
        AslEngine engine = new AslEngine(clock, registry, ACCOUNT.region(), ACCOUNT.accountId());
        LocalHttpApiGateway gateway = LocalHttpApiGateway.builder(gatewayTemplateApi()).functions(handlers::forRoute).build();

        GatewayResponse response = gateway.respond(new GatewayRequest("GET", "/ping", "", Map.of(), new byte[0],
                "127.0.0.1", "HTTP/1.1"));
        String machine = engine.createStateMachine("ping", """
                {"StartAt": "Ping", "States": {"Ping": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "%s", "Payload": {"caller": "engine"}},
                  "OutputPath": "$.Payload", "End": true}}}
                """.formatted(ACCOUNT.functionArn("PingFunction")), ACCOUNT.stateMachineRoleArn("ping")).stateMachineArn();
        String execution = engine.startExecution(machine, null, "{}").executionArn();
        clock.runUntilIdle();

        assertThat(registry.find("PingFunction")).containsSame(handlers.function("PingFunction").orElseThrow());
        assertThat(registry.find(ACCOUNT.functionArn("PingFunction"))).containsSame(handlers.forRoute(PING));
        assertThat(RecordingHandler.MADE).hasSize(1);
        RecordingHandler handler = RecordingHandler.MADE.get(0);
        assertThat(handler.contexts).hasSize(2).allSatisfy(context -> {
            assertThat(context).isInstanceOf(LocalLambdaContext.class);
            assertThat(context.getFunctionName()).isEqualTo("PingFunction");
        });
        // Both events arrived as JSON read by the runtime's serialiser: the gateway's as the payload 2.0 document.
        assertThat(handler.events.get(0)).containsEntry("version", "2.0").containsEntry("routeKey", "GET /ping");
        assertThat(handler.events.get(1)).containsExactly(Map.entry("caller", "engine"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo("{\"caller\":\"GET /ping\"}");
        assertThat(Json.parse(engine.describeExecution(execution).output())).isEqualTo(Json.parse("{\"caller\":\"engine\"}"));
    }

    /** Reaches the onboarding workflow through its own wiring, which needs {@code ONBOARDING_STATE_MACHINE_ARN}. */
    public static final class WorkflowStartingHandler implements RequestHandler<Map<String, Object>, String> {
        private final Wiring wiring;

        public WorkflowStartingHandler(Wiring wiring) {
            this.wiring = wiring;
        }

        @Override
        public String handleRequest(Map<String, Object> event, Context context) {
            wiring.workflowStarter();
            return "wired";
        }
    }

    @Test
    void aVariableTheFunctionLacksInTheTemplateFailsAsInLambdaEvenWhenAnotherFunctionHasIt() {
        String handler = WorkflowStartingHandler.class.getName() + "::handleRequest";
        FunctionDefinition withArn = new FunctionDefinition("SubmitFunction", handler, Map.of("TABLE_NAME", "kundportal",
                "ONBOARDING_STATE_MACHINE_ARN", ACCOUNT.stateMachineArn("OnboardingStateMachine")), Duration.ofSeconds(3));
        FunctionDefinition withoutArn = new FunctionDefinition("PageFunction", handler, Map.of("TABLE_NAME", "kundportal"),
                Duration.ofSeconds(3));
        FunctionHandlers handlers = new FunctionHandlers(List.of(withArn, withoutArn), ACCOUNT);
        byte[] event = "{}".getBytes(StandardCharsets.UTF_8);

        byte[] wired = handlers.function("SubmitFunction").orElseThrow().invoke(event, context("SubmitFunction"));

        assertThat(new String(wired, StandardCharsets.UTF_8)).isEqualTo("\"wired\"");
        assertThatThrownBy(() -> handlers.function("PageFunction").orElseThrow().invoke(event, context("PageFunction")))
                .isInstanceOfSatisfying(LambdaFunctionException.class, error -> {
                    assertThat(error.errorType()).isEqualTo(IllegalStateException.class.getName());
                    assertThat(error.errorPayload()).contains("Environment variable ONBOARDING_STATE_MACHINE_ARN is not set");
                });
    }

    @Test
    void aFunctionGetsTheVariablesLambdaReservesBesideItsOwn() {
        assertThat(FunctionHandlers.lambdaEnvironment(PING, ACCOUNT))
                .containsEntry("AWS_REGION", "eu-north-1")
                .containsEntry("AWS_LAMBDA_FUNCTION_NAME", "PingFunction");
    }

    @Test
    void aFunctionWhoseHandlerCannotBeMadeIsNamedAndLeftOut() {
        FunctionDefinition missing = new FunctionDefinition("MissingFunction", "se.inera.kundportal.functions.NoSuchHandler",
                Map.of(), Duration.ofSeconds(3));

        FunctionHandlers handlers = new FunctionHandlers(List.of(missing), ACCOUNT);

        assertThat(handlers.function("MissingFunction")).isEmpty();
        assertThat(handlers.problems()).singleElement().asString()
                .startsWith("MissingFunction: se.inera.kundportal.functions.NoSuchHandler cannot be made");
    }

    private static LocalLambdaContext context(String functionName) {
        Instant now = Instant.now();
        return new LocalLambdaContext("request-1", functionName, ACCOUNT.functionArn(functionName), Clock.systemUTC(),
                now.plusSeconds(3), 512);
    }

    private static HttpApiDefinition gatewayTemplateApi() {
        try {
            SamTemplate template = SamTemplate.load(Path.of(FunctionHandlersTest.class.getResource("/gateway/template.yaml").toURI()));
            return HttpApiDefinition.fromTemplate(template, "HttpApi", TemplateValues.of(Map.of("UserPoolClient", "client-1")))
                    .withAuthorizer("CognitoJwt", jwt -> jwt.withIssuer("http://127.0.0.1:9/local_pool"));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
