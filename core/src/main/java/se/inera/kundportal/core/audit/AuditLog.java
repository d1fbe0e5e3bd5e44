package se.inera.kundportal.core.audit;

import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.organisation.Organisationsnummer;

/**
 * Port: the append-only audit trail. Only core's use cases write it, and nothing reads it to decide
 * what to do: it tells people what happened, state lives in the items themselves.
 */
public interface AuditLog {

    /**
     * Appends one record unless a record with its {@link AuditRecord#id() id} is there already (a
     * retried step), in which case the stored one stays and this is a success. Records are never
     * changed or removed.
     */
    void append(AuditRecord record);

    /** Everything about an organisation (its orders, users, agreement…), newest first. */
    Page<AuditRecord> findByOrganisation(Organisationsnummer organisation, PageRequest page);

    /** Everything about one subject, newest first. */
    Page<AuditRecord> findBySubject(AuditSubject subject, PageRequest page);

}
