package se.inera.kundportal.core.organisation;

import se.inera.kundportal.core.message.CustomerMessages;

/**
 * The legal-form group (juridisk form, grupp) that the first digit of an organisationsnummer
 * encodes. Used for display and for rules that depend on the customer category.
 */
public enum LegalFormGroup {
    ESTATE(1, CustomerMessages.LEGAL_FORM_ESTATE),
    PUBLIC_SECTOR(2, CustomerMessages.LEGAL_FORM_PUBLIC_SECTOR),
    FOREIGN_COMPANY(3, CustomerMessages.LEGAL_FORM_FOREIGN_COMPANY),
    OTHER(4, CustomerMessages.LEGAL_FORM_OTHER),
    LIMITED_COMPANY(5, CustomerMessages.LEGAL_FORM_LIMITED_COMPANY),
    SIMPLE_PARTNERSHIP(6, CustomerMessages.LEGAL_FORM_SIMPLE_PARTNERSHIP),
    ECONOMIC_ASSOCIATION(7, CustomerMessages.LEGAL_FORM_ECONOMIC_ASSOCIATION),
    NON_PROFIT(8, CustomerMessages.LEGAL_FORM_NON_PROFIT),
    PARTNERSHIP(9, CustomerMessages.LEGAL_FORM_PARTNERSHIP);

    private final int digit;
    private final String swedishName;

    LegalFormGroup(int digit, String swedishName) {
        this.digit = digit;
        this.swedishName = swedishName;
    }

    public int digit() {
        return digit;
    }

    public String swedishName() {
        return swedishName;
    }

    static LegalFormGroup ofDigit(int digit) {
        for (LegalFormGroup g : values()) {
            if (g.digit == digit) {
                return g;
            }
        }
        throw new IllegalArgumentException("no legal-form group " + digit);
    }
}
