package se.inera.kundportal.local.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.workflow.OnboardingSteps;

import se.inera.kundportal.functions.mail.MailNotSent;
import se.inera.kundportal.functions.onboarding.TemporaryFailure;
import se.inera.kundportal.local.asl.AslEngine;
import se.inera.kundportal.local.asl.json.Json;
import se.inera.kundportal.local.asl.lambda.JavaHandlerFunction;
import se.inera.kundportal.local.asl.lambda.LambdaRegistry;
import se.inera.kundportal.local.asl.time.VirtualScheduler;
import se.inera.kundportal.standins.SamTemplate;

/** Static checks of {@code statemachine/onboarding.asl.json} against the issue, the template and the handlers. */
class OnboardingStateMachineTest {
    private static final List<String> LAMBDA_ERRORS = List.of("Lambda.ServiceException",
            "Lambda.TooManyRequestsException", "Lambda.SdkClientException");
    private static final SamTemplate TEMPLATE = SamTemplate.ofProject();
    private static final Path DEFINITION = TEMPLATE.source().getParent().resolve("statemachine/onboarding.asl.json");

    private final JsonNode machine = Json.parse(read(DEFINITION));
    private final Map<String, JsonNode> states = allStates(machine);

    @Test
    void hasTheNamedStatesOfTheRoutine() {
        assertThat(states.keySet()).contains("Record Application", "Wait For Inera Decision", "Approved?",
                "Create Customer", "Send Onboarding E-mails", "E-mail Administrator", "E-mail Signatory",
                "E-mail Agreement Contact", "Wait For Signature", "Remind Signatory", "Signature Deadline Passed?",
                "Expire Agreement", "Activate Agreement", "Welcome Administrator", "Customer Onboarded",
                "Notify Applicant", "Application Rejected", "Report Onboarding Failure", "Onboarding Failed",
                "Decision Not Made In Time", "Start Signature Wait");
        assertThat(states.keySet()).as("no round-counting states").doesNotContain("Count Decision Wait",
                "Decision Deadline Passed?", "Count Signature Wait", "Signing Deadline Or Reminder Due?");
        assertThat(states.get("Wait For Inera Decision").path("Resource").asText()).endsWith(".waitForTaskToken");
        assertThat(states.get("Wait For Signature").path("Resource").asText()).endsWith(".waitForTaskToken");
        assertThat(states.get("Send Onboarding E-mails").path("Type").asText()).isEqualTo("Parallel");
    }

    /**
     * Every wait for a person is parked once per reminder or deadline (the sweeper heals lost wake-ups, not the
     * execution): the parked token's expiry is the task's own timeout, and the timeout leads on, never back to the
     * wait by itself.
     */
    @Test
    void everyWaitForAPersonIsParkedUntilItsReminderOrDeadlineAndTheTimeoutLeadsOn() {
        Map<String, String> timeouts = Map.of("Wait For Inera Decision", "$.settings.decisionTimeoutSeconds",
                "Wait For Signature", "$.signatureWait.waitSeconds");
        Map<String, String> afterTimeout = Map.of("Wait For Inera Decision", "Decision Not Made In Time",
                "Wait For Signature", "Remind Signatory");
        timeouts.forEach((wait, timeout) -> {
            JsonNode state = states.get(wait);
            assertThat(state.path("TimeoutSecondsPath").asText()).as(wait).isEqualTo(timeout);
            assertThat(state.path("Parameters").path("Payload").path("waitSeconds.$").asText()).as(wait)
                    .isEqualTo(timeout);
            assertThat(state.path("Catch")).filteredOn(catcher -> errors(catcher).contains("States.Timeout"))
                    .singleElement().satisfies(catcher -> assertThat(catcher.path("Next").asText()).as(wait)
                            .isEqualTo(afterTimeout.get(wait)));
        });
        assertThat(states.get("Remind Signatory").path("ResultSelector").path("waitSeconds.$").asText())
                .as("the reminder step sets the next wait").isEqualTo("$.Payload.nextWaitSeconds");
        assertThat(states.get("Decision Not Made In Time").path("Result").path("Error").asText())
                .as("the error core words for the operators").isEqualTo(OnboardingSteps.DECISION_TIMEOUT);
    }

    @Test
    void everyLambdaTaskRetriesLambdasTransientErrorsWithBackoff() {
        states.forEach((name, state) -> {
            if (!state.path("Type").asText().equals("Task")) {
                return;
            }
            JsonNode lambdaRetry = null;
            for (JsonNode retrier : state.path("Retry")) {
                if (errors(retrier).containsAll(LAMBDA_ERRORS)) {
                    lambdaRetry = retrier;
                }
            }
            assertThat(lambdaRetry).as(name + " retries " + LAMBDA_ERRORS).isNotNull();
            assertThat(lambdaRetry.path("BackoffRate").asDouble()).as(name + " backs off").isGreaterThan(1);
        });
    }

    @Test
    void everyCatchLeadsToANamedStateAndEveryTopLevelTaskHasOne() {
        JsonNode topLevel = machine.path("States");
        topLevel.fields().forEachRemaining(entry -> {
            String type = entry.getValue().path("Type").asText();
            if (type.equals("Task") || type.equals("Parallel")) {
                assertThat(entry.getValue().path("Catch")).as(entry.getKey() + " catches").isNotEmpty();
            }
        });
        states.forEach((name, state) -> state.path("Catch").forEach(catcher ->
                assertThat(states).as(name + " catches to a state").containsKey(catcher.path("Next").asText())));
    }

    /**
     * The Java runtime reports an uncaught exception's fully qualified class name as the error (the
     * engine's {@link JavaHandlerFunction} does the same), so an error name in the ASL that names a
     * class must name a real exception, or the Retry/Catch silently never matches.
     */
    @Test
    void errorNamesThatNameClassesNameRealExceptions() throws ClassNotFoundException {
        Set<String> classNames = new TreeSet<>();
        states.values().forEach(state -> {
            state.path("Retry").forEach(retrier -> classNames.addAll(javaNames(errors(retrier))));
            state.path("Catch").forEach(catcher -> classNames.addAll(javaNames(errors(catcher))));
        });
        assertThat(classNames).contains(TemporaryFailure.class.getName(), MailNotSent.class.getName());
        for (String className : classNames) {
            assertThat(Throwable.class.isAssignableFrom(Class.forName(className))).as(className).isTrue();
        }
        assertThat(JavaHandlerFunction.asFunctionError(new TemporaryFailure("throttled", new RuntimeException())).errorType())
                .as("the error name Step Functions sees")
                .isEqualTo("se.inera.kundportal.functions.onboarding.TemporaryFailure");
    }

    @Test
    void everyPlaceholderHasADefinitionSubstitutionAndTheEngineAcceptsTheResult() {
        @SuppressWarnings("unchecked")
        Map<String, Object> substitutions = (Map<String, Object>) ((Map<String, Object>) TEMPLATE
                .resourcesOfType("AWS::Serverless::StateMachine").get("OnboardingStateMachine").get("Properties"))
                .get("DefinitionSubstitutions");
        String definition = read(DEFINITION);
        Map<String, String> values = new LinkedHashMap<>();
        substitutions.keySet().forEach(key -> values.put(key, key.endsWith("Arn")
                ? "arn:aws:lambda:eu-north-1:123456789012:function:" + key : "3600"));
        List<String> missing = new ArrayList<>();
        var placeholder = Pattern.compile("\\$\\{([A-Za-z0-9]+)}").matcher(definition);
        StringBuilder resolved = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                missing.add(placeholder.group(1));
                value = "x";
            }
            placeholder.appendReplacement(resolved, value);
        }
        placeholder.appendTail(resolved);

        assertThat(missing).as("placeholders without a DefinitionSubstitution").isEmpty();
        AslEngine engine = new AslEngine(new VirtualScheduler(Instant.EPOCH), new LambdaRegistry());
        assertThat(engine.createStateMachine("onboarding", resolved.toString(),
                "arn:aws:iam::123456789012:role/onboarding").stateMachineArn()).endsWith(":onboarding");
    }

    private static List<String> errors(JsonNode rule) {
        List<String> names = new ArrayList<>();
        rule.path("ErrorEquals").forEach(name -> names.add(name.asText()));
        return names;
    }

    private static List<String> javaNames(List<String> errors) {
        return errors.stream().filter(name -> name.startsWith("se.") || name.startsWith("java.")).toList();
    }

    /** Every state by name, those inside Parallel branches too (names are unique across the machine). */
    private static Map<String, JsonNode> allStates(JsonNode container) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        container.path("States").fields().forEachRemaining(entry -> {
            found.put(entry.getKey(), entry.getValue());
            entry.getValue().path("Branches").forEach(branch -> found.putAll(allStates(branch)));
        });
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
