package se.inera.kundportal.functions.workflow;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.workflow.WorkflowStarter;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;

/**
 * Starts the onboarding workflow in Step Functions (execution name = application id, so an operator
 * finds it in the console and a repeated start is refused as already existing). Resuming a waiting
 * step is core's {@link se.inera.kundportal.core.workflow.Rendezvous} over {@link SfnTaskTokenResumer}.
 */
public final class StepFunctionsWorkflow implements WorkflowStarter {
    /** Environment variable with the machine's ARN, set in template.yaml by {@code !Ref OnboardingStateMachine}. */
    public static final String STATE_MACHINE_ARN_VARIABLE = "ONBOARDING_STATE_MACHINE_ARN";
    private static final System.Logger LOG = System.getLogger(StepFunctionsWorkflow.class.getName());

    private final SfnClient sfn;
    private final String onboardingStateMachineArn;
    private final ObjectMapper json;

    public StepFunctionsWorkflow(SfnClient sfn, String onboardingStateMachineArn, ObjectMapper json) {
        this.sfn = Objects.requireNonNull(sfn, "sfn");
        this.onboardingStateMachineArn = Objects.requireNonNull(onboardingStateMachineArn, "onboardingStateMachineArn");
        this.json = Objects.requireNonNull(json, "json");
    }

    @Override
    public void startOnboarding(ApplicationId application) {
        String input;
        try {
            input = json.writeValueAsString(Map.of("applicationId", application.value()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        try {
            sfn.startExecution(request -> request.stateMachineArn(onboardingStateMachineArn)
                    .name(application.value()).input(input));
            LOG.log(Level.INFO, () -> "Started onboarding " + application);
        } catch (ExecutionAlreadyExistsException alreadyStarted) {
            // Execution names are unique per state machine for 90 days: this application's onboarding runs or ran.
            LOG.log(Level.INFO, () -> "Onboarding " + application + " was already started");
        }
    }
}
