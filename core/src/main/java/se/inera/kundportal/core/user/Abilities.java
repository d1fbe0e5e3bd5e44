package se.inera.kundportal.core.user;

import java.util.Set;

/**
 * What a person may do in one organisation, from the roles they hold there (read per request, so a removed role
 * takes effect at the next request). The agreement contact reads "Visa roller"; only an administrator changes.
 */
public record Abilities(boolean viewRoles, boolean manageUsers, boolean editInvoicing, boolean order) {

    public static Abilities of(Set<Role> roles) {
        boolean administrator = roles.contains(Role.ADMINISTRATOR);
        return new Abilities(administrator || roles.contains(Role.AGREEMENT_CONTACT), administrator, administrator,
                roles.contains(Role.ORDERER));
    }

    /** Inera customer service reads every organisation; it changes administrators through its own use case. */
    public static final Abilities OPERATOR = new Abilities(true, false, false, false);
}
