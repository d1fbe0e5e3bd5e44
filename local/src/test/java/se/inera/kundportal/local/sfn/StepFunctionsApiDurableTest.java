package se.inera.kundportal.local.sfn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.inera.kundportal.local.asl.AslEngine;
import se.inera.kundportal.local.asl.durable.DurableEngine;
import se.inera.kundportal.local.asl.lambda.LambdaRegistry;
import se.inera.kundportal.local.asl.time.VirtualScheduler;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/** Machines changed through the API on a durable engine are in its folder at once, without closing it. */
class StepFunctionsApiDurableTest {
    private static final String RECORD_ORDER = """
            {"StartAt": "Record Order", "States": {"Record Order": {"Type": "Pass", "End": true}}}
            """;
    private static final String STORE_ORDER = RECORD_ORDER.replace("Record Order", "Store Order");

    @TempDir
    Path store;

    @Test
    void createdAndUpdatedMachinesAreThereWhenTheStoreIsOpenedAgain() throws IOException {
        DurableEngine durable = open();
        String kept;
        String deleted;
        try (StepFunctionsServer server = new StepFunctionsApi(durable).start(0); SfnClient sfn = client(server)) {
            kept = sfn.createStateMachine(b -> b.name("order").definition(RECORD_ORDER)
                    .roleArn(LocalStepFunctions.ROLE_ARN)).stateMachineArn();
            sfn.updateStateMachine(b -> b.stateMachineArn(kept).definition(STORE_ORDER));
            deleted = sfn.createStateMachine(b -> b.name("onboarding").definition(RECORD_ORDER)
                    .roleArn(LocalStepFunctions.ROLE_ARN)).stateMachineArn();
            sfn.deleteStateMachine(b -> b.stateMachineArn(deleted));
        }
        // Not closed: a crashed runtime never gets to save on close.

        AslEngine reopened = open().engine();

        assertThat(reopened.listStateMachines()).singleElement().satisfies(machine -> {
            assertThat(machine.stateMachineArn()).isEqualTo(kept);
            assertThat(machine.definition()).isEqualTo(STORE_ORDER);
        });
    }

    private DurableEngine open() {
        VirtualScheduler clock = new VirtualScheduler(Instant.parse("2026-03-02T08:00:00Z"));
        return DurableEngine.open(store, new AslEngine(clock, new LambdaRegistry(), LocalStepFunctions.REGION,
                LocalStepFunctions.ACCOUNT));
    }

    private static SfnClient client(StepFunctionsServer server) {
        return SfnClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.of(LocalStepFunctions.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }
}
