package se.inera.kundportal.core.user;

import se.inera.kundportal.core.message.UserMessages;

/** A role a person holds in one organisation. */
public enum Role {
    /** Administratör: manages the organisation's users, roles and invoicing details. */
    ADMINISTRATOR,
    /** Beställare: creates orders, which are valid only once attested. */
    ORDERER,
    /** Attestant: approves (attests) orders by SMS code or BankID through an e-mailed link; no portal login. */
    ATTESTANT,
    /** Kontaktperson för avtalet: the agreement's contact; reads "Visa roller". */
    AGREEMENT_CONTACT;

    public String swedishName() {
        return UserMessages.roleName(name());
    }

    /** Roles that sign in to the portal; an Attestant attests through e-mailed links only. */
    public boolean hasLogin() {
        return this != ATTESTANT;
    }
}
