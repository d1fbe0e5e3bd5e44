package se.inera.kundportal.core.catalogue;

import se.inera.kundportal.core.message.CatalogueMessages;

/** How often a recurring fee is charged. */
public enum BillingPeriod {
    MONTHLY(CatalogueMessages.PER_MONTH),
    QUARTERLY(CatalogueMessages.PER_QUARTER),
    YEARLY(CatalogueMessages.PER_YEAR);

    private final String swedishName;

    BillingPeriod(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }
}
