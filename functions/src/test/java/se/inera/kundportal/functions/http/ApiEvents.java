package se.inera.kundportal.functions.http;

import java.nio.file.Files;
import java.nio.file.Path;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;

/**
 * Loads the repository's {@code events/<function>/<scenario>.json} files, the same ones
 * {@code sam local invoke -e} takes, so the handler tests and manual runs cannot drift apart.
 */
public final class ApiEvents {
    private ApiEvents() {
    }

    /** E.g. {@code ApiEvents.load("submit-application/valid-application.json")}. */
    public static APIGatewayV2HTTPEvent load(String functionAndScenario) {
        Path file = eventsDirectory().resolve(functionAndScenario);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No event file " + file);
        }
        return EventLoader.loadApiGatewayHttpEvent(file.toString());
    }

    public static Path eventsDirectory() {
        return projectDirectory().resolve("events");
    }

    /** The repository root: surefire sets {@code kundportal.project.dir}; from an IDE the module's parent. */
    public static Path projectDirectory() {
        String configured = System.getProperty("kundportal.project.dir");
        Path root = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("..");
        return root.toAbsolutePath().normalize();
    }
}
