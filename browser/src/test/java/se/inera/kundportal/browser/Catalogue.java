package se.inera.kundportal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where a service and an offering stand in Beställ's lists, read from the catalogue the local runtime seeds, so the
 * test picks them by id and position, not by their (translatable) names.
 */
final class Catalogue {
    private static final JsonNode SERVICES = load().path("services");

    private Catalogue() {
    }

    /** 1-based position of the service {@code serviceId} in the list of services. */
    static int position(String serviceId) {
        for (int i = 0; i < SERVICES.size(); i++) {
            if (SERVICES.get(i).path("id").asText().equals(serviceId)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no service " + serviceId + " in the catalogue");
    }

    static int orderableOfferings(String serviceId) {
        int count = 0;
        for (JsonNode offering : SERVICES.get(position(serviceId) - 1).path("offerings")) {
            count += offering.path("orderable").asBoolean() ? 1 : 0;
        }
        return count;
    }

    /** 1-based position of {@code offeringId} among the service's orderable offerings (the only ones listed). */
    static int offeringPosition(String serviceId, String offeringId) {
        int position = 0;
        for (JsonNode offering : SERVICES.get(position(serviceId) - 1).path("offerings")) {
            if (offering.path("orderable").asBoolean()) {
                position++;
                if (offering.path("id").asText().equals(offeringId)) {
                    return position;
                }
            }
        }
        throw new IllegalArgumentException("no orderable offering " + offeringId + " of " + serviceId);
    }

    private static JsonNode load() {
        Path project = Path.of(System.getProperty("kundportal.project.dir", ".."));
        Path file = project.resolve("functions/src/main/resources/se/inera/kundportal/functions/catalogue/catalogue.json");
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
