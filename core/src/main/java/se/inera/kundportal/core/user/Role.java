package se.inera.kundportal.core.user;

/** A role a person holds in one organisation. */
public enum Role {
    /** Administratör: manages the organisation's users, roles and invoicing details. */
    ADMINISTRATOR("Administratör"),
    /** Beställare: creates orders, which are valid only once attested. */
    ORDERER("Beställare"),
    /** Attestant: approves (attests) orders by SMS code or BankID through an e-mailed link. */
    ATTESTANT("Attestant"),
    /** Kontaktperson för avtalet: the agreement's contact; read-only. */
    AGREEMENT_CONTACT("Kontaktperson för avtalet");

    private final String swedishName;

    Role(String swedishName) {
        this.swedishName = swedishName;
    }

    public String swedishName() {
        return swedishName;
    }
}
