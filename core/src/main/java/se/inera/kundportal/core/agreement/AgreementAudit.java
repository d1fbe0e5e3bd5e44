package se.inera.kundportal.core.agreement;

import java.util.Map;

import se.inera.kundportal.core.audit.AuditRecord;
import se.inera.kundportal.core.audit.AuditSubject;
import se.inera.kundportal.core.common.Actor;

/** The audit records of an agreement's changes that more than one use case makes. */
public final class AgreementAudit {
    private AgreementAudit() {
    }

    /**
     * {@code created} was created by {@code by}: the change that gave it version 1, so a retried step may
     * record it again and it is stored once. Call it with the agreement as created (its status then).
     */
    public static AuditRecord created(Agreement created, Actor by) {
        return AuditRecord.of(created.createdAt(), by, AuditSubject.of(AuditSubject.Type.AGREEMENT, created.id()),
                1, created.organisation(), "AGREEMENT_CREATED", Map.of("kind", created.kind().name(),
                        "status", created.status().name(), "documentVersion", created.documentVersion()));
    }
}
