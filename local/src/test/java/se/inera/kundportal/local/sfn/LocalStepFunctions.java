package se.inera.kundportal.local.sfn;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import se.inera.kundportal.local.asl.AslEngine;
import se.inera.kundportal.local.asl.lambda.LambdaRegistry;
import se.inera.kundportal.local.asl.time.VirtualScheduler;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The Step Functions API on a local port with a real {@link SfnClient} pointed at it. The engine
 * runs on a virtual clock: nothing happens until a test drives {@link #clock}, so each test says
 * exactly when the workflow moves and how much time passes.
 */
final class LocalStepFunctions implements AutoCloseable {
    static final String REGION = "eu-north-1";
    static final String ACCOUNT = "123456789012";
    static final String ROLE_ARN = "arn:aws:iam::" + ACCOUNT + ":role/kundportal-order-workflow";
    static final String NOTIFY_ATTESTANTS = "NotifyAttestants";

    final VirtualScheduler clock = new VirtualScheduler(Instant.parse("2026-03-02T08:00:00Z"));
    final AslEngine engine = new AslEngine(clock, new LambdaRegistry(), REGION, ACCOUNT);
    final StepFunctionsApi api = new StepFunctionsApi(engine);
    final StepFunctionsServer server;
    final SfnClient sfn;
    /** What the in-process NotifyAttestants function was called with, in order. */
    final List<AttestationRequest> attestationRequests = new CopyOnWriteArrayList<>();

    LocalStepFunctions() {
        api.registerHandler(api.functionArn(NOTIFY_ATTESTANTS), new NotifyAttestants(attestationRequests));
        try {
            server = api.start(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sfn = SfnClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    /** The payload the workflow hands the function: the order and the task token to answer with. */
    record AttestationRequest(long orderId, String taskToken) {}

    /** Stands in for the real notifier: remembers each request (its token) and returns at once. */
    static final class NotifyAttestants implements RequestHandler<AttestationRequest, Map<String, String>> {
        private final List<AttestationRequest> received;

        NotifyAttestants(List<AttestationRequest> received) {
            this.received = received;
        }

        @Override
        public Map<String, String> handleRequest(AttestationRequest request, Context context) {
            received.add(request);
            return Map.of("notified", "attestants of order " + request.orderId());
        }
    }

    String lastTaskToken() {
        return attestationRequests.get(attestationRequests.size() - 1).taskToken();
    }

    /**
     * A machine whose first state hands the order to NotifyAttestants with a task token and waits
     * for the answer. {@code taskExtras} are added to that state's fields (e.g. HeartbeatSeconds,
     * Catch); {@code next} is its transition ({@code "End": true} or {@code "Next": ...}).
     */
    String waitForAttestation(String taskExtras, String next, String otherStates) {
        return """
                {"Comment": "Order attestation", "StartAt": "Wait For Attestation", "States": {
                  "Wait For Attestation": {
                    "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                    "Parameters": {"FunctionName": "%s",
                                   "Payload": {"orderId.$": "$.orderId", "taskToken.$": "$$.Task.Token"}},
                    "Retry": [{"ErrorEquals": ["Lambda.ServiceException", "Lambda.TooManyRequestsException",
                                               "Lambda.SdkClientException"],
                               "IntervalSeconds": 2, "MaxAttempts": 3, "BackoffRate": 2}],
                    "ResultPath": "$.attestation", %s %s}%s}}
                """.formatted(api.functionArn(NOTIFY_ATTESTANTS), taskExtras.isEmpty() ? "" : taskExtras + ",", next,
                otherStates.isEmpty() ? "" : ", " + otherStates);
    }

    @Override
    public void close() {
        sfn.close();
        server.close();
    }
}
