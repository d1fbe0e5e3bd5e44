package se.inera.kundportal.functions.onboarding;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.common.Ids;
import se.inera.kundportal.core.workflow.OnboardingSteps;
import se.inera.kundportal.functions.json.Json;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * Task "Report Onboarding Failure", where every Catch of the onboarding leads: the onboarding ends visibly.
 * Core's {@link OnboardingSteps#fail} moves the application (and its unsigned agreement) to {@code FAILED}
 * with the reason the operator sees in the work list, and releases the organisation so that it may apply
 * again; the failure is also kept in the operators' failure list with its execution. Keeps the error name
 * and the failing step's message; a Java stack trace in the cause is left out.
 */
public final class ReportOnboardingFailureHandler
        extends TaskHandler<ReportOnboardingFailureHandler.Input, ReportOnboardingFailureHandler.Output> {
    private static final System.Logger LOG = System.getLogger(ReportOnboardingFailureHandler.class.getName());
    static final int MAX_MESSAGE_LENGTH = 1000;

    /**
     * @param error       {@code $.failure.Error}
     * @param cause       {@code $.failure.Cause}: for a Lambda error, a JSON document with errorMessage and stackTrace
     * @param executionId {@code $$.Execution.Id}
     */
    public record Input(String applicationId, String error, String cause, String executionId) {
        public Input {
            Ids.requireSafe(applicationId, "applicationId");
            Objects.requireNonNull(executionId, "executionId");
        }
    }

    /**
     * @param status the application's status afterwards: {@code FAILED}, or the end it had reached already;
     *               null when there is no such application
     */
    public record Output(String applicationId, String error, String status) {
    }

    private final OnboardingFailures failures;
    private final OnboardingSteps steps;
    private final Clock clock;

    public ReportOnboardingFailureHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public ReportOnboardingFailureHandler(Wiring wiring) {
        this(wiring.onboardingFailures(), wiring.onboardingSteps(), wiring.clock());
    }

    public ReportOnboardingFailureHandler(OnboardingFailures failures, OnboardingSteps steps, Clock clock) {
        super(Input.class);
        this.failures = Objects.requireNonNull(failures);
        this.steps = Objects.requireNonNull(steps);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    protected Output handle(Input input) {
        ApplicationId application = new ApplicationId(input.applicationId());
        String error = input.error() == null || input.error().isBlank() ? "Unknown" : input.error();
        String message = messageOf(input.cause());
        failures.record(new OnboardingFailures.OnboardingFailure(application, error, message, input.executionId(),
                clock.instant()));
        String status = steps.fail(application, error, message.isBlank() ? error : message, input.executionId())
                .map(ended -> ended.status().name()).orElse(null);
        LOG.log(Level.WARNING, () -> "Onboarding of " + application + " failed: " + error);
        return new Output(application.value(), error, status);
    }

    /** The errorMessage of a Lambda error document, or the cause itself; never a stack trace. */
    static String messageOf(String cause) {
        if (cause == null || cause.isBlank()) {
            return "";
        }
        String message = cause;
        try {
            JsonNode document = Json.MAPPER.readTree(cause);
            if (document != null && document.isObject()) {
                message = document.path("errorMessage").asText("");
            }
        } catch (IOException notJson) {
            // States.* errors carry plain text causes.
        }
        return message.length() > MAX_MESSAGE_LENGTH ? message.substring(0, MAX_MESSAGE_LENGTH) + "…" : message;
    }
}
