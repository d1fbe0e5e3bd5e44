package se.inera.kundportal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The accessibility problems found on the way (axe-core violations, focus lost to body, weak focus indicators, field
 * errors not tied to their fields), collected so that one walk reports all of them; {@link #assertNone()} fails the
 * test with every one, page by page. A problem the issue already names is marked as such in the message, still fails.
 */
final class Findings {
    /** A problem: where (page and state), what kind, the detail, and the known defect it is an instance of, if any. */
    record Finding(String page, String kind, String detail, Optional<String> knownDefect) {
        @Override
        public String toString() {
            return knownDefect.map(known -> "[known defect, being fixed: " + known + "] ").orElse("")
                    + page + " — " + kind + ": " + detail;
        }
    }

    private static boolean reportStarted;
    private final List<Finding> found = new ArrayList<>();
    private final Set<String> seen = new LinkedHashSet<>();

    synchronized void add(String page, String kind, String detail, Optional<String> knownDefect) {
        add(page, kind, detail, "", knownDefect);
    }

    /** Once per page, kind and {@code detail}; {@code example} (e.g. the first element seen) only goes into the message. */
    synchronized void add(String page, String kind, String detail, String example, Optional<String> knownDefect) {
        if (seen.add(page + '\n' + kind + '\n' + detail)) {
            found.add(new Finding(page, kind, detail + example, knownDefect));
        }
    }

    synchronized void add(String page, String kind, String detail) {
        add(page, kind, detail, Optional.empty());
    }

    synchronized List<Finding> all() {
        return List.copyOf(found);
    }

    /**
     * Fails with every finding since the last call, and forgets them. The list also goes to
     * target/accessibility-findings.txt. With {@code -Dkundportal.browser.findings=report} it is only written and
     * printed, not failed on (for a run that looks at the journey alone; the build's default fails).
     */
    synchronized void assertNone() {
        if (found.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder(found.size() + " accessibility problem(s):");
        found.forEach(finding -> message.append("\n  - ").append(finding));
        found.clear();
        seen.clear();
        try {
            Path report = Path.of(System.getProperty("kundportal.browser.screenshots", "target/screenshots"))
                    .resolveSibling("accessibility-findings.txt");
            Files.createDirectories(report.getParent());
            // The first list of a run replaces the last run's; later ones (other tests) are added.
            Files.writeString(report, message + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    reportStarted ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
            reportStarted = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if ("report".equals(System.getProperty("kundportal.browser.findings", "fail"))) {
            System.err.println(message);
            return;
        }
        throw new AssertionError(message.toString());
    }
}
