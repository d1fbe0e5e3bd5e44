package se.inera.kundportal.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.functions.store.DynamoStore;
import se.inera.kundportal.local.asl.lambda.LambdaInvocation;
import se.inera.kundportal.local.asl.time.VirtualScheduler;
import se.inera.kundportal.standins.SamTemplate;
import se.inera.kundportal.standins.SesMailbox;
import se.inera.kundportal.standins.StandInClients;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/**
 * The whole local runtime, started in-process on free ports with a temporary data folder: its health report, the
 * gateway's JWT authorizer against cognito-local with the seeded operator, and a restart on the same data.
 */
class LocalRuntimeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String TOKEN_FUNCTION = "CaptureTaskToken";
    private static final String CALLBACK_MACHINE = """
            {"StartAt": "Wait For Test Callback",
             "States": {"Wait For Test Callback": {"Type": "Task",
                 "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                 "Parameters": {"FunctionName": "%s", "Payload": {"token.$": "$$.Task.Token"}},
                 "End": true}}}
            """.formatted(TOKEN_FUNCTION);

    @TempDir
    Path data;

    private LocalRuntime runtime;

    @AfterEach
    void stopRuntime() {
        if (runtime != null) {
            runtime.close();
        }
    }

    private LocalRuntime start() {
        runtime = LocalRuntime.start(new LocalRuntime.Settings(0, data), new PrintStream(new ByteArrayOutputStream()));
        return runtime;
    }

    @Test
    void healthReportsEveryComponentUp() throws Exception {
        LocalRuntime.Endpoints endpoints = start().endpoints();
        // Every function's handler was made with the Wiring of its own template variables, none left unresolved.
        assertThat(runtime.warnings()).isEmpty();

        HttpResponse<String> response = get(endpoints.health(), Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.path("status").asText()).isEqualTo("UP");
        assertThat(report.path("components")).hasSize(7)
                .allSatisfy(component -> assertThat(component.path("up").asBoolean())
                        .as(component.path("name").asText()).isTrue());
    }

    @Test
    void protectedRouteAnswers401WithoutTokenAndWithAlteredTokens() throws Exception {
        LocalRuntime.Endpoints endpoints = start().endpoints();
        URI applications = endpoints.portal().resolve("/operator/applications");
        String token = operatorIdToken(endpoints);

        assertThat(get(applications, Map.of()).statusCode()).isEqualTo(401);
        assertThat(get(applications, bearer(withClaim(token, "exp", Instant.now().minusSeconds(3600).getEpochSecond())))
                .statusCode()).as("expired token (re-encoded claims)").isEqualTo(401);
        assertThat(get(applications, bearer(withClaim(token, "email", "someone.else@inera.local"))).statusCode())
                .as("tampered claims").isEqualTo(401);
        assertThat(get(applications, bearer(token.substring(0, token.lastIndexOf('.') + 1) + "AAAA")).statusCode())
                .as("tampered signature").isEqualTo(401);
    }

    @Test
    void operatorTokenFromCognitoLocalReachesTheHandlerThroughTheGateway() throws Exception {
        LocalRuntime.Endpoints endpoints = start().endpoints();

        HttpResponse<String> response = get(endpoints.portal().resolve("/operator/applications?status=SUBMITTED"),
                bearer(operatorIdToken(endpoints)));

        // The handler reads the operator group from requestContext.authorizer.jwt.claims, as in events/list-applications.
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode page = JSON.readTree(response.body());
        assertThat(page.path("items").isArray()).isTrue();
    }

    @Test
    void webClientSettingsPointAtThisStartsCognitoAndSimulator() throws Exception {
        LocalRuntime.Endpoints endpoints = start().endpoints();

        JsonNode config = JSON.readTree(get(endpoints.portal().resolve("/config.json"), Map.of()).body());

        assertThat(config.path("userPoolClientId").asText()).isEqualTo(endpoints.userPoolClientId());
        assertThat(URI.create(config.path("cognitoEndpoint").asText()).getPort()).isEqualTo(endpoints.cognito().getPort());
        assertThat(config.path("bankIdSimulatorUrl").asText()).isEqualTo(endpoints.bankIdApp().toString());
        JsonNode links = config.path("developerLinks");
        assertThat(links.path("mailbox").asText()).isEqualTo(endpoints.ses() + "/");
        assertThat(links.path("sms").asText()).isEqualTo(endpoints.sms() + "/");
        assertThat(links.path("bankIdApp").asText()).isEqualTo(endpoints.bankIdApp().toString());
        assertThat(links.path("executions").asText()).isEqualTo(endpoints.console().toString());
    }

    @Test
    void restartKeepsTableDataAndAWaitingExecutionThatCanStillBeCompleted() throws Exception {
        AtomicReference<String> taskToken = new AtomicReference<>();
        LocalRuntime first = start();
        first.lambdas().register(TOKEN_FUNCTION, (request, invocation) -> {
            taskToken.set(readJson(request).path("token").asText());
            return CompletableFuture.completedFuture("{}".getBytes(StandardCharsets.UTF_8));
        });
        String executionArn;
        try (SfnClient sfn = sfn(first.endpoints().stepFunctions());
             DynamoDbClient dynamo = StandInClients.dynamoDb(first.endpoints().dynamoDb())) {
            String machineArn = sfn.createStateMachine(request -> request.name("RestartCallback")
                    .definition(CALLBACK_MACHINE).roleArn("arn:aws:iam::123456789012:role/test")).stateMachineArn();
            executionArn = sfn.startExecution(request -> request.stateMachineArn(machineArn).name("waits-over-restart")
                    .input("{}")).executionArn();
            dynamo.putItem(request -> request.tableName(LocalRuntime.TABLE_NAME).item(Map.of(
                    "PK", AttributeValue.fromS("ORG#5591234567"), "SK", AttributeValue.fromS("PROFILE"),
                    "name", AttributeValue.fromS("Vårdbolaget AB"))));
        }
        awaitTrue(() -> taskToken.get() != null, "the task token to be handed to the function");

        first.close();
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive))
                .as("processes left after stop").isEmpty();

        LocalRuntime second = start();
        try (SfnClient sfn = sfn(second.endpoints().stepFunctions());
             DynamoDbClient dynamo = StandInClients.dynamoDb(second.endpoints().dynamoDb())) {
            Map<String, AttributeValue> organisation = dynamo.getItem(request -> request.tableName(LocalRuntime.TABLE_NAME)
                    .key(Map.of("PK", AttributeValue.fromS("ORG#5591234567"), "SK", AttributeValue.fromS("PROFILE"))))
                    .item();
            assertThat(organisation).containsEntry("name", AttributeValue.fromS("Vårdbolaget AB"));
            assertThat(sfn.describeExecution(request -> request.executionArn(executionArn)).status())
                    .isEqualTo(ExecutionStatus.RUNNING);

            sfn.sendTaskSuccess(request -> request.taskToken(taskToken.get()).output("{\"decided\":true}"));

            awaitTrue(() -> sfn.describeExecution(request -> request.executionArn(executionArn)).status()
                    == ExecutionStatus.SUCCEEDED, "the execution to succeed");
            assertThat(sfn.describeExecution(request -> request.executionArn(executionArn)).output())
                    .isEqualTo("{\"decided\":true}");
        }
    }

    @Test
    void signedInUserOutsideOperatorsIsRefusedByTheHandler() throws Exception {
        LocalRuntime.Endpoints endpoints = start().endpoints();
        String email = "inte.operator@inera.local";
        String password = "Inte-Operator-2026!";
        try (CognitoIdentityProviderClient cognito = StandInClients.cognito(endpoints.cognito())) {
            cognito.adminCreateUser(request -> request.userPoolId(endpoints.userPoolId()).username(email)
                    .messageAction("SUPPRESS"));
            cognito.adminSetUserPassword(request -> request.userPoolId(endpoints.userPoolId()).username(email)
                    .password(password).permanent(true));
        }

        HttpResponse<String> response = get(endpoints.portal().resolve("/operator/applications"),
                bearer(idToken(endpoints, email, password)));

        // Past the authorizer (a valid token), refused by the handler reading the claims' groups.
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    }

    @Test
    void onboardingWaitingForInerasDecisionGoesOnAfterARestart() throws Exception {
        LocalRuntime first = start();
        String applicationId = submitApplication(first);
        String executionArn = onboardingExecutionArn(applicationId);
        try (SfnClient sfn = sfn(first.endpoints().stepFunctions())) {
            awaitTrue(() -> hasSubmittedTaskOf(sfn, executionArn, "Wait For Inera Decision"),
                    "onboarding to wait for Inera's decision");
        }
        first.close();

        LocalRuntime second = start();
        String token = operatorIdToken(second.endpoints());
        HttpResponse<String> decided = HTTP.send(HttpRequest.newBuilder(second.endpoints().portal()
                        .resolve("/operator/applications/" + applicationId + "/decision"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"approved\": true}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(JSON.readTree(decided.body()).path("workflow").asText()).isEqualTo("RESUMED");
        try (SfnClient sfn = sfn(second.endpoints().stepFunctions())) {
            awaitTrue(() -> hasSubmittedTaskOf(sfn, executionArn, "Wait For Signature"),
                    "onboarding to wait for the signature");
        }
        SesMailbox mailbox = new SesMailbox(second.endpoints().ses());
        assertThat(mailbox.sentMailsTo("anna.andersson@vardbolaget.example.se")).hasSize(1);
    }

    /**
     * The template's Schedule event runs the sweeper here, and its handler (made with its own Wiring, as every
     * function's) heals a decision whose wake-up was lost: stored, never sent. Its rate is minutes, so the test runs
     * the scheduled invocation itself, through the same registered invoker.
     */
    @Test
    void theSweeperOfParkedWaitsRunsOnItsScheduleAndWakesADecisionWhoseWakeUpWasLost() throws Exception {
        LocalRuntime local = start();
        ScheduledFunctions.Schedule sweep = new ScheduledFunctions.Schedule("WakeParkedWorkflowsFunction", "Sweep",
                Duration.ofMinutes(5));
        assertThat(local.schedules()).contains(sweep);
        ApplicationId applicationId = new ApplicationId(submitApplication(local));
        String executionArn = onboardingExecutionArn(applicationId.value());
        try (SfnClient sfn = sfn(local.endpoints().stepFunctions());
             DynamoDbClient dynamo = StandInClients.dynamoDb(local.endpoints().dynamoDb())) {
            awaitTrue(() -> hasSubmittedTaskOf(sfn, executionArn, "Wait For Inera Decision"),
                    "onboarding to wait for Inera's decision");
            var applications = new DynamoStore(dynamo, LocalRuntime.TABLE_NAME, Clock.systemUTC()).applications();
            applications.transition(applications.get(applicationId).approve(
                    Actor.operator("olle@inera.se", "Olle Operatör"), Instant.now()), ApplicationStatus.SUBMITTED);

            byte[] answer = local.lambdas().find(sweep.functionId()).orElseThrow().invoke(
                    ScheduledFunctions.scheduledEvent(sweep, Instant.now(), LocalRuntime.ACCOUNT.region(),
                            LocalRuntime.ACCOUNT.accountId()),
                    new LambdaInvocation(sweep.functionId(), LocalRuntime.ACCOUNT.functionArn(sweep.functionId()),
                            "sweep-1", new VirtualScheduler(Instant.now()), Instant.now().plusSeconds(120)))
                    .get(30, TimeUnit.SECONDS);

            assertThat(readJson(answer).path("woken").asInt()).isEqualTo(1);
            awaitTrue(() -> hasSubmittedTaskOf(sfn, executionArn, "Wait For Signature"),
                    "the woken onboarding to wait for the signature");
        }
    }

    /** Sends the sample application through the portal; its application id. */
    private static String submitApplication(LocalRuntime local) throws Exception {
        String applicationBody = JSON.readTree(SamTemplate.ofProject().source().getParent()
                .resolve("events/submit-application/valid-application.json").toFile()).path("body").asText();
        HttpResponse<String> submitted = HTTP.send(HttpRequest.newBuilder(local.endpoints().portal().resolve("/applications"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(applicationBody))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        return JSON.readTree(submitted.body()).path("applicationId").asText();
    }

    private static String onboardingExecutionArn(String applicationId) {
        return LocalRuntime.ACCOUNT.stateMachineArn("OnboardingStateMachine")
                .replace(":stateMachine:", ":execution:") + ":" + applicationId;
    }

    /** The execution has entered {@code state} and handed its task token over (a top-level callback task). */
    private static boolean hasSubmittedTaskOf(SfnClient sfn, String executionArn, String state) {
        boolean entered = false;
        for (HistoryEvent event : sfn.getExecutionHistory(request -> request.executionArn(executionArn)).events()) {
            if (event.type() == HistoryEventType.TASK_STATE_ENTERED) {
                entered = event.stateEnteredEventDetails().name().equals(state);
            } else if (entered && event.type() == HistoryEventType.TASK_SUBMITTED) {
                return true;
            }
        }
        return false;
    }

    private static String operatorIdToken(LocalRuntime.Endpoints endpoints) {
        return idToken(endpoints, OperatorAccount.LOCAL.email(), OperatorAccount.LOCAL.password());
    }

    private static String idToken(LocalRuntime.Endpoints endpoints, String email, String password) {
        try (CognitoIdentityProviderClient cognito = StandInClients.cognito(endpoints.cognito())) {
            return cognito.initiateAuth(request -> request.clientId(endpoints.userPoolClientId())
                    .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", email, "PASSWORD", password)))
                    .authenticationResult().idToken();
        }
    }

    /** The token with one claim changed and the original signature kept, as a forger would try. */
    private static String withClaim(String token, String claim, Object value) throws IOException {
        String[] parts = token.split("\\.");
        ObjectNode claims = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        claims.set(claim, JSON.valueToTree(value));
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(claims));
        return parts[0] + "." + payload + "." + parts[2];
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> get(URI uri, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static SfnClient sfn(URI endpoint) {
        return SfnClient.builder().endpointOverride(endpoint).region(StandInClients.REGION)
                .credentialsProvider(StaticCredentialsProvider.create(StandInClients.credentials().resolveCredentials()))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    private static JsonNode readJson(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + new String(bytes, StandardCharsets.UTF_8), e);
        }
    }

    /** Polls until the condition holds; the bound only keeps a broken build from hanging. */
    private static void awaitTrue(Supplier<Boolean> condition, String what) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.get()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Gave up waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
