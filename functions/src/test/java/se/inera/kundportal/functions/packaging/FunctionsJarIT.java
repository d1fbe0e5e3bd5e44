package se.inera.kundportal.functions.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.inera.kundportal.standins.SamTemplate;

/**
 * The functions jar as {@code template.yaml} deploys it, after {@link ShrinkSdkServices}: small enough, and nothing a
 * handler can reach is missing from it. The walk ({@link ClassReach}) starts at every {@code Handler} class of the
 * template and follows every class the jar holds (the JDK's are taken as there); the SDK's service-loader files of
 * the services the handlers reach count too.
 */
class FunctionsJarIT {
    /** Issue 11's target. */
    private static final long MAX_BYTES = 12_000_000;
    private static final Path JAR = Path.of("target", "kundportal-functions.jar");
    /**
     * Named by classes of the jar and absent from it before any shrinking too: optional integrations their libraries
     * look for before they use them, and do without. SLF4J 1.7's binding (Lambda gives none either), the AWS CRT
     * (native; the SDK checks for it and uses its Java code), joda-time's joda-convert annotations.
     */
    private static final List<String> ABSENT_BY_DESIGN = List.of("org/slf4j/impl/", "software/amazon/awssdk/crt/",
            "software/amazon/awssdk/crtcore/", "org/joda/convert/");

    private static Map<String, byte[]> entries;
    private static Map<String, byte[]> classes;
    private static ClassReach.Result fromHandlers;

    @BeforeAll
    static void walkFromTheHandlers() throws Exception {
        assertThat(JAR).as("the package phase builds it").exists();
        entries = ShrinkSdkServices.read(JAR);
        classes = ShrinkSdkServices.classes(entries);
        List<String> handlers = handlerClasses();
        assertThat(handlers).hasSizeGreaterThan(40);
        ClassLoader jdk = ClassLoader.getPlatformClassLoader();
        fromHandlers = new ClassReach(classes).walk(handlers,
                name -> classes.containsKey(name) || jdk.getResource(name + ".class") == null);
    }

    @Test
    void isAtMostTwelveMegabytes() throws Exception {
        assertThat(Files.size(JAR)).isLessThanOrEqualTo(MAX_BYTES);
    }

    @Test
    void holdsEveryClassAHandlerCanReach() {
        assertThat(fromHandlers.missing()).as("reachable and missing")
                .allMatch(name -> ABSENT_BY_DESIGN.stream().anyMatch(name::startsWith));
        assertThat(fromHandlers.followed()).as("what the walk reached").hasSizeGreaterThan(3000)
                .contains("se/inera/kundportal/functions/application/SubmitApplicationHandler",
                        "software/amazon/awssdk/services/dynamodb/DefaultDynamoDbClient",
                        "software/amazon/awssdk/services/dynamodb/model/PutItemRequest$BuilderImpl");
    }

    @Test
    void callsOnlyTheListedOperations() throws Exception {
        assertThat(fromHandlers.calledOperations())
                .isEqualTo(ShrinkSdkServices.operations(Path.of("sdk-operations.txt")));
    }

    @Test
    void noHandlerRunsAClassKeptAsAShell() {
        Set<String> shells = Set.of(new String(entries.get(ShrinkSdkServices.SHELLS), StandardCharsets.UTF_8).split("\n"));
        assertThat(shells).as("the uncalled operations' requests and responses").hasSizeGreaterThan(500)
                .contains("software/amazon/awssdk/services/dynamodb/model/CreateTableRequest");
        assertThat(fromHandlers.followed()).doesNotContainAnyElementsOf(shells);
    }

    @Test
    void noHandlerReachesTheSdksOwnWarmUp() {
        assertThat(fromHandlers.followed()).doesNotContain("software/amazon/awssdk/core/warmup/SdkWarmUp",
                "software/amazon/awssdk/core/warmup/SdkWarmUpProvider");
        assertThat(entries).doesNotContainKey(ShrinkSdkServices.SDK_WARM_UP_PROVIDERS);
    }

    /** Linking a client class verifies it, which loads the request and response classes of all its methods. */
    @Test
    void everyServiceClientClassLinksFromTheJarAlone() throws Exception {
        Pattern client = Pattern.compile("software/amazon/awssdk/services/[a-z0-9]+/[A-Za-z0-9]+Client");
        Set<String> clients = classes.keySet().stream().filter(name -> client.matcher(name).matches())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(clients).contains("software/amazon/awssdk/services/dynamodb/DefaultDynamoDbClient",
                "software/amazon/awssdk/services/sesv2/DefaultSesV2Client");
        try (URLClassLoader jarOnly = new URLClassLoader(new URL[] {JAR.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            for (String name : clients) {
                Class<?> type = Class.forName(name.replace('/', '.'), true, jarOnly);
                assertThat(type.getDeclaredMethods()).as(name).isNotEmpty();
            }
        }
    }

    private static List<String> handlerClasses() {
        return SamTemplate.ofProject().resourcesOfType("AWS::Serverless::Function").values().stream()
                .map(function -> (String) ((Map<?, ?>) function.get("Properties")).get("Handler"))
                .map(handler -> handler.substring(0, handler.indexOf("::")).replace('.', '/'))
                .distinct().toList();
    }
}
