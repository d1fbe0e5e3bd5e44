package se.inera.kundportal.core.audit;

import java.time.Instant;
import java.util.Map;

import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.organisation.Organisation;

/** The audit records of an organisation's changes, alike in every use case that makes them. */
public final class OrganisationAudit {
    private OrganisationAudit() {
    }

    /**
     * {@code organisation} was registered by {@code by}: the change that gave it version 1, whatever its
     * version now, so a retried step may record it again and it is stored once.
     */
    public static AuditRecord registered(Organisation organisation, Actor by, String action,
                                         Map<String, String> details) {
        return AuditRecord.of(organisation.registeredAt(), by, subject(organisation), 1, organisation.number(),
                action, details);
    }

    /** {@code after}, as stored, holds another agreement standing than {@code before}. */
    public static AuditRecord standingChanged(Organisation before, Organisation after, Actor by, Instant at) {
        return AuditRecord.of(at, by, subject(after), after.version(), after.number(),
                "ORGANISATION_STANDING_CHANGED", Map.of("from", before.agreementStanding().name(),
                        "to", after.agreementStanding().name()));
    }

    /** {@code after}, as stored, holds new invoicing details (Fakturauppgifter), before and after. */
    public static AuditRecord invoicingChanged(Organisation before, Organisation after, Actor by, Instant at) {
        return AuditRecord.of(at, by, subject(after), after.version(), after.number(), "INVOICING_CHANGED",
                Map.of("before", invoicing(before), "after", invoicing(after)));
    }

    private static String invoicing(Organisation organisation) {
        var invoicing = organisation.details().invoicing();
        var address = invoicing.address();
        return "reference=" + invoicing.reference() + "; address=" + address.street() + ", " + address.postalCode()
                + " " + address.city();
    }

    private static AuditSubject subject(Organisation organisation) {
        return AuditSubject.of(AuditSubject.Type.ORGANISATION, organisation.number());
    }
}
