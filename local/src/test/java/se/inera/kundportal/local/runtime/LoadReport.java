package se.inera.kundportal.local.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Throughput and latency of the calls a test made through the local gateway ({@link Portal#calls}), per phase and per
 * route: how many, how many per second over the phase's wall time, and the p50/p99 of the latency the client saw.
 * Figures only, never asserted on (speed targets live in bench/, see docs/reliability.md).
 */
final class LoadReport {
    private static final Pattern ID = Pattern.compile(
            "/(?:[0-9a-fA-F-]{32,36}|[A-Za-z0-9_-]{22,128}|\\d{6}-?\\d{4}|\\d{10,12})(?=/|$|\\?)");

    /** One timed phase: its name, its wall time and the calls made in it. */
    record Phase(String name, double seconds, List<Portal.Call> calls) {
    }

    private final List<Phase> phases = new ArrayList<>();

    /** Runs {@code work} as a phase, recording the calls it made. */
    <T> T phase(Portal portal, String name, java.util.concurrent.Callable<T> work) throws Exception {
        int from = portal.calls.size();
        long begun = System.nanoTime();
        T result = work.call();
        double seconds = (System.nanoTime() - begun) / 1e9;
        phases.add(new Phase(name, seconds, List.copyOf(portal.calls.subList(from, portal.calls.size()))));
        return result;
    }

    /** The route of a call with its ids as placeholders, e.g. {@code POST /attestation/{id}/decision}. */
    static String route(Portal.Call call) {
        String path = call.path().replaceAll("\\?.*", "");
        return call.method() + " " + ID.matcher(path).replaceAll("/{id}");
    }

    String render() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-34s %-58s %6s %8s %9s %9s%n",
                "phase", "route", "calls", "per s", "p50 ms", "p99 ms"));
        for (Phase phase : phases) {
            Map<String, List<Double>> byRoute = phase.calls().stream().collect(Collectors.groupingBy(LoadReport::route,
                    TreeMap::new, Collectors.mapping(Portal.Call::millis, Collectors.toList())));
            byRoute.forEach((route, millis) -> out.append(String.format(Locale.ROOT,
                    "%-34s %-58s %6d %8.1f %9.0f %9.0f%n", phase.name(), route, millis.size(),
                    millis.size() / phase.seconds(), percentile(millis, 50), percentile(millis, 99))));
            out.append(String.format(Locale.ROOT, "%-34s %-58s %6d %8.1f   (%.1f s)%n", phase.name(), "all",
                    phase.calls().size(), phase.calls().size() / phase.seconds(), phase.seconds()));
        }
        return out.toString();
    }

    /** Prints the report, and writes it to the file {@code kundportal.concurrency.report} names, if any. */
    void publish() {
        String text = render();
        System.out.print(text);
        String file = System.getProperty("kundportal.concurrency.report");
        if (file != null && !file.isBlank()) {
            try {
                Path path = Path.of(file);
                Files.createDirectories(path.toAbsolutePath().getParent());
                Files.writeString(path, text, java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The nearest-rank percentile. */
    static double percentile(List<Double> values, int percent) {
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
