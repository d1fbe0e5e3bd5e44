package se.inera.kundportal.standins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A stand-in that answers at {@link #endpoint()}: a child process this JVM started, or an endpoint given from outside.
 * {@link #close()} stops the child process and everything it spawned; for an external endpoint it does nothing.
 */
public final class RunningStandIn implements AutoCloseable {
    private final StandIn standIn;
    private final URI endpoint;
    private final Process process;
    private final Path outputFile;
    private final Path temporaryWorkingDirectory;
    private volatile boolean closed;

    private RunningStandIn(StandIn standIn, URI endpoint, Process process, Path outputFile,
                           Path temporaryWorkingDirectory) {
        this.standIn = Objects.requireNonNull(standIn);
        this.endpoint = Objects.requireNonNull(endpoint);
        this.process = process;
        this.outputFile = outputFile;
        this.temporaryWorkingDirectory = temporaryWorkingDirectory;
    }

    static RunningStandIn started(StandIn standIn, URI endpoint, Process process, Path outputFile,
                                  Path temporaryWorkingDirectory) {
        return new RunningStandIn(standIn, endpoint, Objects.requireNonNull(process), outputFile,
                temporaryWorkingDirectory);
    }

    /** An endpoint someone else runs (e.g. LocalStack); closing it leaves it alone. */
    public static RunningStandIn external(StandIn standIn, URI endpoint) {
        return new RunningStandIn(standIn, endpoint, null, null, null);
    }

    public StandIn standIn() {
        return standIn;
    }

    /** Base URI to point an SDK client at, e.g. {@code http://127.0.0.1:41234}. */
    public URI endpoint() {
        return endpoint;
    }

    /** Whether this JVM started the stand-in (false for an endpoint given from outside). */
    public boolean isStartedHere() {
        return process != null;
    }

    /** The child process, for those who want to watch it; empty for an external endpoint. */
    public Optional<ProcessHandle> process() {
        return Optional.ofNullable(process).map(Process::toHandle);
    }

    /** What the child process has printed so far (stdout and stderr); empty for an external endpoint. */
    public String output() {
        return outputFile == null ? "" : ChildProcesses.readOutput(outputFile);
    }

    /** Stops the child process tree and removes its temporary files. Safe to call more than once. */
    @Override
    public synchronized void close() {
        if (closed || process == null) {
            closed = true;
            return;
        }
        closed = true;
        ChildProcesses.stop(process);
        deleteQuietly(outputFile);
        if (temporaryWorkingDirectory != null) {
            deleteRecursively(temporaryWorkingDirectory);
        }
    }

    @Override
    public String toString() {
        return standIn.shortName() + (isStartedHere() ? " (pid " + process.pid() + ")" : " (external)") + " at " + endpoint;
    }

    static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(RunningStandIn::deleteQuietly);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + directory, e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // A leftover temporary file is harmless; stopping the process is what matters.
        }
    }
}
