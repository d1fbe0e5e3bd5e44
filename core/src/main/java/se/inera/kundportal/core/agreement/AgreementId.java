package se.inera.kundportal.core.agreement;

import java.util.UUID;

import se.inera.kundportal.core.common.Ids;

/** Identifies one customer agreement. */
public record AgreementId(String value) {
    public AgreementId {
        Ids.requireSafe(value, "agreement id");
    }

    public static AgreementId newId() {
        return new AgreementId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
