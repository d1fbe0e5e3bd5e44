package se.inera.kundportal.core.application;

import java.util.LinkedHashMap;
import java.util.Map;

import se.inera.kundportal.core.audit.AuditRecord;
import se.inera.kundportal.core.audit.AuditSubject;
import se.inera.kundportal.core.common.Actor;

/** The audit records of an application's status changes, alike in every use case that makes them. */
public final class ApplicationAudit {
    private ApplicationAudit() {
    }

    /**
     * {@code stored} moved from {@code from} to its status, at its {@code updatedAt}. The organisation's
     * trail shows it only once the application was approved: until then the organisation is no customer.
     */
    public static AuditRecord statusChanged(CustomerApplication stored, ApplicationStatus from, Actor by,
                                            String action, Map<String, String> details) {
        Map<String, String> all = new LinkedHashMap<>(details);
        all.put("from", from.name());
        all.put("to", stored.status().name());
        boolean customer = stored.status() != ApplicationStatus.SUBMITTED
                && stored.status() != ApplicationStatus.REJECTED;
        return AuditRecord.of(stored.updatedAt(), by, subject(stored.id()), stored.version(),
                customer ? stored.organisationsnummer() : null, action, all);
    }

    /** The agreement was signed, so the application is completed. */
    public static AuditRecord customerActivated(CustomerApplication stored, Actor by, String agreement) {
        return statusChanged(stored, ApplicationStatus.AWAITING_SIGNATURE, by, "CUSTOMER_ACTIVATED",
                Map.of("agreement", agreement));
    }

    static AuditSubject subject(ApplicationId id) {
        return AuditSubject.of(AuditSubject.Type.APPLICATION, id);
    }
}
