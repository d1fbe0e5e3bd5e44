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

    @Test
    void noPolicyGrantsEveryResource() {
        List<String> wildcards = new ArrayList<>();
        for (var function : functions.entrySet()) {
            Object policies = properties(function.getValue()).get("Policies");
            findWildcardResources(policies, function.getKey(), wildcards);
        }
        assertThat(wildcards).isEmpty();
    }

    private List<Route> templateRoutes() {
        List<Route> routes = new ArrayList<>();
        for (Map<String, Object> function : functions.values()) {
            for (Map<String, Object> event : httpApiEvents(function)) {
                Object auth = event.get("Auth");
                boolean isPublic = auth instanceof Map<?, ?> map && "NONE".equals(map.get("Authorizer"));
                routes.add(new Route(((String) event.get("Method")).toUpperCase(Locale.ROOT), (String) event.get("Path"),
                        isPublic));
            }
        }
        return routes;
    }

    @SuppressWarnings("unchecked")
    private static List<Route> openApiRoutes() throws IOException {
        Map<String, Object> api;
        try (Reader reader = Files.newBufferedReader(PROJECT.resolve("api/openapi.yaml"), StandardCharsets.UTF_8)) {
            api = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
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

    private static void findWildcardResources(Object node, String where, List<String> wildcards) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ("Resource".equals(key) && ("*".equals(value) || value instanceof List<?> list && list.contains("*"))) {
                    wildcards.add(where);
                }
                findWildcardResources(value, where, wildcards);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> findWildcardResources(item, where, wildcards));
        }
    }

    /** {@code SubmitApplicationFunction} → {@code submit-application} (events/README.md). */
    static String kebab(String logicalId) {
        String name = logicalId.endsWith("Function") ? logicalId.substring(0, logicalId.length() - 8) : logicalId;
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("([A-Z])([A-Z][a-z])", "$1-$2")
                .toLowerCase(Locale.ROOT);
    }
}
