package se.inera.kundportal.local.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.inera.kundportal.local.gateway.FunctionDefinition;
import se.inera.kundportal.local.gateway.TemplateValues;
import se.inera.kundportal.standins.SamTemplate;

/**
 * {@code template.yaml} as it runs on this machine: every {@code !Ref}/{@code !GetAtt}/{@code !Sub} the functions'
 * environments and the state machines' {@code DefinitionSubstitutions} use, resolved to the local table, user pool,
 * simulators and ARNs. Parameters keep their {@code Default} unless the runtime gives a local value.
 */
final class LocalTemplate {
    static final String FUNCTION_TYPE = "AWS::Serverless::Function";
    static final String STATE_MACHINE_TYPE = "AWS::Serverless::StateMachine";
    private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");

    private final SamTemplate template;
    private final TemplateValues values;
    private final Map<String, String> valueMap;

    private LocalTemplate(SamTemplate template, Map<String, String> valueMap) {
        this.template = template;
        this.valueMap = Map.copyOf(valueMap);
        this.values = TemplateValues.of(valueMap);
    }

    /**
     * @param resources what the runtime created, by logical id ({@code Table}, {@code UserPool}, {@code UserPoolClient})
     * @param parameters local values of template parameters (e.g. {@code PortalBaseUrl}); others keep their Default
     */
    static LocalTemplate resolve(SamTemplate template, LocalAccount account, Map<String, String> resources,
                                 Map<String, String> parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("AWS::Region", account.region());
        values.put("AWS::AccountId", account.accountId());
        values.put("AWS::StackName", account.stackName());
        values.put("AWS::Partition", "aws");
        values.put("AWS::URLSuffix", "amazonaws.com");
        optionalMap(template.asMap().get("Parameters")).forEach((name, definition) -> {
            Object defaultValue = definition instanceof Map<?, ?> map ? map.get("Default") : null;
            if (defaultValue != null) {
                values.put(name, String.valueOf(defaultValue));
            }
        });
        values.putAll(parameters);
        values.putAll(resources);
        String userPoolId = resources.get("UserPool");
        if (userPoolId != null) {
            values.put("UserPool.Arn", "arn:aws:cognito-idp:" + account.region() + ":" + account.accountId()
                    + ":userpool/" + userPoolId);
        }
        for (String function : template.resourcesOfType(FUNCTION_TYPE).keySet()) {
            String arn = account.functionArn(function);
            values.put(function, function);            // Ref of a function: its name
            values.put(function + ".Arn", arn);
            values.put(function + ".Alias", arn + ":" + aliasName(template));
        }
        for (String machine : template.resourcesOfType(STATE_MACHINE_TYPE).keySet()) {
            values.put(machine, account.stateMachineArn(machine));   // Ref of a state machine: its ARN
            values.put(machine + ".Arn", account.stateMachineArn(machine));
            values.put(machine + ".Name", machine);
        }
        return new LocalTemplate(template, values);
    }

    SamTemplate template() {
        return template;
    }

    TemplateValues values() {
        return values;
    }

    /** The value {@code !Ref name} (or {@code !GetAtt name}) stands for here. */
    Optional<String> value(String name) {
        return Optional.ofNullable(valueMap.get(name));
    }

    /**
     * Every {@code AWS::Serverless::Function} by logical id, each with its own environment as Lambda would give it
     * (Globals' variables, then the function's); variables not resolvable here are named in {@code unresolved}.
     */
    Map<String, FunctionDefinition> functions(List<String> unresolved) {
        return FunctionDefinition.allOf(template, values, unresolved::add);
    }

    /** Logical id → the ASL text with every {@code ${Key}} of its {@code DefinitionSubstitutions} put in. */
    Map<String, String> stateMachineDefinitions() {
        Map<String, String> definitions = new LinkedHashMap<>();
        Path templateFolder = template.source().toAbsolutePath().getParent();
        template.resourcesOfType(STATE_MACHINE_TYPE).forEach((id, resource) -> {
            Map<String, Object> properties = properties(resource, id);
            Path file = templateFolder.resolve(String.valueOf(properties.get("DefinitionUri")));
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + id + "'s definition " + file, e);
            }
            Map<String, String> substitutions = new LinkedHashMap<>();
            optionalMap(properties.get("DefinitionSubstitutions")).forEach((key, value) ->
                    substitutions.put(key, values.text(value).orElseThrow(() -> new IllegalStateException(
                            id + ".DefinitionSubstitutions." + key + " refers to nothing the local runtime has: " + value))));
            Matcher matcher = SUBSTITUTION.matcher(text);
            StringBuilder resolved = new StringBuilder();
            while (matcher.find()) {
                String replacement = substitutions.get(matcher.group(1));
                if (replacement == null) {
                    throw new IllegalStateException(file + " uses ${" + matcher.group(1)
                            + "}, which " + id + ".DefinitionSubstitutions does not define");
                }
                matcher.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
            }
            matcher.appendTail(resolved);
            definitions.put(id, resolved.toString());
        });
        return definitions;
    }

    /** Globals' {@code AutoPublishAlias} (SAM's alias of every function), {@code live} when absent. */
    private static String aliasName(SamTemplate template) {
        Map<String, Object> globals = optionalMap(optionalMap(template.asMap().get("Globals")).get("Function"));
        return String.valueOf(globals.getOrDefault("AutoPublishAlias", "live"));
    }

    private static Map<String, Object> properties(Map<String, Object> resource, String id) {
        Map<String, Object> properties = optionalMap(resource.get("Properties"));
        if (properties.isEmpty()) {
            throw new IllegalArgumentException("Resource " + id + " has no Properties");
        }
        return properties;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> optionalMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
