package se.inera.kundportal.standins;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to start a stand-in.
 *
 * @param standInsDirectory the {@code standins} module folder holding {@code node_modules}
 * @param dataDirectory     where the stand-in keeps its data across restarts (dynalite's LevelDB folder, cognito-local's
 *                          working directory); empty means in memory, or a temporary folder removed on close
 * @param nodeExecutable    the {@code node} binary
 * @param startupTimeout    how long to wait for the stand-in to answer before giving up
 */
public record StandInOptions(Path standInsDirectory, Optional<Path> dataDirectory, String nodeExecutable,
                             Duration startupTimeout) {

    /** System property (set by surefire/failsafe) naming the {@code standins} folder. */
    public static final String STANDINS_DIRECTORY_PROPERTY = "kundportal.standins.dir";
    /** System property overriding the {@code node} binary. */
    public static final String NODE_EXECUTABLE_PROPERTY = "kundportal.node";
    /** Generous: a cold start of Node on a busy two-core machine can take several seconds. */
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(60);

    public StandInOptions {
        Objects.requireNonNull(standInsDirectory, "standInsDirectory");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(nodeExecutable, "nodeExecutable");
        Objects.requireNonNull(startupTimeout, "startupTimeout");
    }

    /**
     * In-memory stand-ins from the folder named by {@value #STANDINS_DIRECTORY_PROPERTY}, or else the first of
     * {@code ./standins} and {@code ../standins} (a module's working directory) that has {@code node_modules}.
     */
    public static StandInOptions defaults() {
        return new StandInOptions(locateStandInsDirectory(), Optional.empty(),
                System.getProperty(NODE_EXECUTABLE_PROPERTY, "node"), DEFAULT_STARTUP_TIMEOUT);
    }

    public StandInOptions withDataDirectory(Path directory) {
        return new StandInOptions(standInsDirectory, Optional.of(directory), nodeExecutable, startupTimeout);
    }

    public StandInOptions withStartupTimeout(Duration timeout) {
        return new StandInOptions(standInsDirectory, dataDirectory, nodeExecutable, timeout);
    }

    Path nodeModules() {
        return standInsDirectory.resolve("node_modules");
    }

    private static Path locateStandInsDirectory() {
        String configured = System.getProperty(STANDINS_DIRECTORY_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        for (Path candidate : new Path[] {Path.of("standins"), Path.of("..", "standins"), Path.of("")}) {
            if (Files.isDirectory(candidate.resolve("node_modules").resolve("dynalite"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("Cannot find the stand-ins' node_modules; set -D" + STANDINS_DIRECTORY_PROPERTY
                + " to the standins module folder (run 'mvn -pl standins install' once to install them)");
    }
}
