package se.inera.kundportal.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import se.inera.kundportal.functions.http.ApiEvents;
import se.inera.kundportal.standins.SamTemplate;

/**
 * Keeps template.yaml, api/openapi.yaml, the state machines and the code in step: a handler named in
 * the template that does not exist, a route documented but not deployed (or the reverse, or with
 * another authorizer), or an ASL placeholder the template does not fill would otherwise only show
 * at deploy time or in production.
 */
class TemplateContractTest {
    private static final Path PROJECT = ApiEvents.projectDirectory();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final SamTemplate template = SamTemplate.ofProject();
    private final Map<String, Map<String, Object>> functions = template.resourcesOfType("AWS::Serverless::Function");

    /** A route and whether it is public (no authorizer). */
    record Route(String method, String path, boolean isPublic) {
        @Override
        public String toString() {
            return method + " " + path + (isPublic ? " (public)" : " (JWT)");
        }
    }

    @Test
    void everyHandlerInTheTemplateIsALambdaHandlerClassWithItsMethod() throws Exception {
        assertThat(functions).isNotEmpty();
        for (var function : functions.entrySet()) {
            String handler = (String) properties(function.getValue()).get("Handler");
            assertThat(handler).as("Handler of %s", function.getKey()).matches("[\\w.$]+::\\w+");
            String[] parts = handler.split("::");
            Class<?> type = Class.forName(parts[0]);
            assertThat(RequestHandler.class.isAssignableFrom(type) || RequestStreamHandler.class.isAssignableFrom(type))
                    .as("%s implements RequestHandler or RequestStreamHandler", parts[0]).isTrue();
            assertThat(Stream.of(type.getMethods()).map(Method::getName)).as("%s has %s", parts[0], parts[1])
                    .contains(parts[1]);
            assertThat(type.getConstructor()).as("%s has the no-arg constructor Lambda calls", parts[0]).isNotNull();
        }
    }

    @Test
    void theOpenApiRoutesAreExactlyTheTemplatesRoutesWithTheSameAuthorisation() throws IOException {
        assertThat(openApiRoutes()).containsExactlyInAnyOrderElementsOf(templateRoutes());
    }

    @Test
    void everyApiFunctionIsOnTheHttpApiAndHasEventsForManualRunsAndTests() throws IOException {
        for (var function : functions.entrySet()) {
            for (Map<String, Object> event : httpApiEvents(function.getValue())) {
                assertThat(event.get("ApiId")).as("ApiId of %s", function.getKey()).isEqualTo(Map.of("Ref", "HttpApi"));
            }
            if (!httpApiEvents(function.getValue()).isEmpty()) {
                Path folder = ApiEvents.eventsDirectory().resolve(kebab(function.getKey()));
                assertThat(folder).as("events of %s", function.getKey()).isDirectory();
                try (Stream<Path> files = Files.list(folder)) {
                    assertThat(files.filter(f -> f.toString().endsWith(".json")).count())
                            .as("a valid and an invalid scenario for %s", function.getKey()).isGreaterThanOrEqualTo(2);
                }
            }
        }
    }

    @Test
    void everyApiEventIsForItsFunctionsRoute() throws IOException {
        for (var function : functions.entrySet()) {
            List<Map<String, Object>> events = httpApiEvents(function.getValue());
            if (events.isEmpty()) {
                continue;
            }
            Set<String> routeKeys = new TreeSet<>();
            events.forEach(e -> routeKeys.add(((String) e.get("Method")).toUpperCase(Locale.ROOT) + " " + e.get("Path")));
            try (Stream<Path> files = Files.list(ApiEvents.eventsDirectory().resolve(kebab(function.getKey())))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                    APIGatewayV2HTTPEvent event = ApiEvents.load(kebab(function.getKey()) + "/" + file.getFileName());
                    assertThat(event.getRouteKey()).as("routeKey of %s", file).isIn(routeKeys);
                    assertThat(event.getRequestContext().getHttp().getMethod() + " " + event.getRouteKey().split(" ")[1])
                            .as("method of %s", file).isEqualTo(event.getRouteKey());
                }
            }
        }
    }

    @Test
    void everyPlaceholderInAStateMachineHasADefinitionSubstitution() throws IOException {
        Map<String, Map<String, Object>> machines = template.resourcesOfType("AWS::Serverless::StateMachine");
        Set<String> definitionFiles = new TreeSet<>();
        for (var machine : machines.entrySet()) {
            Map<String, Object> properties = properties(machine.getValue());
            Object uri = properties.get("DefinitionUri");
            if (!(uri instanceof String file)) {
                continue;
            }
            definitionFiles.add(PROJECT.resolve(file).normalize().toString());
            Set<String> placeholders = placeholders(PROJECT.resolve(file));
            @SuppressWarnings("unchecked")
            Map<String, Object> substitutions = (Map<String, Object>) properties.getOrDefault(
                    "DefinitionSubstitutions", Map.of());
            assertThat(substitutions.keySet()).as("DefinitionSubstitutions of %s for %s", machine.getKey(), file)
                    .containsAll(placeholders);
        }
        try (Stream<Path> files = Files.list(PROJECT.resolve("statemachine"))) {
            List<String> aslFiles = files.filter(f -> f.toString().endsWith(".asl.json"))
                    .map(f -> f.normalize().toString()).toList();
            assertThat(definitionFiles).as("every ASL file is some state machine's definition")
                    .containsAll(aslFiles);
        }
    }

    /**
     * The table writes each function without login may make, and no more: a flood of anonymous requests must not
     * be able to do anything else to the table. A new public function is added here on purpose, not by default.
     */
    private static final Map<String, Set<String>> PUBLIC_FUNCTION_WRITES = Map.of(
            "SubmitApplicationFunction", Set.of("dynamodb:PutItem"),
            "ViewSigningPageFunction", Set.of(),
            // UpdateItem: the link's count of BankID orders (at most BankIdStarts.MAX_PER_LINK)
            "StartBankIdSigningFunction", Set.of("dynamodb:PutItem", "dynamodb:UpdateItem"),
            "CollectBankIdSigningFunction", Set.of("dynamodb:PutItem", "dynamodb:DeleteItem"),
            "ViewAttestationFunction", Set.of(),
            "RequestSmsCodeFunction", Set.of("dynamodb:PutItem"),
            // the decision, the used link, the code's attempt and the audit; DeleteItem clears the parked token
            "DecideAttestationFunction", Set.of("dynamodb:PutItem", "dynamodb:DeleteItem"),
            "StartBankIdAttestationFunction", Set.of("dynamodb:PutItem", "dynamodb:UpdateItem"),
            "CollectBankIdAttestationFunction", Set.of("dynamodb:PutItem", "dynamodb:DeleteItem"));
    private static final Set<String> TABLE_READS = Set.of("dynamodb:GetItem", "dynamodb:BatchGetItem",
            "dynamodb:Query", "dynamodb:ConditionCheckItem", "dynamodb:DescribeTable");

    @Test
    void noStatementUsesAWildcardActionOrResource() {
        List<String> wildcards = new ArrayList<>();
        statementsByOwner().forEach((owner, statements) -> statements.stream()
                // a wildcard in a Deny narrows what is allowed (the SMS function's Deny of every topic)
                .filter(statement -> !"Deny".equals(statement.get("Effect"))).forEach(statement -> {
            strings(statement.get("Action")).stream().filter(action -> action.contains("*"))
                    .forEach(action -> wildcards.add(owner + " Action " + action));
            resources(statement).stream().filter(resource -> resource.contains("*"))
                    .forEach(resource -> wildcards.add(owner + " Resource " + resource));
        }));
        assertThat(wildcards).isEmpty();
    }

    @Test
    void onlyTheSmsCodeFunctionMayPublishToSnsAndOnlyToPhoneNumbersNeverATopic() {
        String everySnsArn = "{Fn::Sub=arn:${AWS::Partition}:sns:*:*:*}";
        Map<String, List<Map<String, Object>>> snsStatements = new TreeMap<>();
        statementsByOwner().forEach((owner, statements) -> statements.stream()
                .filter(statement -> strings(statement.get("Action")).stream().anyMatch(a -> a.startsWith("sns:")))
                .forEach(statement -> snsStatements.computeIfAbsent(owner, o -> new ArrayList<>()).add(statement)));

        assertThat(snsStatements).containsOnlyKeys("RequestSmsCodeFunction");
        List<Map<String, Object>> statements = snsStatements.get("RequestSmsCodeFunction");
        assertThat(statements).allSatisfy(statement ->
                assertThat(strings(statement.get("Action"))).containsExactly("sns:Publish"));
        assertThat(statements).filteredOn(statement -> "Allow".equals(statement.get("Effect"))).singleElement()
                .satisfies(allow -> {
                    assertThat(allow).doesNotContainKey("Resource");
                    assertThat(String.valueOf(allow.get("NotResource"))).isEqualTo(everySnsArn);
                });
        assertThat(statements).filteredOn(statement -> "Deny".equals(statement.get("Effect"))).singleElement()
                .satisfies(deny -> assertThat(resources(deny)).containsExactly(everySnsArn));
    }

    @Test
    void functionsStateTheirTableActionsRatherThanUsingSamsTablePolicies() {
        for (var function : functions.entrySet()) {
            assertThat(String.valueOf(properties(function.getValue()).get("Policies"))).as("Policies of %s",
                    function.getKey()).doesNotContain("DynamoDBCrudPolicy", "DynamoDBWritePolicy", "DynamoDBReadPolicy");
        }
    }

    @Test
    void aPublicFunctionMayWriteToTheTableOnlyAsItsUseCaseNeeds() {
        Map<String, List<Map<String, Object>>> statements = statementsByOwner();
        for (var function : functions.entrySet()) {
            boolean isPublic = httpApiEvents(function.getValue()).stream().anyMatch(TemplateContractTest::isPublic);
            if (!isPublic) {
                continue;
            }
            assertThat(PUBLIC_FUNCTION_WRITES).as("the writes %s may make are listed here", function.getKey())
                    .containsKey(function.getKey());
            Set<String> writes = new TreeSet<>();
            statements.getOrDefault(function.getKey(), List.of()).forEach(statement -> strings(statement.get("Action"))
                    .stream().filter(action -> action.startsWith("dynamodb:") && !TABLE_READS.contains(action))
                    .forEach(writes::add));
            assertThat(writes).as("table writes of the public %s", function.getKey())
                    .isSubsetOf(PUBLIC_FUNCTION_WRITES.get(function.getKey()));
        }
    }

    @Test
    void tableActionsNameTheTableAndQueriesOnlyItsOwnIndexes() {
        Set<String> allowed = new TreeSet<>(Set.of("{Fn::GetAtt=Table.Arn}"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> indexes = (List<Map<String, Object>>) properties(
                template.resourcesOfType("AWS::DynamoDB::Table").get("Table")).get("GlobalSecondaryIndexes");
        indexes.forEach(index -> allowed.add("{Fn::Sub=${Table.Arn}/index/" + index.get("IndexName") + "}"));
        statementsByOwner().forEach((owner, statements) -> statements.stream()
                .filter(statement -> strings(statement.get("Action")).stream().anyMatch(a -> a.startsWith("dynamodb:")))
                .forEach(statement -> {
                    assertThat(resources(statement)).as("table resources of %s", owner).isNotEmpty()
                            .allSatisfy(resource -> assertThat(resource).as(owner).isIn(allowed));
                    if (resources(statement).stream().anyMatch(resource -> resource.contains("/index/"))) {
                        assertThat(strings(statement.get("Action"))).as("index actions of %s", owner)
                                .containsOnly("dynamodb:Query");
                    }
                }));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSweeperOfParkedWaitsRunsOnItsScheduleWithOnlyTheActionsItNeeds() {
        Map<String, Object> sweeper = functions.get("WakeParkedWorkflowsFunction");
        Map<String, Object> events = (Map<String, Object>) properties(sweeper).get("Events");
        assertThat(events.values()).singleElement().satisfies(event -> {
            assertThat(((Map<String, Object>) event).get("Type")).isEqualTo("Schedule");
            assertThat(String.valueOf(((Map<String, Object>) ((Map<String, Object>) event).get("Properties"))
                    .get("Schedule"))).isEqualTo("{Fn::Sub=rate(${WaitHealIntervalMinutes} minutes)}");
        });
        Set<String> actions = new TreeSet<>();
        statementsByOwner().get("WakeParkedWorkflowsFunction")
                .forEach(statement -> actions.addAll(strings(statement.get("Action"))));
        assertThat(actions).containsExactlyInAnyOrder("dynamodb:Query", "dynamodb:GetItem", "dynamodb:DeleteItem",
                "states:SendTaskSuccess");
    }

    @Test
    void everyRouteWithoutLoginIsThrottledMoreTightlyThanTheDefault() {
        Map<String, Object> api = properties(template.resourcesOfType("AWS::Serverless::HttpApi").get("HttpApi"));
        @SuppressWarnings("unchecked")
        Map<String, Object> defaults = (Map<String, Object>) api.get("DefaultRouteSettings");
        assertThat(defaults).as("DefaultRouteSettings").containsKeys("ThrottlingRateLimit", "ThrottlingBurstLimit");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> routeSettings = (Map<String, Map<String, Object>>) api.get("RouteSettings");
        Map<String, Object> parameters = template.asMap().get("Parameters") instanceof Map<?, ?> map
                ? castMap(map) : Map.of();
        for (Route route : templateRoutes()) {
            if (!route.isPublic()) {
                continue;
            }
            Map<String, Object> settings = routeSettings.get(route.method() + " " + route.path());
            assertThat(settings).as("RouteSettings of %s", route).isNotNull();
            for (String limit : List.of("ThrottlingRateLimit", "ThrottlingBurstLimit")) {
                assertThat(defaultOf(parameters, settings.get(limit))).as("%s of %s", limit, route)
                        .isPositive().isLessThan(defaultOf(parameters, defaults.get(limit)));
            }
        }
    }

    /** The Default of the parameter {@code reference} refers to ({@code {Ref: X}}). */
    private static double defaultOf(Map<String, Object> parameters, Object reference) {
        assertThat(reference).as("a parameter reference").isInstanceOf(Map.class);
        Object parameter = parameters.get(String.valueOf(((Map<?, ?>) reference).get("Ref")));
        assertThat(parameter).as("parameter %s", reference).isInstanceOf(Map.class);
        return Double.parseDouble(String.valueOf(((Map<?, ?>) parameter).get("Default")));
    }

    /** Every IAM statement (a map with Effect) by the function or AWS::IAM::Policy it belongs to. */
    private Map<String, List<Map<String, Object>>> statementsByOwner() {
        Map<String, List<Map<String, Object>>> statements = new LinkedHashMap<>();
        functions.forEach((id, function) -> collectStatements(properties(function).get("Policies"),
                statements.computeIfAbsent(id, key -> new ArrayList<>())));
        template.resourcesOfType("AWS::IAM::Policy").forEach((id, policy) -> collectStatements(
                properties(policy).get("PolicyDocument"), statements.computeIfAbsent(id, key -> new ArrayList<>())));
        return statements;
    }

    private static void collectStatements(Object node, List<Map<String, Object>> statements) {
        if (node instanceof Map<?, ?> map) {
            if (map.containsKey("Effect")) {
                statements.add(castMap(map));
                return;
            }
            map.values().forEach(value -> collectStatements(value, statements));
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectStatements(item, statements));
        }
    }

    private static List<String> resources(Map<String, Object> statement) {
        Object resource = statement.get("Resource");
        List<?> all = resource instanceof List<?> list ? list : resource == null ? List.of() : List.of(resource);
        return all.stream().map(String::valueOf).toList();
    }

    private static List<String> strings(Object value) {
        List<?> all = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        return all.stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static boolean isPublic(Map<String, Object> event) {
        return event.get("Auth") instanceof Map<?, ?> map && "NONE".equals(map.get("Authorizer"));
    }

    private List<Route> templateRoutes() {
        List<Route> routes = new ArrayList<>();
        for (Map<String, Object> function : functions.values()) {
            for (Map<String, Object> event : httpApiEvents(function)) {
                routes.add(new Route(((String) event.get("Method")).toUpperCase(Locale.ROOT), (String) event.get("Path"),
                        isPublic(event)));
            }
        }
        return routes;
    }

    @SuppressWarnings("unchecked")
    private static List<Route> openApiRoutes() throws IOException {
        Map<String, Object> api;
        try (Reader reader = Files.newBufferedReader(PROJECT.resolve("api/openapi.yaml"), StandardCharsets.UTF_8)) {
            LoaderOptions strict = new LoaderOptions();
            strict.setAllowDuplicateKeys(false); // a key written twice silently drops the first: refuse it
            api = new Yaml(new SafeConstructor(strict)).load(reader);
        }
        boolean securedByDefault = api.get("security") instanceof List<?> list && !list.isEmpty();
        List<Route> routes = new ArrayList<>();
        ((Map<String, Object>) api.get("paths")).forEach((path, item) ->
                ((Map<String, Object>) item).forEach((method, operation) -> {
                    if (!HTTP_METHODS.contains(method)) {
                        return;
                    }
                    Object security = ((Map<String, Object>) operation).get("security");
                    boolean secured = security == null ? securedByDefault : !((List<?>) security).isEmpty();
                    routes.add(new Route(method.toUpperCase(Locale.ROOT), path, !secured));
                }));
        return routes;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> httpApiEvents(Map<String, Object> function) {
        Object events = properties(function).get("Events");
        if (!(events instanceof Map<?, ?> map)) {
            return List.of();
        }
        List<Map<String, Object>> result = new ArrayList<>();
        for (Object event : map.values()) {
            Map<String, Object> definition = (Map<String, Object>) event;
            if ("HttpApi".equals(definition.get("Type"))) {
                result.add((Map<String, Object>) definition.get("Properties"));
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> resource) {
        return (Map<String, Object>) resource.getOrDefault("Properties", new LinkedHashMap<>());
    }

    private static Set<String> placeholders(Path aslFile) throws IOException {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(Files.readString(aslFile, StandardCharsets.UTF_8));
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** {@code SubmitApplicationFunction} → {@code submit-application} (events/README.md). */
    static String kebab(String logicalId) {
        String name = logicalId.endsWith("Function") ? logicalId.substring(0, logicalId.length() - 8) : logicalId;
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("([A-Z])([A-Z][a-z])", "$1-$2")
                .toLowerCase(Locale.ROOT);
    }
}
