package se.inera.kundportal.local.asl;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The recorded AWS Step Functions corpus the tests judge the engine by: test data of this module
 * ({@code src/test/resources/asl-corpus}, Apache-2.0, see its README and NOTICE), so a fresh clone needs nothing beside it.
 */
public final class AslCorpus {
    private AslCorpus() {}

    /** The corpus folder on the test class path (its {@code cases}, {@code choice-operators}, {@code path-processing}). */
    public static Path root() {
        URL readme = AslCorpus.class.getResource("/asl-corpus/README.md");
        if (readme == null) {
            throw new IllegalStateException("asl-corpus is missing from the test class path (local/src/test/resources/asl-corpus)");
        }
        try {
            return Path.of(readme.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
