package se.inera.kundportal.local.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The functions' classes as Lambda loads them: from the deployed jar ({@code functions/target/kundportal-functions.jar},
 * shrunk by the build) and nothing else, apart from the JDK and what the Java runtime itself provides, the
 * {@code aws-lambda-java-core} interfaces ({@code RequestHandler}, {@code Context}, …), which this runtime shares with
 * the handlers so that it can call them. A class the jar lacks fails here as it would in Lambda, even though this
 * runtime's own class path has it.
 */
final class FunctionsJarClassLoader extends URLClassLoader {
    private static final String LAMBDA_CORE = "com.amazonaws.services.lambda.runtime.";
    private static final String LAMBDA_EVENTS = "com.amazonaws.services.lambda.runtime.events.";

    private final ClassLoader runtime = FunctionsJarClassLoader.class.getClassLoader();

    FunctionsJarClassLoader(Path jar) {
        super("functions-jar", new URL[] {url(jar)}, ClassLoader.getPlatformClassLoader());
    }

    private static URL url(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new UncheckedIOException(new IOException("no functions jar at " + jar.toAbsolutePath()));
        }
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(jar.toString(), e);
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(LAMBDA_CORE) && !name.startsWith(LAMBDA_EVENTS)) {
            return runtime.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }
}
