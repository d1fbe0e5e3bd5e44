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
import java.util.Set;

/**
 * The accessibility problems found on the way (axe-core violations, focus lost to body, weak focus indicators, field
 * errors not tied to their fields), collected so that one walk reports all of them; {@link #assertNone()} fails the
 * test with every one, page by page. Nothing is excused: there is no list of known defects that a finding could hide in.
 */
final class Findings {
    /** A problem: where (page and state), what kind, and the detail. */
    record Finding(String page, String kind, String detail) {
        @Override
        public String toString() {
            return page + " — " + kind + ": " + detail;
        }
    }

    private static boolean reportStarted;
    private final List<Finding> found = new ArrayList<>();
    private final Set<String> seen = new LinkedHashSet<>();

    /** Once per page, kind and {@code detail}; {@code example} (e.g. the first element seen) only goes into the message. */
    synchronized void add(String page, String kind, String detail, String example) {
        if (seen.add(page + '\n' + kind + '\n' + detail)) {
            found.add(new Finding(page, kind, detail + example));
        }
    }

    synchronized void add(String page, String kind, String detail) {
        add(page, kind, detail, "");
    }

    synchronized List<Finding> all() {
        return List.copyOf(found);
    }

    /** Every finding so far, forgotten here (for the self-checks, which provoke findings on purpose). */
    synchronized List<Finding> takeAll() {
        List<Finding> taken = List.copyOf(found);
        found.clear();
        seen.clear();
        return taken;
    }

    /**
     * Fails with every finding since the last call, and forgets them. The list (or that there is none) also goes to
     * target/accessibility-findings.txt. With {@code -Dkundportal.browser.findings=report} it is only written and
     * printed, not failed on (for a run that looks at the journey alone; the build's default fails).
     */
    synchronized void assertNone() {
        boolean none = found.isEmpty();
        StringBuilder message = new StringBuilder(found.size() + " accessibility problem(s)" + (none ? "" : ":"));
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
        if (none) {
            return; // the report says "0", so an earlier run's list is never left behind
        }
        if ("report".equals(System.getProperty("kundportal.browser.findings", "fail"))) {
            System.err.println(message);
            return;
        }
        throw new AssertionError(message.toString());
    }
}
