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
 * Starts executions of one state machine in Step Functions, named after their subject (the onboarding's
 * application id, an order's id), so an operator finds them in the console and a repeated start is refused as
 * already existing. Resuming a waiting
 * step is core's {@link se.inera.kundportal.core.workflow.Rendezvous} over {@link SfnTaskTokenResumer}.
 */
public final class StepFunctionsWorkflow implements WorkflowStarter {
    /** Environment variable with the machine's ARN, set in template.yaml by {@code !Ref OnboardingStateMachine}. */
    public static final String STATE_MACHINE_ARN_VARIABLE = "ONBOARDING_STATE_MACHINE_ARN";
    /** Environment variable with the order machine's ARN, set by {@code !Ref OrderStateMachine}. */
    public static final String ORDER_STATE_MACHINE_ARN_VARIABLE = "ORDER_STATE_MACHINE_ARN";
    private static final System.Logger LOG = System.getLogger(StepFunctionsWorkflow.class.getName());

    private final SfnClient sfn;
    private final String stateMachineArn;
    private final ObjectMapper json;

    public StepFunctionsWorkflow(SfnClient sfn, String stateMachineArn, ObjectMapper json) {
        this.sfn = Objects.requireNonNull(sfn, "sfn");
        this.stateMachineArn = Objects.requireNonNull(stateMachineArn, "stateMachineArn");
        this.json = Objects.requireNonNull(json, "json");
    }

    @Override
    public void startOnboarding(ApplicationId application) {
        start(application.value(), Map.of("applicationId", application.value()));
    }

    /**
     * Starts an execution of this machine named {@code executionName} with {@code input}; a second start of the
     * same name does nothing (execution names are unique per state machine for 90 days).
     */
    public void start(String executionName, Map<String, String> input) {
        String json;
        try {
            json = this.json.writeValueAsString(input);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        try {
            sfn.startExecution(request -> request.stateMachineArn(stateMachineArn).name(executionName).input(json));
            LOG.log(Level.INFO, () -> "Started " + executionName + " of " + stateMachineArn);
        } catch (ExecutionAlreadyExistsException alreadyStarted) {
            LOG.log(Level.INFO, () -> executionName + " of " + stateMachineArn + " was already started");
        }
    }
}
