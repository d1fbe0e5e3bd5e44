package se.inera.kundportal.core.user;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
     * role: onboarding and registration give a role once (later changes are {@link #rolesChanged}, by version).
     */
    public static AuditRecord roleAssigned(RoleAssignment assignment) {
        return AuditRecord.ofChange(assignment.assignedAt(), assignment.assignedBy(), subject(assignment.user()),
                assignment.organisation().value() + ":" + assignment.role().name(), assignment.organisation(),
                "ROLE_ASSIGNED", Map.of("role", assignment.role().name()));
    }

    /** The person's details changed (name, mobile, personnummer), before and after. */
    public static AuditRecord updated(User before, User after, Actor by, Instant at, Organisationsnummer organisation) {
        return AuditRecord.of(at, by, subject(after.id()), after.version(), organisation, "USER_UPDATED", Map.of(
                "before", details(before), "after", details(after)));
    }

    /**
     * The person's roles in {@code organisation} changed from {@code before} to {@code after}; the change is named
     * by the organisation and the membership's version after it, so a new grant after a removal is its own record.
     */
    public static AuditRecord rolesChanged(UserId user, Organisationsnummer organisation, Set<Role> before,
                                           Set<Role> after, long membershipVersion, long previousVersion, Actor by,
                                           Instant at) {
        return AuditRecord.ofChange(at, by, subject(user),
                organisation.value() + ":" + (after.isEmpty() ? "removed-v" + previousVersion : "v" + membershipVersion),
                organisation, after.isEmpty() ? "MEMBER_REMOVED" : "ROLES_CHANGED",
                Map.of("before", names(before), "after", names(after)));
    }

    /** The person belonged nowhere any more and was deleted with their login. */
    public static AuditRecord deleted(User user, Actor by, Instant at, Organisationsnummer lastOrganisation) {
        return AuditRecord.of(at, by, subject(user.id()), user.version() + 1, lastOrganisation, "USER_DELETED",
                Map.of("name", user.name()));
    }

    private static String details(User user) {
        return "name=" + user.name() + "; mobile=" + user.mobile().map(Object::toString).orElse("")
                + "; personnummer=" + (user.personnummer().isPresent() ? "angivet" : "");
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    private static AuditSubject subject(UserId user) {
        return AuditSubject.of(AuditSubject.Type.USER, user);
    }
}
