package se.inera.kundportal.core.organisation;

/**
 * The legal-form group (juridisk form, grupp) that the first digit of an organisationsnummer
 * encodes. Used for display and for rules that depend on the customer category.
 */
public enum LegalFormGroup {
    ESTATE(1, "Dödsbon"),
    PUBLIC_SECTOR(2, "Stat, regioner, kommuner och församlingar"),
    FOREIGN_COMPANY(3, "Utländska företag"),
    OTHER(4, "Övriga"),
    LIMITED_COMPANY(5, "Aktiebolag"),
    SIMPLE_PARTNERSHIP(6, "Enkla bolag"),
    ECONOMIC_ASSOCIATION(7, "Ekonomiska föreningar och bostadsrättsföreningar"),
    NON_PROFIT(8, "Ideella föreningar och stiftelser"),
    PARTNERSHIP(9, "Handelsbolag och kommanditbolag");

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
