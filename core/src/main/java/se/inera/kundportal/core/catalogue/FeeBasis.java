package se.inera.kundportal.core.catalogue;

/** What a recurring fee is counted per. */
public enum FeeBasis {
    /** One fee for the organisation. */
    PER_ORGANISATION,
    /** One fee per care unit connected by the order. */
    PER_CARE_UNIT
}
