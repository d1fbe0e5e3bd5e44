package se.inera.kundportal.functions.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.application.ApplicationDecision;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.workflow.CallbackKey;
import se.inera.kundportal.core.testing.InMemoryPorts;
import se.inera.kundportal.core.workflow.InMemoryWorkflowCallbacks;
import se.inera.kundportal.core.workflow.OnboardingWaits;
import se.inera.kundportal.core.workflow.Rendezvous;
import se.inera.kundportal.core.workflow.ResumeOutcome;
import se.inera.kundportal.functions.json.Json;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.SendTaskSuccessRequest;
import software.amazon.awssdk.services.sfn.model.SendTaskSuccessResponse;
import software.amazon.awssdk.services.sfn.model.StartExecutionRequest;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;
import software.amazon.awssdk.services.sfn.model.TaskDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

/** Starting onboarding, and waking a waiting step through core's rendezvous with {@link SfnTaskTokenResumer}. */
class StepFunctionsWorkflowTest {
    private static final String MACHINE = "arn:aws:states:eu-north-1:123456789012:stateMachine:kundportal-onboarding";
    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    private static final ApplicationId APPLICATION = new ApplicationId("app-1");
    private static final ApplicationDecision APPROVAL = new ApplicationDecision(true,
            Actor.operator("olle", "Olle Operatör"), NOW, Optional.empty());

    private final FakeSfn sfn = new FakeSfn();
    private final InMemoryWorkflowCallbacks callbacks = new InMemoryWorkflowCallbacks(Clock.fixed(NOW, ZoneOffset.UTC));
    private final StepFunctionsWorkflow workflow = new StepFunctionsWorkflow(sfn, MACHINE, Json.MAPPER);
    /** The person's side of the waits: core's rendezvous over the SendTaskSuccess adapter. */
    private final OnboardingWaits waits = new OnboardingWaits(new InMemoryPorts.Applications(),
            new InMemoryPorts.Agreements(), new Rendezvous(callbacks, new SfnTaskTokenResumer(sfn, Json.MAPPER),
            Clock.fixed(NOW, ZoneOffset.UTC)));

    @Test
    void startsAnExecutionNamedAfterTheApplication() {
        workflow.startOnboarding(APPLICATION);

        assertThat(sfn.started).singleElement().satisfies(request -> {
            assertThat(request.stateMachineArn()).isEqualTo(MACHINE);
            assertThat(request.name()).isEqualTo("app-1");
            assertThat(request.input()).isEqualTo("{\"applicationId\":\"app-1\"}");
        });
    }

    @Test
    void startingAgainIsNotAnError() {
        sfn.startFails = ExecutionAlreadyExistsException.builder().message("Execution Already Exists").build();

        workflow.startOnboarding(APPLICATION);

        assertThat(sfn.started).hasSize(1);
    }

    @Test
    void resumesTheParkedDecisionWithATypedResultAndClearsTheToken() {
        callbacks.park(CallbackKey.decisionOn(APPLICATION), "token-1", NOW.plusSeconds(60));

        assertThat(waits.decisionMade(APPLICATION, APPROVAL)).isEqualTo(ResumeOutcome.RESUMED);

        assertThat(sfn.succeeded).singleElement().satisfies(request -> {
            assertThat(request.taskToken()).isEqualTo("token-1");
            assertThat(request.output()).isEqualTo("{\"approved\":true}");
        });
        assertThat(callbacks.find(CallbackKey.decisionOn(APPLICATION))).isEmpty();
    }

    @Test
    void resumesTheParkedSignature() {
        AgreementId agreement = new AgreementId("onboarding-app-1");
        callbacks.park(CallbackKey.signatureOf(agreement), "token-2", NOW.plusSeconds(60));

        assertThat(waits.agreementSigned(agreement)).isEqualTo(ResumeOutcome.RESUMED);

        assertThat(sfn.succeeded).extracting(SendTaskSuccessRequest::output)
                .containsExactly("{\"agreementId\":\"onboarding-app-1\",\"signed\":true}");
    }

    @Test
    void nothingParkedMeansNothingToResume() {
        assertThat(waits.decisionMade(APPLICATION, APPROVAL)).isEqualTo(ResumeOutcome.NOTHING_WAITING);
        assertThat(sfn.succeeded).isEmpty();
    }

    @Test
    void aWaitThatIsAlreadyOverIsNotAnError() {
        AwsErrorDetails details = AwsErrorDetails.builder().errorCode("Over").build();
        List<RuntimeException> waitsOver = List.of(
                TaskDoesNotExistException.builder().awsErrorDetails(details).build(),
                InvalidTokenException.builder().awsErrorDetails(details).build(),
                TaskTimedOutException.builder().awsErrorDetails(details).build());
        for (RuntimeException over : waitsOver) {
            callbacks.park(CallbackKey.decisionOn(APPLICATION), "dead-token", NOW.plusSeconds(60));
            sfn.successFails = over;

            assertThat(waits.decisionMade(APPLICATION, APPROVAL)).isEqualTo(ResumeOutcome.NOTHING_WAITING);
            assertThat(callbacks.find(CallbackKey.decisionOn(APPLICATION))).as("the dead token is cleared").isEmpty();
        }
    }

    /** Records the two calls the workflow makes; every other operation is the SDK's "unsupported" default. */
    private static final class FakeSfn implements SfnClient {
        final List<StartExecutionRequest> started = new ArrayList<>();
        final List<SendTaskSuccessRequest> succeeded = new ArrayList<>();
        RuntimeException startFails;
        RuntimeException successFails;

        @Override
        public StartExecutionResponse startExecution(StartExecutionRequest request) {
            started.add(request);
            if (startFails != null) {
                throw startFails;
            }
            return StartExecutionResponse.builder().executionArn(MACHINE + ":" + request.name()).build();
        }

        @Override
        public SendTaskSuccessResponse sendTaskSuccess(SendTaskSuccessRequest request) {
            succeeded.add(request);
            if (successFails != null) {
                throw successFails;
            }
            return SendTaskSuccessResponse.builder().build();
        }

        @Override
        public String serviceName() {
            return "states";
        }

        @Override
        public void close() {
        }
    }
}
