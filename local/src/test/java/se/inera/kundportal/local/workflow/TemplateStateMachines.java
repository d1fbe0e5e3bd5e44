package se.inera.kundportal.local.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.inera.kundportal.local.asl.lambda.JavaHandlerFunction;
import se.inera.kundportal.local.asl.lambda.LambdaFunction;
import se.inera.kundportal.local.asl.time.VirtualScheduler;
import se.inera.kundportal.local.sfn.StepFunctionsApi;
import se.inera.kundportal.standins.SamTemplate;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.StandInClients;
import se.inera.kundportal.standins.junit.StandInsEnvironment;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * What the workflow harnesses share: a state machine of {@code template.yaml} with its DefinitionSubstitutions
 * resolved against the real handler objects a test constructed, and the virtual clock as a {@link Clock}.
 */
public final class TemplateStateMachines {
    public static final String REGION = "eu-north-1";
    public static final String ACCOUNT = "123456789012";

    private TemplateStateMachines() {
    }

    /** An SDK client of a local server (the engine's Step Functions API, the SMS capture). */
    public static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C localClient(B builder,
                                                                                                   URI endpoint) {
        return builder.endpointOverride(endpoint).region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    /** An SES v2 client of the stand-in aws-ses-v2-local. */
    public static SesV2Client sesClient(StandInsEnvironment standIns) {
        return SesV2Client.builder().endpointOverride(standIns.endpoint(StandIn.SES)).region(StandInClients.REGION)
                .credentialsProvider(StandInClients.credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    /**
     * The ASL text with every {@code ${X}} of the machine's DefinitionSubstitutions replaced: function
     * references by the ARN the real handler (the function's {@code Handler} class) is registered
     * under, parameters by {@code settings}. Fails on anything it cannot resolve, so a function
     * added to the template without a handler here is noticed.
     */
    @SuppressWarnings("unchecked")
    public static String resolvedDefinition(SamTemplate template, String machineLogicalId, Map<String, String> settings,
                                            StepFunctionsApi api, Map<Class<?>, ?> handlers,
                                            Function<String, Function<LambdaFunction, LambdaFunction>> wrap) {
        Map<String, Object> machine =
                template.resourcesOfType("AWS::Serverless::StateMachine").get(machineLogicalId);
        Map<String, Object> properties = (Map<String, Object>) machine.get("Properties");
        Map<String, Object> functions =
                (Map<String, Object>) (Map<?, ?>) template.resourcesOfType("AWS::Serverless::Function");
        Map<String, String> values = new LinkedHashMap<>();
        ((Map<String, Object>) properties.get("DefinitionSubstitutions")).forEach((key, value) -> {
            Map<String, Object> intrinsic = (Map<String, Object>) value;
            String referenced = intrinsic.containsKey("Ref") ? String.valueOf(intrinsic.get("Ref"))
                    : String.valueOf(intrinsic.get("Fn::GetAtt"));
            String logicalId = referenced.replaceFirst("\\.(Alias|Arn)$", "");
            if (functions.containsKey(logicalId)) {
                values.put(key, register(logicalId, api, template, handlers, wrap));
            } else if (settings.containsKey(logicalId)) {
                values.put(key, settings.get(logicalId));
            } else {
                throw new IllegalStateException("Cannot resolve substitution " + key + " = " + value);
            }
        });
        Path file = template.source().getParent().resolve(String.valueOf(properties.get("DefinitionUri")));
        String definition;
        try {
            definition = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher placeholder = Pattern.compile("\\$\\{([A-Za-z0-9]+)}").matcher(definition);
        StringBuilder resolved = new StringBuilder();
        List<String> unresolved = new ArrayList<>();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                unresolved.add(placeholder.group(1));
                value = placeholder.group();
            }
            placeholder.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(resolved);
        if (!unresolved.isEmpty()) {
            throw new IllegalStateException("No DefinitionSubstitutions for " + unresolved);
        }
        return resolved.toString();
    }

    private static String register(String logicalId, StepFunctionsApi api, SamTemplate template,
                                   Map<Class<?>, ?> handlers,
                                   Function<String, Function<LambdaFunction, LambdaFunction>> wrap) {
        String arn = api.functionArn(logicalId);
        api.registerFunction(arn, function(template, logicalId, handlers, wrap));
        return arn;
    }

    /** The function {@code logicalId} of the template: its real handler, as the harness constructed it. */
    @SuppressWarnings("unchecked")
    public static LambdaFunction function(SamTemplate template, String logicalId, Map<Class<?>, ?> handlers,
                                          Function<String, Function<LambdaFunction, LambdaFunction>> wrap) {
        Map<String, Object> function = template.resourcesOfType("AWS::Serverless::Function").get(logicalId);
        String handler = String.valueOf(((Map<String, Object>) function.get("Properties")).get("Handler"));
        String className = handler.replaceFirst("::.*$", "");
        Object instance = handlers.entrySet().stream()
                .filter(entry -> entry.getKey().getName().equals(className))
                .map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new IllegalStateException(logicalId + " names " + className
                        + ", which this harness does not construct"));
        return wrap.apply(logicalId).apply(JavaHandlerFunction.of(instance));
    }

    /** The virtual clock as a {@link Clock}, so handlers and the engine agree on the time. */
    public static final class SchedulerClock extends Clock {
        private final VirtualScheduler scheduler;

        public SchedulerClock(VirtualScheduler scheduler) {
            this.scheduler = scheduler;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }

        @Override
        public Instant instant() {
            return scheduler.now();
        }
    }
}
