package se.inera.kundportal.core.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.organisation.Organisationsnummer;

/**
 * One entry of the audit trail (granskningslogg): who did what to which subject, when.
 * Written for every change; never updated or deleted.
 *
 * @param id           unique id of the entry
 * @param at           when
 * @param actor        who
 * @param subject      what it concerns (an order, an application, …)
 * @param organisation the organisation concerned, so its whole trail can be listed;
 *                     empty for an application not yet approved
 * @param action       a stable machine-readable verb, e.g. {@code ORDER_ATTESTED}
 * @param details      extra facts (never secrets: no codes, no tokens, personnummer masked)
 */
public record AuditRecord(String id, Instant at, Actor actor, AuditSubject subject,
                          Optional<Organisationsnummer> organisation, String action, Map<String, String> details) {
    public AuditRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(action, "action");
        details = Map.copyOf(details);
    }

    public static AuditRecord of(Instant at, Actor actor, AuditSubject subject, Organisationsnummer organisation,
                                 String action, Map<String, String> details) {
        return new AuditRecord(UUID.randomUUID().toString(), at, actor, subject, Optional.ofNullable(organisation),
                action, details);
    }
}
