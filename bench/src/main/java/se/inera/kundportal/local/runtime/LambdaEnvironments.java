package se.inera.kundportal.local.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.inera.kundportal.local.gateway.FunctionDefinition;
import se.inera.kundportal.standins.SamTemplate;
import se.inera.kundportal.standins.StandInClients;

/**
 * For the cold-start benchmark (in {@code bench/}, in this package only to reach the local runtime's template
 * resolution): every function of {@code template.yaml} with the environment Lambda would give it against a running
 * {@link LocalRuntime}: the template's variables resolved to the local table, user pool and simulators, the
 * variables Lambda reserves, credentials, and {@code AWS_ENDPOINT_URL_*} for each AWS service the local runtime
 * stands in for (the runtime passes the same endpoints to its in-process handlers as system properties).
 */
public final class LambdaEnvironments {
    /** One function: logical id, {@code Handler}, memory size, whether an HttpApi route calls it, its environment. */
    public record LambdaFunction(String name, String handler, int memorySizeMb, boolean api, Map<String, String> environment) {
    }

    private LambdaEnvironments() {
    }

    public static List<LambdaFunction> of(LocalRuntime runtime) {
        SamTemplate template = SamTemplate.ofProject();
        LocalRuntime.Endpoints endpoints = runtime.endpoints();
        LocalTemplate local = LocalTemplate.resolve(template, LocalRuntime.ACCOUNT,
                Map.of("Table", LocalRuntime.TABLE_NAME, "UserPool", endpoints.userPoolId(),
                        "UserPoolClient", endpoints.userPoolClientId()),
                Map.of("PortalBaseUrl", endpoints.portal().toString(), "SenderEmail", LocalRuntime.SENDER_EMAIL,
                        "AllowedOrigins", endpoints.portal().toString(), "Stage", "dev",
                        "BankIdBaseUrl", endpoints.bankIdApi().toString()));
        Map<String, Map<String, Object>> resources = template.resourcesOfType(LocalTemplate.FUNCTION_TYPE);
        int globalMemory = memorySize(map(map(template.asMap().get("Globals")).get("Function")), 128);
        List<LambdaFunction> functions = new ArrayList<>();
        for (FunctionDefinition function : local.functions(new ArrayList<>()).values()) {
            Map<String, Object> properties = map(resources.get(function.name()).get("Properties"));
            int memory = memorySize(properties, globalMemory);
            boolean api = map(properties.get("Events")).values().stream()
                    .anyMatch(event -> "HttpApi".equals(map(event).get("Type")));
            Map<String, String> environment = new LinkedHashMap<>(FunctionHandlers.lambdaEnvironment(function, LocalRuntime.ACCOUNT));
            environment.put("_HANDLER", function.handler());
            environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", String.valueOf(memory));
            environment.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
            environment.put("AWS_EXECUTION_ENV", "AWS_Lambda_java17");
            environment.put("AWS_ACCESS_KEY_ID", StandInClients.ACCESS_KEY_ID);
            environment.put("AWS_SECRET_ACCESS_KEY", StandInClients.SECRET_ACCESS_KEY);
            environment.put("AWS_SESSION_TOKEN", "kundportal-local-session");
            environment.put("AWS_ENDPOINT_URL_DYNAMODB", endpoints.dynamoDb().toString());
            environment.put("AWS_ENDPOINT_URL_SESV2", endpoints.ses().toString());
            environment.put("AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER", endpoints.cognito().toString());
            environment.put("AWS_ENDPOINT_URL_SFN", endpoints.stepFunctions().toString());
            environment.put("AWS_ENDPOINT_URL_SNS", endpoints.sms().toString());
            environment.put("TZ", ":UTC");
            environment.put("LANG", "en_US.UTF-8");
            functions.add(new LambdaFunction(function.name(), function.handler(), memory, api, Map.copyOf(environment)));
        }
        return functions;
    }

    private static int memorySize(Map<String, Object> properties, int otherwise) {
        Object value = properties.get("MemorySize");
        return value == null ? otherwise : Integer.parseInt(String.valueOf(value));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
