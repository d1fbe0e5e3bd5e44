package se.inera.kundportal.core.user;

import java.util.List;

import se.inera.kundportal.core.organisation.Organisationsnummer;

/** "Ready to order?": the routine's preconditions, each with the routine's words and where to fix it. */
public record Readiness(Organisationsnummer organisation, List<Check> checks) {
    public Readiness {
        checks = List.copyOf(checks);
    }

    public boolean ready() {
        return checks.stream().allMatch(Check::ok);
    }

    public enum Kind {
        AGREEMENT_SIGNED,
        HAS_ORDERER,
        HAS_ATTESTANT
    }

    /** @param fixPath the web client's page that fixes it */
    public record Check(Kind check, boolean ok, String message, String fixPath) {
    }
}
