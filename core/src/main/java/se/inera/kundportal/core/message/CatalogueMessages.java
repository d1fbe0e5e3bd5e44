package se.inera.kundportal.core.message;

/** What the service catalogue (tjänstekatalog) says: its services and how often a fee is charged. */
public final class CatalogueMessages {
    private CatalogueMessages() {
    }

    public static final String SERVICE_NOT_FOUND = "Tjänsten finns inte.";

    public static final String PER_MONTH = "per månad";
    public static final String PER_QUARTER = "per kvartal";
    public static final String PER_YEAR = "per år";
}
