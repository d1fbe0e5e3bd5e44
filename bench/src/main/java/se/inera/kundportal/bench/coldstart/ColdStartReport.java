package se.inera.kundportal.bench.coldstart;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import se.inera.kundportal.bench.coldstart.ColdStartBenchmark.Run;
import se.inera.kundportal.bench.coldstart.ColdStartBenchmark.Target;

/** The benchmark's tables in Markdown: the cold starts against the bare handler, then the class loads. */
record ColdStartReport(List<Target> targets, Map<String, List<Run>> cold, Map<String, List<Run>> withArchive,
                       Map<String, List<Run>> primed, Map<String, ClassLoads> classes) {

    String markdown() {
        StringBuilder text = new StringBuilder();
        double bare = median(wall(cold.get(ColdStartBenchmark.BARE)));
        double bareStream = median(wall(cold.getOrDefault(ColdStartBenchmark.BARE_STREAM, List.of())));
        text.append("| function | kind | event → answer | cold first response, median | p10–p90 | × bare | × bare stream |");
        boolean archives = !withArchive.isEmpty();
        if (archives) {
            text.append(" with AppCDS archive, median | × bare |");
        }
        text.append(" after priming: next request | × bare cold |\n");
        text.append("|---|---|---|---:|---:|---:|---:|").append(archives ? "---:|---:|" : "").append("---:|---:|\n");
        for (Target target : targets) {
            List<Run> runs = cold.getOrDefault(target.name(), List.of());
            if (runs.isEmpty()) {
                continue;
            }
            List<Double> times = wall(runs);
            String outcomes = runs.stream().map(Run::outcome).distinct().collect(Collectors.joining(", "));
            text.append(String.format(Locale.ROOT, "| %s | %s | %s → %s | %,.0f ms | %,.0f–%,.0f ms | %.1f× | %.1f× |",
                    target.name(), target.kind(), target.event().getFileName(), outcomes, median(times),
                    percentile(times, 10), percentile(times, 90), median(times) / bare, median(times) / bareStream));
            if (archives) {
                List<Run> archived = withArchive.get(target.name());
                text.append(archived == null ? " | |" : String.format(Locale.ROOT, " %,.0f ms | %.1f× |",
                        median(wall(archived)), median(wall(archived)) / bare));
            }
            List<Run> primedRuns = primed.get(target.name());
            if (primedRuns == null || primedRuns.isEmpty()) {
                text.append(" | |\n");
            } else {
                List<Double> next = primedRuns.stream().map(Run::primedMs).filter(Objects::nonNull)
                        .filter(value -> !value.isNaN()).toList();
                String how = primedRuns.get(0).outcome();
                text.append(String.format(Locale.ROOT, " %,.0f ms (%s, %s) | %.2f× |\n", median(next),
                        target.secondEvent().getFileName(), how, median(next) / bare));
            }
        }
        text.append(String.format(Locale.ROOT, "%nRounds: %d cold per target (interleaved), %d primed.%n%n",
                cold.get(ColdStartBenchmark.BARE).size(), primed.values().stream().mapToInt(List::size).max().orElse(0)));
        if (!classes.isEmpty()) {
            text.append("| function | classes loaded |");
            ClassLoads.LIBRARIES.forEach(library -> text.append(' ').append(library).append(" |"));
            text.append(" until handler class loaded | its construction | first request | constructed at | answered at |\n|---|---:|");
            ClassLoads.LIBRARIES.forEach(library -> text.append("---:|"));
            text.append("---:|---:|---:|---:|---:|\n");
            classes.forEach((name, loads) -> {
                text.append(String.format(Locale.ROOT, "| %s | %,d |", name, loads.total()));
                loads.byLibrary().values().forEach(count -> text.append(String.format(Locale.ROOT, " %,d |", count)));
                text.append(String.format(Locale.ROOT, " %,d | %,d | %,d | %,.0f ms | %,.0f ms |\n", loads.untilLoaded(),
                        loads.construction(), loads.firstRequest(), loads.constructedAtMs(), loads.answeredAtMs()));
            });
            text.append("\n(Times in the class-load table are JVM uptime with the log switched on, so a little slower than the cold runs.)\n");
        }
        return text.toString();
    }

    private static List<Double> wall(List<Run> runs) {
        return runs.stream().map(Run::wallMs).filter(value -> !value.isNaN()).sorted().toList();
    }

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    /** Linear interpolation between the closest ranks; NaN for no values. */
    static double percentile(List<Double> values, double percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        double rank = percent / 100 * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below));
    }
}
