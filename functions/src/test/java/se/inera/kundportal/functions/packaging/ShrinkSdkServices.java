package se.inera.kundportal.functions.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;

/**
 * The build's last step on the functions jar (the {@code package} phase, after maven-shade): drops the AWS SDK service
 * modules' classes that no function can reach, in practice the model, marshaller and paginator classes of the
 * operations no function calls. Only classes under {@code software/amazon/awssdk/services/} are candidates; every
 * other class of the jar (this project, the SDK's runtime, Jackson, the Lambda libraries) is kept whole and is where
 * the walk ({@link ClassReach}) starts, with the classes the service modules name in resource files (their
 * {@code execution.interceptors}, {@code META-INF/services}). The classes the walk finds only loaded (the requests and
 * responses of the uncalled operations, which verifying a client class loads) stay as {@linkplain #shell shells}:
 * name, super class and interfaces, nothing the JVM would need to run them; {@link #SHELLS} lists them.
 *
 * <p>The operations the walk finds called must be exactly those listed in {@code sdk-operations.txt} (the one list,
 * next to the pom): a function that starts calling another operation fails the build here until the list says so,
 * and the list cannot go stale. Arguments: the jar (rewritten in place) and the list.
 */
public final class ShrinkSdkServices {
    /**
     * The SDK's own warm-up (its {@code SdkWarmUp.warmUp()}, which calls one harmless operation of every service module
     * through these providers) is not what the functions prime with ({@code wiring/SnapStartPriming} makes their own
     * requests), and no class of the jar calls it: this service file and the providers it names are left out, or they
     * would keep an operation of each service (ListBackups, ListSecrets, UpdateManagedLoginBranding, …) and its model.
     * {@code FunctionsJarIT} holds that no handler reaches {@code SdkWarmUp}.
     */
    static final String SDK_WARM_UP_PROVIDERS = "META-INF/services/software.amazon.awssdk.core.warmup.SdkWarmUpProvider";

    /** The jar's list of the classes kept as shells (see {@link #shell}), one internal name a line. */
    static final String SHELLS = "META-INF/kundportal/sdk-shells.txt";

    private ShrinkSdkServices() {
    }

    public static void main(String[] arguments) throws IOException {
        Path jar = Path.of(arguments[0]);
        Path list = Path.of(arguments[1]);
        Map<String, byte[]> entries = read(jar);
        Map<String, byte[]> classes = classes(entries);

        List<String> roots = new ArrayList<>();
        for (String name : classes.keySet()) {
            if (!name.startsWith(ClassReach.SERVICES)) {
                roots.add(name);
            }
        }
        roots.addAll(classesNamedInResources(entries));
        ClassReach.Result reach = new ClassReach(classes).walk(roots, name -> name.startsWith(ClassReach.SERVICES));

        SortedSet<String> listed = operations(list);
        if (!reach.calledOperations().equals(listed)) {
            SortedSet<String> unlisted = new TreeSet<>(reach.calledOperations());
            unlisted.removeAll(listed);
            SortedSet<String> uncalled = new TreeSet<>(listed);
            uncalled.removeAll(reach.calledOperations());
            throw new IllegalStateException(list + " does not match the operations the functions call: called but not "
                    + "listed " + unlisted + ", listed but not called " + uncalled);
        }
        if (!reach.missing().isEmpty()) {
            throw new IllegalStateException("reachable SDK classes missing before shrinking: " + reach.missing());
        }
        Set<String> kept = reach.kept();
        Set<String> shells = new TreeSet<>(reach.loadedOnly());
        long before = Files.size(jar);
        Map<String, byte[]> out = new LinkedHashMap<>();
        int removed = 0;
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            String name = entry.getKey();
            boolean serviceClass = isClass(name) && name.startsWith(ClassReach.SERVICES);
            if (name.equals(SDK_WARM_UP_PROVIDERS) || serviceClass && !kept.contains(className(name))) {
                removed++;
            } else if (serviceClass && shells.contains(className(name))) {
                out.put(name, shell(entry.getValue()));
            } else {
                out.put(name, entry.getValue());
            }
        }
        out.put(SHELLS, String.join("\n", shells).concat("\n").getBytes(StandardCharsets.UTF_8));
        write(jar, out);
        System.out.printf("ShrinkSdkServices: %d SDK operations called; %d classes removed, %d kept as shells; "
                + "%s %,d -> %,d bytes%n", listed.size(), removed, shells.size(), jar.getFileName(), before,
                Files.size(jar));
    }

    /**
     * The class as the JVM loads it without ever linking it: its name, access, super class and interfaces, no
     * fields, methods or attributes.
     */
    static byte[] shell(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(0);
        int version = ByteBuffer.wrap(classFile, 4, 4).getInt(); // minor << 16 | major, as ASM takes it
        writer.visit(version, reader.getAccess(), reader.getClassName(), null, reader.getSuperName(),
                reader.getInterfaces());
        writer.visitEnd();
        return writer.toByteArray();
    }

    /** The list's operations, {@code service:operation} (lines; {@code #} starts a comment). */
    static SortedSet<String> operations(Path list) throws IOException {
        return Files.readAllLines(list, StandardCharsets.UTF_8).stream()
                .map(line -> line.replaceFirst("#.*", "").strip())
                .filter(line -> !line.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every entry of the jar, in order. */
    static Map<String, byte[]> read(Path jar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().forEach(entry -> {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return entries;
    }

    /** The class files (not the multi-release ones under {@code META-INF/versions}), by internal name. */
    static Map<String, byte[]> classes(Map<String, byte[]> entries) {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        entries.forEach((name, bytes) -> {
            if (isClass(name) && !name.startsWith("META-INF/")) {
                classes.put(className(name), bytes);
            }
        });
        return classes;
    }

    /** Class names in the service modules' resources: interceptor lists and service-loader files. */
    static List<String> classesNamedInResources(Map<String, byte[]> entries) {
        List<String> named = new ArrayList<>();
        entries.forEach((name, bytes) -> {
            if (name.endsWith("/execution.interceptors")
                    || (name.startsWith("META-INF/services/") && !name.endsWith("/") && !name.equals(SDK_WARM_UP_PROVIDERS))) {
                for (String line : new String(bytes, StandardCharsets.UTF_8).split("\\R")) {
                    String type = line.replaceFirst("#.*", "").strip();
                    if (!type.isEmpty()) {
                        named.add(type.replace('.', '/'));
                    }
                }
            }
        });
        return named;
    }

    private static void write(Path jar, Map<String, byte[]> entries) throws IOException {
        Path shrunk = jar.resolveSibling(jar.getFileName() + ".shrinking");
        try (OutputStream file = Files.newOutputStream(shrunk); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        Files.move(shrunk, jar, StandardCopyOption.REPLACE_EXISTING);
    }

    static boolean isClass(String entryName) {
        return entryName.endsWith(".class");
    }

    static String className(String entryName) {
        return entryName.substring(0, entryName.length() - ".class".length());
    }
}
