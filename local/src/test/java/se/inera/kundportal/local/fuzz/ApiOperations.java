package se.inera.kundportal.local.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The operations of {@code api/openapi.yaml} as the fuzzer needs them: method, path template, parameters, the
 * request body's schema with every {@code $ref} resolved, whether a token is needed, and the documented statuses.
 */
public record ApiOperations(List<Operation> operations) {

    /** One parameter ({@code in} is {@code path}, {@code query} or {@code header}). */
    public record Parameter(String name, String in, boolean required, Map<String, Object> schema) {
    }

    /** One route of the contract. */
    public record Operation(String method, String pathTemplate, String operationId, List<Parameter> parameters,
                            Optional<Map<String, Object>> bodySchema, boolean bodyRequired, boolean secured,
                            Set<Integer> documentedStatuses) {

        public List<Parameter> in(String where) {
            return parameters.stream().filter(parameter -> parameter.in().equals(where)).toList();
        }

        public boolean documents2xx(int status) {
            return status >= 200 && status < 300 && documentedStatuses.contains(status);
        }

        @Override
        public String toString() {
            return method + " " + pathTemplate;
        }
    }

    /** Reads {@code openapi.yaml}. */
    public static ApiOperations read(Path openApi) {
        try (InputStream in = Files.newInputStream(openApi)) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return new ApiOperations(new Reader(root).operations());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + openApi, e);
        }
    }

    /** The project's contract, found from the {@code kundportal.project.dir} property or the working folder. */
    public static ApiOperations ofProject() {
        Path project = Path.of(System.getProperty("kundportal.project.dir", ".")).toAbsolutePath();
        Path file = project.resolve("api/openapi.yaml");
        if (!Files.exists(file)) {
            file = project.resolveSibling("api/openapi.yaml");
        }
        return read(file);
    }

    private static final class Reader {
        private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
        private final Map<String, Object> root;

        Reader(Map<String, Object> root) {
            this.root = root;
        }

        List<Operation> operations() {
            boolean securedByDefault = !list(root.get("security")).isEmpty();
            List<Operation> operations = new ArrayList<>();
            map(root.get("paths")).forEach((path, item) -> {
                Map<String, Object> pathItem = map(item);
                List<Parameter> shared = parameters(pathItem.get("parameters"));
                for (String method : METHODS) {
                    if (!pathItem.containsKey(method)) {
                        continue;
                    }
                    Map<String, Object> operation = map(pathItem.get(method));
                    List<Parameter> parameters = new ArrayList<>(shared);
                    parameters.addAll(parameters(operation.get("parameters")));
                    Optional<Map<String, Object>> body = Optional.empty();
                    boolean bodyRequired = false;
                    if (operation.containsKey("requestBody")) {
                        Map<String, Object> requestBody = resolve(map(operation.get("requestBody")));
                        bodyRequired = Boolean.TRUE.equals(requestBody.get("required"));
                        Map<String, Object> json = map(map(requestBody.get("content")).get("application/json"));
                        if (json.containsKey("schema")) {
                            body = Optional.of(deepResolve(map(json.get("schema")), 0));
                        }
                    }
                    boolean secured = operation.containsKey("security")
                            ? !list(operation.get("security")).isEmpty() : securedByDefault;
                    Set<Integer> statuses = new TreeSet<>();
                    map(operation.get("responses")).keySet().forEach(status -> {
                        if (String.valueOf(status).matches("\\d{3}")) {
                            statuses.add(Integer.parseInt(String.valueOf(status)));
                        }
                    });
                    operations.add(new Operation(method.toUpperCase(), String.valueOf(path),
                            String.valueOf(operation.get("operationId")), List.copyOf(parameters), body, bodyRequired,
                            secured, Set.copyOf(statuses)));
                }
            });
            return List.copyOf(operations);
        }

        private List<Parameter> parameters(Object declared) {
            List<Parameter> parameters = new ArrayList<>();
            for (Object each : list(declared)) {
                Map<String, Object> parameter = resolve(map(each));
                parameters.add(new Parameter(String.valueOf(parameter.get("name")), String.valueOf(parameter.get("in")),
                        Boolean.TRUE.equals(parameter.get("required")),
                        deepResolve(map(parameter.getOrDefault("schema", Map.of())), 0)));
            }
            return parameters;
        }

        /** A schema with every {@code $ref} below it replaced by its target (the contract has no cycles deeper than 8). */
        private Map<String, Object> deepResolve(Map<String, Object> schema, int depth) {
            Map<String, Object> resolved = resolve(schema);
            if (depth > 8) {
                return resolved;
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            resolved.forEach((key, value) -> {
                if (key.equals("properties")) {
                    Map<String, Object> properties = new LinkedHashMap<>();
                    map(value).forEach((name, property) -> properties.put(name, deepResolve(map(property), depth + 1)));
                    copy.put(key, properties);
                } else if (key.equals("items")) {
                    copy.put(key, deepResolve(map(value), depth + 1));
                } else if (key.equals("allOf") || key.equals("oneOf") || key.equals("anyOf")) {
                    copy.put(key, list(value).stream().map(part -> deepResolve(map(part), depth + 1)).toList());
                } else {
                    copy.put(key, value);
                }
            });
            return copy;
        }

        private Map<String, Object> resolve(Map<String, Object> node) {
            Map<String, Object> current = node;
            while (current.containsKey("$ref")) {
                String ref = String.valueOf(current.get("$ref"));
                Object target = root;
                for (String part : ref.substring(2).split("/")) {
                    target = map(target).get(part);
                }
                current = map(target);
            }
            return current;
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> map(Object node) {
            return node instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        }

        private static List<?> list(Object node) {
            return node instanceof List<?> list ? list : List.of();
        }
    }
}
