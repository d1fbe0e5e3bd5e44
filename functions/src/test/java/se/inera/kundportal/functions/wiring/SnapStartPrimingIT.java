package se.inera.kundportal.functions.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.StandInClients;
import se.inera.kundportal.standins.junit.StandIns;
import se.inera.kundportal.standins.junit.StandInsEnvironment;

/**
 * SnapStart's hooks prime what a first request needs: the signing page's handler answers an unknown link (404) in a
 * fresh JVM with Lambda's flags, once as built and once after {@link SnapStartPriming}'s hooks ran, and the classes
 * each request loads are compared ({@code -Xlog:class+load}, marked by {@link PrimingProbe}). Counted are the AWS SDK's
 * and Jackson's classes, the bulk of a first request's loading.
 */
@StandIns(StandIn.DYNAMODB)
class SnapStartPrimingIT {
    private static Loads unprimed;
    private static Loads primed;

    @BeforeAll
    static void runBoth(StandInsEnvironment standIns, @TempDir Path logs) throws Exception {
        unprimed = run(standIns, logs.resolve("unprimed.log"), "unprimed");
        primed = run(standIns, logs.resolve("primed.log"), "primed");
        System.out.printf("SnapStart priming: the first request loads %d SDK/Jackson classes (%d in all) unprimed, "
                        + "%d (%d in all) after priming%n", unprimed.request().size(), unprimed.requestAll(),
                primed.request().size(), primed.requestAll());
    }

    @Test
    void anUnprimedFirstRequestLoadsTheSdksRequestPath() {
        assertThat(unprimed.request()).hasSizeGreaterThan(100)
                .anyMatch(name -> name.startsWith("software.amazon.awssdk.services.dynamodb.model."));
    }

    @Test
    void primingLoadsWhatTheFirstRequestWould() {
        Set<String> loadedByPriming = new HashSet<>(primed.beforeRequest());
        long covered = unprimed.request().stream().filter(loadedByPriming::contains).count();

        assertThat(covered).as("not primed: %s", unprimed.request().stream().filter(name -> !loadedByPriming.contains(name))
                .limit(40).toList()).isGreaterThanOrEqualTo(unprimed.request().size() * 9L / 10);
    }

    @Test
    void afterPrimingTheFirstRequestLoadsLittleOfTheSdkOrJackson() {
        assertThat(primed.request()).hasSizeLessThanOrEqualTo(unprimed.request().size() / 10);
    }

    /** One probe JVM; the SDK's and Jackson's classes loaded before the request, and by it. */
    private static Loads run(StandInsEnvironment standIns, Path log, String mode) throws IOException,
            InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-XX:+TieredCompilation",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:class+load=info:file=" + log,
                "-cp", System.getProperty("java.class.path"), PrimingProbe.class.getName(), mode)
                .redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("AWS_") || name.equals("JAVA_TOOL_OPTIONS"));
        environment.put("AWS_REGION", StandInClients.REGION.id());
        environment.put("AWS_ACCESS_KEY_ID", StandInClients.ACCESS_KEY_ID);
        environment.put("AWS_SECRET_ACCESS_KEY", StandInClients.SECRET_ACCESS_KEY);
        environment.put("AWS_ENDPOINT_URL_DYNAMODB", standIns.endpoint(StandIn.DYNAMODB).toString());
        environment.put("TABLE_NAME", standIns.tableName());
        Process probe = builder.start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(output).as("probe output").contains("status=404");
        System.out.println("SnapStart priming probe (" + mode + "): " + output.strip());
        return Loads.from(Files.readAllLines(log));
    }

    private record Loads(Set<String> beforeRequest, Set<String> request, int requestAll) {
        static Loads from(List<String> lines) {
            Set<String> before = new LinkedHashSet<>();
            Set<String> during = new LinkedHashSet<>();
            List<String> all = new ArrayList<>();
            String phase = "before";
            for (String line : lines) {
                int start = line.indexOf("] ", line.indexOf("[class,load]"));
                int end = line.indexOf(" source:");
                if (start < 0 || end < 0) {
                    continue;
                }
                String name = line.substring(start + 2, end);
                if (name.equals(PrimingProbe.RequestStarts.class.getName())) {
                    phase = "during";
                } else if (name.equals(PrimingProbe.RequestEnds.class.getName())) {
                    phase = "after";
                } else if (phase.equals("during")) {
                    all.add(name);
                }
                // Lambdas' hidden classes are named by address, which differs between runs: not compared.
                boolean counted = (name.startsWith("software.amazon.awssdk.") || name.startsWith("com.fasterxml.jackson."))
                        && !name.contains("$$Lambda");
                if (counted && phase.equals("before")) {
                    before.add(name);
                } else if (counted && phase.equals("during")) {
                    during.add(name);
                }
            }
            assertThat(phase).as("both markers in the class log").isEqualTo("after");
            return new Loads(before, during, all.size());
        }
    }
}
