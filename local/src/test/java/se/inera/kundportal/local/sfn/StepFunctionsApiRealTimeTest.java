package se.inera.kundportal.local.sfn;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.inera.kundportal.local.asl.AslEngine;
import se.inera.kundportal.local.asl.json.Json;
import se.inera.kundportal.local.asl.lambda.LambdaRegistry;
import se.inera.kundportal.local.asl.time.RealTimeScheduler;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * The API as the local runtime runs it: engine on the wall clock with its own threads, requests on
 * the server's threads, the callback answered while the execution waits on another thread.
 */
class StepFunctionsApiRealTimeTest {
    /** Only a guard against a hang; the callback normally completes within milliseconds. */
    private static final long GUARD_SECONDS = 30;

    private final RealTimeScheduler scheduler = new RealTimeScheduler(2);
    private final AslEngine engine = new AslEngine(scheduler, new LambdaRegistry(), LocalStepFunctions.REGION,
            LocalStepFunctions.ACCOUNT);
    private final StepFunctionsApi api = new StepFunctionsApi(engine);
    private final CompletableFuture<String> tokenSent = new CompletableFuture<>();
    private final CompletableFuture<String> executionEnded = new CompletableFuture<>();
    private StepFunctionsServer server;
    private SfnClient sfn;

    @AfterEach
    void stop() {
        if (sfn != null) {
            sfn.close();
        }
        if (server != null) {
            server.close();
        }
        scheduler.close();
    }

    @Test
    void callbackAnsweredFromAnotherThreadCompletesTheExecution() throws Exception {
        api.registerHandler(api.functionArn("NotifyAttestants"), new TokenForwarder(tokenSent));
        engine.addListener((executionArn, event) -> {
            if (event.type().startsWith("Execution") && !event.type().equals("ExecutionStarted")) {
                executionEnded.complete(event.type());
            }
        });
        server = api.start(0);
        sfn = SfnClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.of(LocalStepFunctions.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
        String definition = """
                {"StartAt": "Wait For Attestation", "States": {
                  "Wait For Attestation": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                    "Parameters": {"FunctionName": "%s", "Payload": {"taskToken.$": "$$.Task.Token"}},
                    "ResultPath": "$.attestation", "Next": "Order Approved"},
                  "Order Approved": {"Type": "Pass", "End": true}}}
                """.formatted(api.functionArn("NotifyAttestants"));
        String machine = sfn.createStateMachine(b -> b.name("order-attestation").definition(definition)
                .roleArn(LocalStepFunctions.ROLE_ARN)).stateMachineArn();

        String execution = sfn.startExecution(b -> b.stateMachineArn(machine).input("{\"orderId\": 77}"))
                .executionArn();
        String token = tokenSent.get(GUARD_SECONDS, TimeUnit.SECONDS);
        assertThat(sfn.describeExecution(b -> b.executionArn(execution)).status()).isEqualTo(ExecutionStatus.RUNNING);
        sfn.sendTaskSuccess(b -> b.taskToken(token).output("{\"approved\": true}"));

        assertThat(executionEnded.get(GUARD_SECONDS, TimeUnit.SECONDS)).isEqualTo("ExecutionSucceeded");
        assertThat(Json.parse(sfn.describeExecution(b -> b.executionArn(execution)).output()))
                .isEqualTo(Json.parse("{\"orderId\": 77, \"attestation\": {\"approved\": true}}"));
    }

    /** A notifier that passes the token on, as the real one puts it in an e-mail link. */
    private static final class TokenForwarder implements RequestHandler<Map<String, String>, Map<String, Boolean>> {
        private final CompletableFuture<String> tokenSent;

        TokenForwarder(CompletableFuture<String> tokenSent) {
            this.tokenSent = tokenSent;
        }

        @Override
        public Map<String, Boolean> handleRequest(Map<String, String> payload, Context context) {
            tokenSent.complete(payload.get("taskToken"));
            return Map.of("notified", true);
        }
    }
}
