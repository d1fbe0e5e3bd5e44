package se.inera.kundportal.local.asl.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import se.inera.kundportal.local.asl.AslEngine;
import se.inera.kundportal.local.asl.InvalidDefinitionException;
import se.inera.kundportal.local.asl.json.Json;
import se.inera.kundportal.local.asl.lambda.LambdaRegistry;
import se.inera.kundportal.local.asl.time.VirtualScheduler;

/**
 * The npm {@code asl-validator} and the engine's CreateStateMachine validation agree on every definition: the
 * project's {@code statemachine/*.asl.json} (placeholders filled in as SAM would) and the definitions in
 * {@code asl-validation/valid} and {@code asl-validation/invalid}, which must moreover get the verdict their folder
 * names. All files are checked by one {@code node} process.
 */
class AslValidatorAgreementIT {
    private static final String ROLE = "arn:aws:iam::123456789012:role/asl-validation";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");
    /** The validator prints one line per definition, naming the file it read. */
    private static final Pattern VERDICT =
            Pattern.compile("^([✓✕]) State machine definition \"(.+)\" is (valid|invalid)", Pattern.MULTILINE);
    private static final long NODE_TIMEOUT_SECONDS = 120;

    @TempDir
    Path substituted;

    private enum Expected { VALID, INVALID, EITHER }

    private record Definition(String label, Path original, Path validated, Expected expected) {}

    @TestFactory
    Stream<DynamicTest> validatorAndEngineAgree() throws IOException, InterruptedException {
        List<Definition> definitions = new ArrayList<>();
        Path fixtures = fixturesFolder();
        definitions.addAll(definitions(fixtures.resolve("valid"), "valid", Expected.VALID));
        definitions.addAll(definitions(fixtures.resolve("invalid"), "invalid", Expected.INVALID));
        assertThat(definitions).as("fixtures of both verdicts, so that agreement is never on nothing")
                .anyMatch(definition -> definition.expected() == Expected.VALID)
                .anyMatch(definition -> definition.expected() == Expected.INVALID);
        definitions.addAll(definitions(projectFolder().resolve("statemachine"), "statemachine", Expected.EITHER));

        Map<Path, Boolean> validatorVerdicts = runValidator(definitions);
        AslEngine engine = new AslEngine(new VirtualScheduler(Instant.EPOCH), new LambdaRegistry());
        return definitions.stream().map(definition -> DynamicTest.dynamicTest(definition.label(), () -> {
            boolean validatorAccepts = validatorVerdicts.get(definition.validated());
            List<String> engineProblems = engineProblems(engine, definition);
            boolean engineAccepts = engineProblems.isEmpty();
            assertThat(engineAccepts)
                    .as("%s: asl-validator %s it, the engine %s it%s", definition.original(),
                            validatorAccepts ? "accepts" : "rejects", engineAccepts ? "accepts" : "rejects",
                            engineAccepts ? "" : " " + engineProblems)
                    .isEqualTo(validatorAccepts);
            if (definition.expected() != Expected.EITHER) {
                assertThat(engineAccepts).as("%s is in the %s folder", definition.original(), definition.expected())
                        .isEqualTo(definition.expected() == Expected.VALID);
            }
        }));
    }

    private List<Definition> definitions(Path folder, String category, Expected expected) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".asl.json")).sorted().toList();
        }
        List<Definition> definitions = new ArrayList<>();
        for (Path file : files) {
            Path validated = substituted.resolve(category + "-" + file.getFileName());
            Files.writeString(validated, withPlaceholdersFilled(Files.readString(file), file), StandardCharsets.UTF_8);
            definitions.add(new Definition(category + "/" + file.getFileName(), file, validated, expected));
        }
        return definitions;
    }

    /** What SAM's DefinitionSubstitutions would put in: a Lambda alias ARN for a function, a number for seconds. */
    private static String withPlaceholdersFilled(String definition, Path file) {
        Matcher placeholder = PLACEHOLDER.matcher(definition);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String value;
            if (name.endsWith("FunctionArn")) {
                value = "arn:aws:lambda:us-east-1:123456789012:function:" + name.substring(0, name.length() - 3) + ":live";
            } else if (name.endsWith("StateMachineArn")) {
                value = "arn:aws:states:us-east-1:123456789012:stateMachine:" + name.substring(0, name.length() - 15);
            } else if (name.endsWith("Seconds")) {
                value = "3600";
            } else {
                return fail(file + " has the placeholder ${" + name + "}, which this test cannot fill in: teach "
                        + "withPlaceholdersFilled its kind of value");
            }
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    /** One node process for all files; returns each file's verdict (true = valid). */
    private static Map<Path, Boolean> runValidator(List<Definition> definitions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", validatorBin().toString()));
        for (Definition definition : definitions) {
            command.add("--json-path");
            command.add(definition.validated().toString());
        }
        Process node = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!node.waitFor(NODE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            node.destroyForcibly();
            fail("asl-validator did not finish; its output so far:\n" + output);
        }
        Map<Path, Boolean> verdicts = new LinkedHashMap<>();
        Matcher verdict = VERDICT.matcher(output);
        while (verdict.find()) {
            verdicts.put(Path.of(verdict.group(2)), verdict.group(3).equals("valid"));
        }
        for (Definition definition : definitions) {
            if (!verdicts.containsKey(definition.validated())) {
                fail("asl-validator gave no verdict on " + definition.original() + " (exit code " + node.exitValue()
                        + "):\n" + output);
            }
        }
        // Exit code 1 when any definition is invalid, 0 when all are valid: the per-file lines must say the same.
        int expectedExitCode = verdicts.containsValue(false) ? 1 : 0;
        assertThat(node.exitValue()).as("asl-validator's exit code; output:\n%s", output).isEqualTo(expectedExitCode);
        return verdicts;
    }

    private static List<String> engineProblems(AslEngine engine, Definition definition) throws IOException {
        String name = definition.label().replaceAll("[^A-Za-z0-9-]", "-");
        try {
            engine.createStateMachine(name, Files.readString(definition.validated()), ROLE);
            return List.of();
        } catch (InvalidDefinitionException e) {
            return e.problems().isEmpty() ? List.of(e.getMessage()) : e.problems();
        }
    }

    /** The bin the package declares, as npm would link it. */
    private static Path validatorBin() throws IOException {
        Path module = Path.of(requiredProperty("kundportal.standins.dir"), "node_modules", "asl-validator");
        Path packageJson = module.resolve("package.json");
        if (!Files.isRegularFile(packageJson)) {
            fail("asl-validator is not installed: no " + packageJson + " (run npm ci in the standins folder)");
        }
        String bin = Json.parse(Files.readString(packageJson)).path("bin").path("asl-validator").asText(null);
        if (bin == null) {
            fail(packageJson + " declares no asl-validator bin");
        }
        return module.resolve(bin).normalize();
    }

    private static Path projectFolder() {
        return Path.of(requiredProperty("kundportal.project.dir"));
    }

    private static Path fixturesFolder() {
        URL fixtures = AslValidatorAgreementIT.class.getResource("/asl-validation");
        if (fixtures == null) {
            return fail("no asl-validation folder on the test class path");
        }
        try {
            return Path.of(fixtures.toURI());
        } catch (URISyntaxException e) {
            return fail("unusable location of asl-validation: " + fixtures);
        }
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            return fail("system property " + name + " is not set (Maven's failsafe sets it)");
        }
        return value;
    }
}
