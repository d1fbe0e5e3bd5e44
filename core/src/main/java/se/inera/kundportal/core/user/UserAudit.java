package se.inera.kundportal.core.user;

import java.time.Instant;
import java.util.Map;

import se.inera.kundportal.core.audit.AuditRecord;
import se.inera.kundportal.core.audit.AuditSubject;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.organisation.Organisationsnummer;

/** The audit records of a user's changes, alike in every use case that makes them. */
public final class UserAudit {
    private UserAudit() {
    }

    /** {@code stored} was created (version 1) by {@code by}, to take a role in {@code organisation}. */
    public static AuditRecord created(User stored, Actor by, Instant at, Organisationsnummer organisation) {
        return AuditRecord.of(at, by, subject(stored.id()), stored.version(), organisation, "USER_CREATED",
                Map.of("name", stored.name()));
    }

    /**
     * The role was given. A role has no version of its own, so the change is named by organisation and
     * role: a user is given one role in one organisation once (roles are never revoked by a use case).
     */
    public static AuditRecord roleAssigned(RoleAssignment assignment) {
        return AuditRecord.ofChange(assignment.assignedAt(), assignment.assignedBy(), subject(assignment.user()),
                assignment.organisation().value() + ":" + assignment.role().name(), assignment.organisation(),
                "ROLE_ASSIGNED", Map.of("role", assignment.role().name()));
    }

    private static AuditSubject subject(UserId user) {
        return AuditSubject.of(AuditSubject.Type.USER, user);
    }
}
