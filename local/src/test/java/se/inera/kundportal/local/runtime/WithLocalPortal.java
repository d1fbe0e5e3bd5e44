package se.inera.kundportal.local.runtime;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * One local runtime for all tests of a class, on free ports and a temporary data folder, seen as a {@link Portal}; its
 * functions from the class path, or from the functions jar the build deploys when the class is
 * {@link FunctionsFromTheJar}.
 */
abstract class WithLocalPortal {
    /** The functions' classes come from {@code functions/target/kundportal-functions.jar} alone. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface FunctionsFromTheJar {
    }

    static final Path FUNCTIONS_JAR = Path.of("..", "functions", "target", "kundportal-functions.jar");

    @TempDir
    static Path data;

    static LocalRuntime runtime;
    static Portal portal;

    @BeforeAll
    static void startRuntime(TestInfo test) {
        boolean fromJar = test.getTestClass().orElseThrow().isAnnotationPresent(FunctionsFromTheJar.class);
        runtime = LocalRuntime.start(new LocalRuntime.Settings(0, data, Optional.of(FUNCTIONS_JAR).filter(jar -> fromJar)),
                new PrintStream(new ByteArrayOutputStream()));
        portal = new Portal(runtime.endpoints());
    }

    @AfterAll
    static void stopRuntime() {
        if (runtime != null) {
            runtime.close();
        }
    }
}
