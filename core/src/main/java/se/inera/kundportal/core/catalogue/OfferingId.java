package se.inera.kundportal.core.catalogue;

import se.inera.kundportal.core.common.Ids;

/** Identifies an offering (erbjudande) by a stable slug, e.g. {@code webcert-fristaende}. */
public record OfferingId(String value) {
    public OfferingId {
        Ids.requireSafe(value, "offering id");
    }

    @Override
    public String toString() {
        return value;
    }
}
