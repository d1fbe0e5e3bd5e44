package se.inera.kundportal.bench.coldstart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import se.inera.kundportal.bench.coldstart.probe.BareHandler;
import se.inera.kundportal.bench.coldstart.probe.BareStreamHandler;
import se.inera.kundportal.bench.coldstart.probe.ColdStartProbe;
import se.inera.kundportal.local.runtime.LambdaEnvironments;
import se.inera.kundportal.local.runtime.LambdaEnvironments.LambdaFunction;
import se.inera.kundportal.local.runtime.LocalRuntime;

/**
 * The cold-start benchmark ({@code bench/run.sh coldstart}, see docs/performance.md): starts the local runtime for
 * its stand-ins, then starts every API function's handler and one Step Functions task handler, each in a fresh JVM
 * with Lambda's java17 flags, under {@code env -i} with only what Lambda sets, pinned to one CPU, and measures the
 * time from starting the process to its first answer ({@link ColdStartProbe}). The rounds are interleaved (every
 * target once per round, the order rotated each round) and a dependency-free {@link BareHandler} runs in every
 * round as the yardstick, with a {@link BareStreamHandler} that skips the runtime's serialiser as a second one. Also: one class-load log per target grouped by library, optionally a dynamic AppCDS
 * archive per target as a second column, and the first request after priming in the same JVM.
 *
 * <p>Options: {@code --rounds N} (20), {@code --prime-rounds N} (5), {@code --only REGEX} (function logical ids),
 * {@code --task FunctionId} (CreateCustomerFunction), {@code --appcds REGEX} (functions that also get an archive
 * column; none by default), {@code --no-classes}.
 */
public final class ColdStartBenchmark {
    static final String BARE = "BareHandler";
    static final String BARE_STREAM = "BareStreamHandler";
    private static final Pattern UNREPRESENTATIVE = Pattern.compile(
            "malformed|invalid|empty|wrong|text-plain|missing|not-|zero|without|too-|forbidden|no-");
    private static final List<String> LAMBDA_FLAGS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-Xshare:auto", "-XX:ActiveProcessorCount=1", "-Djava.net.preferIPv4Stack=true");

    record Options(int rounds, int primeRounds, Pattern only, String task, Pattern appCds, boolean classes) {
        static Options parse(String[] arguments) {
            int rounds = 20;
            int primeRounds = 5;
            Pattern only = Pattern.compile(".*");
            String task = "CreateCustomerFunction";
            Pattern appCds = null;
            boolean classes = true;
            for (int i = 0; i < arguments.length; i++) {
                switch (arguments[i]) {
                    case "--rounds" -> rounds = Integer.parseInt(arguments[++i]);
                    case "--prime-rounds" -> primeRounds = Integer.parseInt(arguments[++i]);
                    case "--only" -> only = Pattern.compile(arguments[++i]);
                    case "--task" -> task = arguments[++i];
                    case "--appcds" -> appCds = Pattern.compile(arguments[++i]);
                    case "--no-classes" -> classes = false;
                    default -> throw new IllegalArgumentException("unknown option " + arguments[i]
                            + " (--rounds N --prime-rounds N --only REGEX --task FunctionId --appcds REGEX --no-classes)");
                }
            }
            return new Options(rounds, primeRounds, only, task, appCds, classes);
        }
    }

    /** What one fresh JVM runs: a function's handler (or the bare one) with its environment and events. */
    record Target(String name, String handler, int memorySizeMb, String kind, String classPath,
                  Map<String, String> environment, Path event, Path secondEvent) {
        List<String> command(String java, List<String> extraFlags, String mode) {
            List<String> command = new ArrayList<>(List.of("env", "-i"));
            environment.forEach((key, value) -> command.add(key + "=" + value));
            if (Files.isExecutable(Path.of("/usr/bin/taskset"))) {
                command.addAll(List.of("/usr/bin/taskset", "-c", String.valueOf(Runtime.getRuntime().availableProcessors() - 1)));
            }
            command.add(java);
            command.addAll(LAMBDA_FLAGS);
            command.add("-XX:MaxHeapSize=" + memorySizeMb * 85 / 100 + "m");
            command.addAll(extraFlags);
            command.addAll(List.of("-cp", classPath, ColdStartProbe.class.getName(), mode, event.toString()));
            if (mode.equals("primed")) {
                command.add(secondEvent.toString());
            }
            return command;
        }
    }

    /** One fresh JVM's result: wall time to the marker line (ms), the in-process time (primed, ms), the outcome. */
    record Run(double wallMs, double primedMs, String outcome) {
    }

    private final Options options;
    private final Path root;
    private final Path work;
    private final String java;
    private final PrintStream out;

    private ColdStartBenchmark(Options options, Path root, PrintStream out) {
        this.options = options;
        this.root = root;
        this.work = root.resolve("bench/target/results/coldstart");
        this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        this.out = out;
    }

    public static void main(String[] arguments) throws Exception {
        Options options = Options.parse(arguments);
        Path root = Path.of("").toAbsolutePath();
        new ColdStartBenchmark(options, root, System.out).run();
    }

    private void run() throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path data = Files.createTempDirectory("kundportal-coldstart-");
        Path runtimeLog = work.resolve("local-runtime.log");
        try (PrintStream runtimeOut = new PrintStream(Files.newOutputStream(runtimeLog), true, StandardCharsets.UTF_8);
             LocalRuntime runtime = LocalRuntime.start(new LocalRuntime.Settings(0, data), runtimeOut)) {
            // Ctrl-C still stops the stand-ins (close is idempotent).
            Runtime.getRuntime().addShutdownHook(new Thread(runtime::close, "coldstart-stop"));
            List<Target> targets = targets(LambdaEnvironments.of(runtime));
            out.printf("Cold-start benchmark, %s; %d targets, %d rounds, %d priming rounds; JDK %s; %d CPUs; local runtime %s%n",
                    Instant.now(), targets.size(), options.rounds(), options.primeRounds(), System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), runtime.endpoints().portal());
            // Untimed: the first JVM after a build reads the jars from disk; every measured one finds them cached.
            for (Target target : targets) {
                run(target, List.of(), "cold");
            }
            Map<String, ClassLoads> classes = new LinkedHashMap<>();
            if (options.classes()) {
                for (Target target : targets) {
                    Path log = work.resolve(target.name() + ".classload.log");
                    Files.deleteIfExists(log);
                    run(target, List.of("-Xlog:class+load:file=" + log), "cold");
                    classes.put(target.name(), ClassLoads.read(log));
                }
            }
            Map<String, List<String>> archiveFlags = new LinkedHashMap<>();
            for (Target target : targets) {
                if (options.appCds() != null && (target.kind().equals("bare") || options.appCds().matcher(target.name()).matches())) {
                    Path archive = work.resolve(target.name() + ".jsa");
                    Files.deleteIfExists(archive);
                    run(target, List.of("-XX:ArchiveClassesAtExit=" + archive), "cold");
                    archiveFlags.put(target.name(), List.of("-XX:SharedArchiveFile=" + archive));
                }
            }
            Map<String, List<Run>> cold = new LinkedHashMap<>();
            Map<String, List<Run>> withArchive = new LinkedHashMap<>();
            Map<String, List<Run>> primed = new LinkedHashMap<>();
            for (int round = 0; round < Math.max(options.rounds(), options.primeRounds()); round++) {
                List<Target> order = new ArrayList<>(targets);
                Collections.rotate(order, round);
                for (Target target : order) {
                    if (round < options.rounds()) {
                        cold.computeIfAbsent(target.name(), name -> new ArrayList<>()).add(run(target, List.of(), "cold"));
                        List<String> archive = archiveFlags.get(target.name());
                        if (archive != null) {
                            withArchive.computeIfAbsent(target.name(), name -> new ArrayList<>()).add(run(target, archive, "cold"));
                        }
                    }
                    if (round < options.primeRounds() && !target.kind().equals("bare")) {
                        primed.computeIfAbsent(target.name(), name -> new ArrayList<>()).add(run(target, List.of(), "primed"));
                    }
                }
                out.printf("  round %d done%n", round + 1);
            }
            String report = new ColdStartReport(targets, cold, withArchive, primed, classes).markdown();
            Files.writeString(work.resolve("coldstart.md"), report);
            out.println();
            out.print(report);
        } finally {
            deleteTree(data);
        }
    }

    private List<Target> targets(List<LambdaFunction> functions) {
        Path probeJar = root.resolve("bench/target/coldstart/coldstart-probe.jar");
        Path libraries = root.resolve("bench/target/coldstart/lib");
        Path functionsJar = root.resolve("functions/target/kundportal-functions.jar");
        for (Path required : List.of(probeJar, libraries, functionsJar)) {
            if (!Files.exists(required)) {
                throw new IllegalStateException(required + " is missing; bench/run.sh coldstart builds it");
            }
        }
        String runtimeLibraries;
        try (Stream<Path> jars = Files.list(libraries)) {
            runtimeLibraries = jars.filter(jar -> jar.toString().endsWith(".jar")).sorted().map(Path::toString)
                    .reduce((a, b) -> a + ":" + b).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Target> targets = new ArrayList<>();
        LambdaFunction yardstick = null;
        for (LambdaFunction function : functions) {
            boolean task = function.name().equals(options.task());
            if (!(function.api() || task) || !options.only().matcher(function.name()).matches()) {
                if (yardstick == null && function.api()) {
                    yardstick = function;
                }
                continue;
            }
            yardstick = yardstick == null ? function : yardstick;
            List<Path> events = events(function.name());
            if (events.isEmpty()) {
                out.println("  skipped " + function.name() + ": no events/" + eventFolder(function.name()) + "/*.json");
                continue;
            }
            Path first = events.stream().filter(event -> event.getFileName().toString().startsWith("valid")).findFirst()
                    .or(() -> events.stream().filter(ColdStartBenchmark::representative).findFirst()).orElse(events.get(0));
            Path second = events.stream().filter(event -> !event.equals(first) && representative(event)).findFirst()
                    .or(() -> events.stream().filter(event -> !event.equals(first)).findFirst()).orElse(first);
            targets.add(new Target(function.name(), function.handler(), function.memorySizeMb(), task ? "task" : "API",
                    probeJar + ":" + runtimeLibraries + ":" + functionsJar, function.environment(), first, second));
        }
        if (yardstick == null) {
            throw new IllegalStateException("template.yaml has no API function");
        }
        Map<String, String> bareEnvironment = new LinkedHashMap<>(yardstick.environment());
        bareEnvironment.put("_HANDLER", BareHandler.class.getName() + "::handleRequest");
        bareEnvironment.put("AWS_LAMBDA_FUNCTION_NAME", BARE);
        Path bareEvent = targets.isEmpty() ? events(yardstick.name()).get(0) : targets.get(0).event();
        targets.add(0, new Target(BARE, BareHandler.class.getName(), yardstick.memorySizeMb(), "bare",
                probeJar + ":" + runtimeLibraries, bareEnvironment, bareEvent, bareEvent));
        Map<String, String> streamEnvironment = new LinkedHashMap<>(bareEnvironment);
        streamEnvironment.put("_HANDLER", BareStreamHandler.class.getName() + "::handleRequest");
        streamEnvironment.put("AWS_LAMBDA_FUNCTION_NAME", BARE_STREAM);
        targets.add(1, new Target(BARE_STREAM, BareStreamHandler.class.getName(), yardstick.memorySizeMb(), "bare",
                probeJar + ":" + runtimeLibraries, streamEnvironment, bareEvent, bareEvent));
        return targets;
    }

    private List<Path> events(String functionName) {
        Path folder = root.resolve("events").resolve(eventFolder(functionName));
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code PlaceOrderFunction} → {@code place-order}, as events/README.md names the folders. */
    static String eventFolder(String functionName) {
        String base = functionName.endsWith("Function") ? functionName.substring(0, functionName.length() - "Function".length()) : functionName;
        return base.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static boolean representative(Path event) {
        return !UNREPRESENTATIVE.matcher(event.getFileName().toString()).find();
    }

    private Run run(Target target, List<String> extraFlags, String mode) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(target.command(java, extraFlags, mode))
                .directory(work.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(work.resolve(target.name() + ".stderr.log").toFile()));
        long begun = System.nanoTime();
        Process process = builder.start();
        double wallMs = Double.NaN;
        double primedMs = Double.NaN;
        String outcome = "no answer";
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith(ColdStartProbe.RESPONSE_MARKER)) {
                    wallMs = (System.nanoTime() - begun) / 1e6;
                    outcome = line.substring(ColdStartProbe.RESPONSE_MARKER.length()).trim();
                } else if (line.startsWith(ColdStartProbe.PRIMED_MARKER)) {
                    wallMs = (System.nanoTime() - begun) / 1e6;
                    String[] parts = line.substring(ColdStartProbe.PRIMED_MARKER.length()).trim().split(" ");
                    primedMs = Long.parseLong(parts[0]) / 1e6;
                    outcome = parts[1] + " (primed by " + parts[2] + ")";
                }
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new Run(wallMs, primedMs, outcome);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Collections.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
