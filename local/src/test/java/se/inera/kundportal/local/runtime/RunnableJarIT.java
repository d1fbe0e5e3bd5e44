package se.inera.kundportal.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code ./run-local} starts: the shaded jar, not the test class path. A dependency that only the tests
 * have (a test-scoped declaration here hides the functions' own compile-scoped one from the jar) leaves every
 * handler unmakeable in the jar while every in-process test still passes; this starts the jar itself.
 */
class RunnableJarIT {
    private static final Path JAR = Path.of("target", "kundportal-local.jar");

    @Test
    void theJarStartsWithEveryFunctionsHandlerMade(@TempDir Path data) throws Exception {
        assertThat(JAR).as("the package phase builds it before the integration tests").exists();
        Process runtime = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "local", "--port", String.valueOf(freePort()), "--data", data.toString())
                .directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(runtime.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                lines.add(line);
                if (line.startsWith("Ready in") || line.startsWith("local: could not start")) {
                    break;
                }
            }
        } finally {
            runtime.destroy(); // SIGTERM: the runtime stops its stand-ins on the way out
            if (!runtime.waitFor(30, TimeUnit.SECONDS)) {
                runtime.destroyForcibly();
            }
        }
        assertThat(lines).as("the runtime's output").anyMatch(line -> line.startsWith("Ready in"))
                .noneMatch(line -> line.contains("cannot be made"));
        assertThat(Files.exists(data.resolve("dynamodb"))).isTrue();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
