package se.inera.kundportal.core.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.organisation.Organisationsnummer;

/**
 * One entry of the audit trail (granskningslogg): who did what to which subject, when. Core's use
 * cases write one per state change; never updated or deleted.
 *
 * <p>Its {@link #id()} is derived from the change it records — subject, change, action — never
 * random, so a retried step that records the same change again writes nothing new.
 *
 * @param at           when
 * @param actor        who
 * @param subject      what it concerns (an order, an application, …)
 * @param change       which change of the subject: {@code v<version>} for a versioned subject (the
 *                     version the change gave it), else a name that tells this change apart
 * @param organisation the organisation concerned, so its whole trail can be listed;
 *                     empty for an application not yet approved
 * @param action       a stable machine-readable verb, e.g. {@code ORDER_ATTESTED}
 * @param details      extra facts, with before/after where a value changed (never secrets: no codes,
 *                     no tokens, no link ids, personnummer masked)
 */
public record AuditRecord(Instant at, Actor actor, AuditSubject subject, String change,
                          Optional<Organisationsnummer> organisation, String action, Map<String, String> details) {
    public AuditRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(action, "action");
        details = Map.copyOf(details);
    }

    /** The change that gave {@code subject} its {@code version}. */
    public static AuditRecord of(Instant at, Actor actor, AuditSubject subject, long version,
                                 Organisationsnummer organisation, String action, Map<String, String> details) {
        return ofChange(at, actor, subject, "v" + version, organisation, action, details);
    }

    /** A change of a subject whose version does not tell it apart (a role of a user, a failed execution). */
    public static AuditRecord ofChange(Instant at, Actor actor, AuditSubject subject, String change,
                                       Organisationsnummer organisation, String action,
                                       Map<String, String> details) {
        return new AuditRecord(at, actor, subject, change, Optional.ofNullable(organisation), action, details);
    }

    /** {@code <SUBJECT_TYPE>:<subjectId>:<change>:<action>}, e.g. {@code ORDER:o-1:v3:ORDER_DELIVERED}. */
    public String id() {
        return subject.type() + ":" + subject.id() + ":" + change + ":" + action;
    }
}
