package se.inera.kundportal.local.asl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.inera.kundportal.local.asl.conformance.ConformanceRunner;
import se.inera.kundportal.local.asl.conformance.ConformanceRunner.Report;

/** The engine against executions recorded on real AWS Step Functions (the module's test data {@link AslCorpus}). */
class AslConformanceTest {
    private static final double REQUIRED_OVERALL = 0.97;
    private static final double REQUIRED_PER_AREA = 0.90;

    @Test
    void behavesLikeAwsOnTheRecordedCorpus() throws IOException {
        Report report = new ConformanceRunner().run(AslCorpus.root());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        report.print(new PrintStream(printed, true, StandardCharsets.UTF_8));
        String summary = printed.toString(StandardCharsets.UTF_8);
        System.out.println(summary);

        assertThat(report.results()).as("corpus cases found").hasSizeGreaterThan(500);
        assertThat((double) report.passed() / report.results().size()).as(summary).isGreaterThanOrEqualTo(REQUIRED_OVERALL);
        for (Map.Entry<String, long[]> area : report.byArea().entrySet()) {
            long[] tally = area.getValue();
            assertThat((double) tally[0] / (tally[0] + tally[1])).as("area " + area.getKey() + "\n" + summary)
                    .isGreaterThanOrEqualTo(REQUIRED_PER_AREA);
        }
    }
}
