package se.inera.kundportal.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;

import se.inera.kundportal.local.runtime.LocalRuntime;

/**
 * One local runtime (free ports, a fresh data folder) and one headless Chromium for every browser test of a run,
 * started by the first test that asks for a {@link Run} and stopped when the run ends.
 */
final class BrowserRun implements ParameterResolver {
    /** What the tests share: the runtime's addresses, the browser and the findings. */
    @SuppressWarnings("deprecation")
    static final class Run implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        final Path data;
        final LocalRuntime runtime;
        final ChromeDriver chrome;
        final Browser browser;
        final Inbox inbox;
        final Portal portal;

        private Run(Path data, LocalRuntime runtime, ChromeDriver chrome) {
            this.data = data;
            this.runtime = runtime;
            this.chrome = chrome;
            this.browser = new Browser(chrome, runtime.endpoints().portal(), new Findings());
            this.inbox = new Inbox(runtime.endpoints());
            this.portal = new Portal(runtime.endpoints().portal());
        }

        static Run start() {
            Chromium.requireInstalled();
            Path data = temporaryFolder("kundportal-browser-data");
            LocalRuntime runtime = LocalRuntime.start(new LocalRuntime.Settings(0, data),
                    new PrintStream(new ByteArrayOutputStream()));
            try {
                return new Run(data, runtime, Chromium.start(data.resolve("chromium-profile")));
            } catch (RuntimeException | Error e) {
                runtime.close();
                throw e;
            }
        }

        @Override
        public void close() {
            try {
                chrome.quit();
            } finally {
                runtime.close();
                delete(data);
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Run.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(BrowserRun.class))
                .getOrComputeIfAbsent(Run.class, key -> Run.start(), Run.class);
    }

    private static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is harmless.
        }
    }
}
