package se.inera.kundportal.functions.workflow;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.application.ApplicationDecision;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.workflow.CallbackKey;
import se.inera.kundportal.core.workflow.ParkedCallback;
import se.inera.kundportal.core.workflow.ResumeOutcome;
import se.inera.kundportal.core.workflow.WorkflowCallbacks;
import se.inera.kundportal.core.workflow.WorkflowResumer;
import se.inera.kundportal.core.workflow.WorkflowStarter;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;

/**
 * The onboarding workflow in Step Functions: starts it (execution name = application id, so an
 * operator finds it in the console and a repeated start is refused as already existing) and
 * resumes it with the task token its waiting step parked in {@link WorkflowCallbacks}.
 */
public final class StepFunctionsWorkflow implements WorkflowStarter, WorkflowResumer {
    /** Environment variable with the machine's ARN, set in template.yaml by {@code !Ref OnboardingStateMachine}. */
    public static final String STATE_MACHINE_ARN_VARIABLE = "ONBOARDING_STATE_MACHINE_ARN";
    private static final System.Logger LOG = System.getLogger(StepFunctionsWorkflow.class.getName());

    private final SfnClient sfn;
    private final String onboardingStateMachineArn;
    private final WorkflowCallbacks callbacks;
    private final TaskTokenResumer resumer;
    private final ObjectMapper json;

    public StepFunctionsWorkflow(SfnClient sfn, String onboardingStateMachineArn, WorkflowCallbacks callbacks,
                                 ObjectMapper json) {
        this.sfn = Objects.requireNonNull(sfn, "sfn");
        this.onboardingStateMachineArn = Objects.requireNonNull(onboardingStateMachineArn, "onboardingStateMachineArn");
        this.callbacks = Objects.requireNonNull(callbacks, "callbacks");
        this.json = Objects.requireNonNull(json, "json");
        this.resumer = new SfnTaskTokenResumer(sfn, json);
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

    @Override
    public ResumeOutcome decisionMade(ApplicationId application, ApplicationDecision decision) {
        return resumeParked(CallbackKey.decisionOn(application), DecisionResult.of(decision));
    }

    @Override
    public ResumeOutcome agreementSigned(AgreementId agreement) {
        return resumeParked(CallbackKey.signatureOf(agreement), new SignatureResult(agreement.value(), true));
    }

    private ResumeOutcome resumeParked(CallbackKey key, Object output) {
        ParkedCallback parked = callbacks.find(key).orElse(null);
        if (parked == null) {
            // The workflow has not reached its wait yet; when it parks, it sees the stored change and goes on.
            LOG.log(Level.INFO, () -> "No workflow waits for " + key + " yet");
            return ResumeOutcome.NOTHING_WAITING;
        }
        ResumeOutcome outcome = resumer.resume(parked.taskToken(), output, key.toString());
        callbacks.clear(key, parked.taskToken());
        return outcome;
    }
}
