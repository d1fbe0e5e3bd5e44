package se.inera.kundportal.core.order;

/** What a price line charges for. */
public enum PriceLineKind {
    /** Uppstartskostnad: once per order, again for every add-on order. */
    STARTUP_FEE,
    /** Löpande avgift per billing period. */
    RECURRING_FEE
}
