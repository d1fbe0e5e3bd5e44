package se.inera.kundportal.local.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A fresh execution environment for the functions: their classes (and core's) are defined anew by this loader, so
 * their static holders (SDK clients, {@code Wiring}) are built from this runtime's endpoints and configuration,
 * not from those of an earlier runtime in the same JVM (tests start and restart the runtime in-process). Everything
 * else - the Lambda interfaces and events, the AWS SDK, Jackson - comes from the parent, so the handlers are
 * {@code RequestHandler}s the engine and the gateway can call.
 */
final class FunctionsClassLoader extends ClassLoader {
    private static final List<String> OWN_PACKAGES = List.of("se.inera.kundportal.functions.", "se.inera.kundportal.core.");

    static {
        registerAsParallelCapable();
    }

    FunctionsClassLoader(ClassLoader parent) {
        super("kundportal-functions", parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (OWN_PACKAGES.stream().noneMatch(name::startsWith)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = findClass(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        try (InputStream bytes = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] classFile = bytes.readAllBytes();
            return defineClass(name, classFile, 0, classFile.length);
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
    }
}
