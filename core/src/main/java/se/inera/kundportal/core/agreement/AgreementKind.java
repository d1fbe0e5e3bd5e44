package se.inera.kundportal.core.agreement;

/**
 * Which customer agreement (kundavtal). Kundavtal 2 is signed once and covers every service
 * open to the customer's category, with the personal-data processing agreement built in;
 * Kundavtal 1 customers must still sign Kundavtal 2 before ordering.
 */
public enum AgreementKind {
    KUNDAVTAL_1,
    KUNDAVTAL_2
}
