package se.inera.kundportal.core.catalogue;

/** How often a recurring fee is charged. */
public enum BillingPeriod {
    MONTHLY("per månad"),
    QUARTERLY("per kvartal"),
    YEARLY("per år");

    private final String swedishName;

    BillingPeriod(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }
}
