package se.inera.kundportal.bench.coldstart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.inera.kundportal.bench.coldstart.probe.ColdStartProbe;

/**
 * One {@code -Xlog:class+load} log of a cold start, counted by library and by phase. The phases end where the probe
 * loads its marker classes: the handler class loaded (JVM start, the probe, the handler's class and its static
 * initialisers), the handler constructed (its constructor: clients, mappers, wiring), the first response (the
 * event read, the handler's work, the answer written).
 */
record ClassLoads(Map<String, Integer> byLibrary, int total, int untilLoaded, int construction, int firstRequest,
                  double loadedAtMs, double constructedAtMs, double answeredAtMs) {
    static final List<String> LIBRARIES = List.of("JDK", "AWS SDK", "Jackson", "Lambda libs", "project", "other");
    private static final Pattern LINE = Pattern.compile("^\\[([0-9.]+)s]\\[info]\\[class,load] (\\S+) source: .*");

    static ClassLoads read(Path log) {
        List<String> lines;
        try {
            lines = Files.readAllLines(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> byLibrary = new LinkedHashMap<>();
        LIBRARIES.forEach(library -> byLibrary.put(library, 0));
        int total = 0;
        int atLoaded = -1;
        int atConstructed = -1;
        int atAnswered = -1;
        double loadedAt = Double.NaN;
        double constructedAt = Double.NaN;
        double answeredAt = Double.NaN;
        String probe = ColdStartProbe.class.getName();
        for (String line : lines) {
            Matcher matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                continue;
            }
            String name = matcher.group(2);
            double uptimeMs = Double.parseDouble(matcher.group(1)) * 1000;
            if (name.equals(probe + "$HandlerLoaded")) {
                atLoaded = total;
                loadedAt = uptimeMs;
            } else if (name.equals(probe + "$HandlerConstructed")) {
                atConstructed = total;
                constructedAt = uptimeMs;
            } else if (name.equals(probe + "$FirstResponse")) {
                atAnswered = total;
                answeredAt = uptimeMs;
            }
            byLibrary.merge(library(name), 1, Integer::sum);
            total++;
        }
        return new ClassLoads(byLibrary, total, atLoaded, atConstructed - atLoaded, atAnswered - atConstructed,
                loadedAt, constructedAt, answeredAt);
    }

    static String library(String className) {
        if (className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.")
                || className.startsWith("sun.") || className.startsWith("com.sun.")) {
            return "JDK";
        }
        if (className.startsWith("software.amazon.awssdk.") || className.startsWith("software.amazon.eventstream.")) {
            return "AWS SDK";
        }
        if (className.startsWith("com.fasterxml.jackson.")) {
            return "Jackson";
        }
        if (className.startsWith("com.amazonaws.services.lambda.") || className.startsWith("com.amazonaws.lambda.")) {
            return "Lambda libs";
        }
        if (className.startsWith("se.inera.kundportal.")) {
            return "project";
        }
        return "other";
    }
}
