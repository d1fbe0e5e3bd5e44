package se.inera.kundportal.functions.catalogue;

import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import se.inera.kundportal.core.catalogue.CatalogueRepository;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * Seeds a deployed stack's catalogue from {@code catalogue.json}, so it never starts empty: invoked once after each
 * deploy (docs/deploy.md). Writes only the services that are missing or differ, so running it again is harmless.
 */
public final class SeedCatalogueHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private final CatalogueRepository catalogue;

    public SeedCatalogueHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public SeedCatalogueHandler(Wiring wiring) {
        this(wiring.store().catalogue());
    }

    public SeedCatalogueHandler(CatalogueRepository catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        CatalogueSeed seed = CatalogueSeed.load();
        return Map.of("services", seed.services().size(), "written", seed.seed(catalogue));
    }
}
