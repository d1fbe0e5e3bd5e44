package se.inera.kundportal.local.runtime;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** One local runtime for all tests of a class, on free ports and a temporary data folder, seen as a {@link Portal}. */
abstract class WithLocalPortal {
    @TempDir
    static Path data;

    private static LocalRuntime runtime;
    static Portal portal;

    @BeforeAll
    static void startRuntime() {
        runtime = LocalRuntime.start(new LocalRuntime.Settings(0, data), new PrintStream(new ByteArrayOutputStream()));
        portal = new Portal(runtime.endpoints());
    }

    @AfterAll
    static void stopRuntime() {
        if (runtime != null) {
            runtime.close();
        }
    }
}
