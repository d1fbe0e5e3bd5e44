package se.inera.kundportal.standins;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A parsed SAM/CloudFormation template. Short-form intrinsic functions ({@code !Ref X}, {@code !GetAtt A.B},
 * {@code !Sub}, {@code !If [...]}, …) are read as their long form ({@code {Ref: X}}, {@code {Fn::GetAtt: A.B}}),
 * so the template parses with plain SnakeYAML types and nothing is evaluated.
 */
public final class SamTemplate {
    /** System property (set by surefire/failsafe) naming the repository root, where {@code template.yaml} lives. */
    public static final String PROJECT_DIRECTORY_PROPERTY = "kundportal.project.dir";

    private final Path source;
    private final Map<String, Object> root;

    private SamTemplate(Path source, Map<String, Object> root) {
        this.source = source;
        this.root = root;
    }

    /** The repository's {@code template.yaml}, found through {@value #PROJECT_DIRECTORY_PROPERTY} or the working directory. */
    public static SamTemplate ofProject() {
        String projectDirectory = System.getProperty(PROJECT_DIRECTORY_PROPERTY);
        if (projectDirectory != null && !projectDirectory.isBlank()) {
            return load(Path.of(projectDirectory, "template.yaml"));
        }
        for (Path candidate : new Path[] {Path.of("template.yaml"), Path.of("..", "template.yaml")}) {
            if (Files.isRegularFile(candidate)) {
                return load(candidate.toAbsolutePath().normalize());
            }
        }
        throw new IllegalStateException("Cannot find template.yaml; set -D" + PROJECT_DIRECTORY_PROPERTY
                + " to the repository root");
    }

    public static SamTemplate load(Path template) {
        try (Reader reader = Files.newBufferedReader(template, StandardCharsets.UTF_8)) {
            Object parsed = new Yaml(new IntrinsicFunctionConstructor()).load(reader);
            if (!(parsed instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(template + " is not a YAML mapping");
            }
            return new SamTemplate(template, asStringMap(map, template.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + template, e);
        }
    }

    public Path source() {
        return source;
    }

    /** Logical id → resource (with {@code Type}, {@code Properties}, …) of every resource of the given type, in template order. */
    public Map<String, Map<String, Object>> resourcesOfType(String type) {
        Map<String, Object> resources = mapAt(root, "Resources", source.toString());
        Map<String, Map<String, Object>> matching = new LinkedHashMap<>();
        resources.forEach((logicalId, resource) -> {
            Map<String, Object> definition = asStringMap(resource, logicalId);
            if (type.equals(definition.get("Type"))) {
                matching.put(logicalId, definition);
            }
        });
        return matching;
    }

    /** The whole template as plain maps, lists and scalars. */
    public Map<String, Object> asMap() {
        return root;
    }

    static Map<String, Object> mapAt(Map<String, Object> parent, String key, String where) {
        Object value = parent.get(key);
        if (value == null) {
            throw new IllegalArgumentException(where + " has no " + key);
        }
        return asStringMap(value, where + "." + key);
    }

    static List<Object> listAt(Map<String, Object> parent, String key, String where) {
        Object value = parent.get(key);
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(where + "." + key + " is not a list");
        }
        return List.copyOf(list);
    }

    static Map<String, Object> asStringMap(Object value, String where) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(where + " is not a mapping");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((key, entry) -> result.put(Objects.toString(key), entry));
        return result;
    }

    /** A key written twice in a mapping silently drops the first; in a template that is always a mistake. */
    private static LoaderOptions noDuplicateKeys() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return options;
    }

    /** Reads every local tag {@code !Name} as the mapping {@code {Fn::Name: value}} ({@code !Ref} as {@code {Ref: value}}). */
    private static final class IntrinsicFunctionConstructor extends SafeConstructor {
        IntrinsicFunctionConstructor() {
            super(noDuplicateKeys());
            yamlMultiConstructors.put("!", new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    String function = node.getTag().getValue().substring(1);
                    String key = function.equals("Ref") || function.equals("Condition") ? function : "Fn::" + function;
                    return Map.of(key, constructUntagged(node));
                }
            });
        }

        private Object constructUntagged(Node node) {
            if (node instanceof ScalarNode scalar) {
                return constructScalar(scalar);
            }
            if (node instanceof SequenceNode sequence) {
                return constructSequence(sequence);
            }
            return constructMapping((MappingNode) node);
        }
    }
}
