package se.inera.kundportal.standins;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Starts stand-ins as child processes, waits until they answer, and stops whole process trees. Each stand-in also
 * exits by itself when this JVM is gone ({@code exit-with-parent.cjs}, preloaded), so a JVM that never runs its
 * shutdown hooks (killed, or halted like PIT's minions) leaves no stand-in behind.
 */
final class ChildProcesses {
    /** Another process may grab the free port between our probe and the child's bind; then we try a new port. */
    private static final int PORT_ATTEMPTS = 3;
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(10);
    private static final int OUTPUT_TAIL_CHARACTERS = 4000;

    /** Processes still running, stopped by the shutdown hook if nobody closed them (a crashed test run). */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> List.copyOf(RUNNING).forEach(ChildProcesses::stop), "kundportal-standins-reaper"));
    }

    /** The preload that makes a stand-in exit with its parent; a resource of this jar, copied to a file once per JVM. */
    private static final String EXIT_WITH_PARENT_RESOURCE = "exit-with-parent.cjs";
    private static Path exitWithParentScript;

    private static final HttpClient PROBE_CLIENT = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();

    private ChildProcesses() {
    }

    static RunningStandIn start(StandIn standIn, StandInOptions options) {
        Path script = standIn.script(options);
        if (!Files.isRegularFile(script)) {
            throw new StandInStartException("The " + standIn.shortName() + " stand-in is not installed: " + script
                    + " is missing. Run 'mvn -pl standins install' (it runs npm ci) first.");
        }
        options.dataDirectory().ifPresent(ChildProcesses::createDirectories);
        Path temporaryWorkingDirectory = null;
        Path workingDirectory = options.standInsDirectory();
        if (standIn.keepsDataInWorkingDirectory()) {
            // Each instance gets its own folder, so parallel or earlier runs don't share its database.
            if (options.dataDirectory().isPresent()) {
                workingDirectory = options.dataDirectory().get();
            } else {
                temporaryWorkingDirectory = createTemporaryDirectory("kundportal-" + standIn.shortName() + "-");
                workingDirectory = temporaryWorkingDirectory;
            }
        }

        for (int attempt = 1; ; attempt++) {
            int port = freeLoopbackPort();
            URI endpoint = URI.create("http://" + StandIn.LOOPBACK + ":" + port);
            List<String> command = new ArrayList<>(List.of(options.nodeExecutable(),
                    "--require", exitWithParentScript().toString(), script.toString()));
            command.addAll(standIn.arguments(port, options));
            Path outputFile = createTemporaryFile("kundportal-" + standIn.shortName() + "-", ".log");
            outputFile.toFile().deleteOnExit(); // in case nobody closes the stand-in
            Process process = launch(command, standIn.environment(port), workingDirectory, outputFile);

            boolean answered = awaitAnswer(process, endpoint, options.startupTimeout());
            if (answered) {
                return RunningStandIn.started(standIn, endpoint, process, outputFile, temporaryWorkingDirectory);
            }
            boolean exited = !process.isAlive();
            stop(process);
            String output = readOutput(outputFile);
            deleteQuietly(outputFile);
            if (exited && output.contains("EADDRINUSE") && attempt < PORT_ATTEMPTS) {
                continue;
            }
            if (temporaryWorkingDirectory != null) {
                RunningStandIn.deleteRecursively(temporaryWorkingDirectory);
            }
            throw new StandInStartException("The " + standIn.shortName() + " stand-in "
                    + (exited ? "exited with code " + process.exitValue()
                              : "did not answer at " + endpoint + " within " + options.startupTimeout())
                    + ".\nCommand: " + String.join(" ", command)
                    + "\nOutput:\n" + tail(output));
        }
    }

    /** Stops the process and all its descendants: SIGTERM first, SIGKILL for those that linger. */
    static void stop(Process process) {
        // Collect the tree before stopping the root: orphans are re-parented and no longer show as descendants.
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle()))
                .collect(Collectors.toList());
        tree.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(GRACEFUL_STOP);
        for (ProcessHandle handle : tree) {
            try {
                Duration left = Duration.between(Instant.now(), deadline);
                handle.onExit().get(Math.max(0, left.toMillis()), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                handle.destroyForcibly();
            } catch (InterruptedException e) {
                tree.forEach(ProcessHandle::destroyForcibly);
                Thread.currentThread().interrupt();
                break;
            }
        }
        RUNNING.remove(process);
    }

    private static synchronized Path exitWithParentScript() {
        if (exitWithParentScript == null) {
            Path file = createTemporaryFile("kundportal-", "-" + EXIT_WITH_PARENT_RESOURCE);
            file.toFile().deleteOnExit();
            try (InputStream in = ChildProcesses.class.getResourceAsStream(EXIT_WITH_PARENT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(EXIT_WITH_PARENT_RESOURCE + " is missing from the stand-ins jar");
                }
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + file, e);
            }
            exitWithParentScript = file;
        }
        return exitWithParentScript;
    }

    static String readOutput(Path outputFile) {
        try {
            return Files.exists(outputFile) ? Files.readString(outputFile, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(could not read " + outputFile + ": " + e.getMessage() + ")";
        }
    }

    private static Process launch(List<String> command, Map<String, String> environment,
                                  Path workingDirectory, Path outputFile) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(outputFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            RUNNING.add(process);
            return process;
        } catch (IOException e) {
            throw new StandInStartException("Could not run " + String.join(" ", command)
                    + " (is Node.js installed? set -D" + StandInOptions.NODE_EXECUTABLE_PROPERTY + " to its path)", e);
        }
    }

    /** Polls until any HTTP response comes back (the status does not matter), the process dies, or time runs out. */
    private static boolean awaitAnswer(Process process, URI endpoint, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest probe = HttpRequest.newBuilder(endpoint).timeout(PROBE_TIMEOUT).GET().build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                return false;
            }
            try {
                PROBE_CLIENT.send(probe, HttpResponse.BodyHandlers.discarding());
                return true;
            } catch (IOException notListeningYet) {
                waitForExitOrInterval(process);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static void waitForExitOrInterval(Process process) {
        try {
            process.onExit().get(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
            // the usual case: poll again
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(StandIn.LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }

    private static String tail(String output) {
        if (output.isBlank()) {
            return "(no output)";
        }
        return output.length() <= OUTPUT_TAIL_CHARACTERS ? output
                : "…" + output.substring(output.length() - OUTPUT_TAIL_CHARACTERS);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover log file in the temp folder is harmless
        }
    }

    private static Path createDirectories(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + directory, e);
        }
    }

    private static Path createTemporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary folder", e);
        }
    }

    private static Path createTemporaryFile(String prefix, String suffix) {
        try {
            return Files.createTempFile(prefix, suffix);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary file", e);
        }
    }
}
