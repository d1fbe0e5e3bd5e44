package se.inera.kundportal.core.audit;

import se.inera.kundportal.core.common.Page;
import se.inera.kundportal.core.common.PageRequest;
import se.inera.kundportal.core.organisation.Organisationsnummer;

/** Port: the append-only audit trail. */
public interface AuditLog {

    /** Appends one record. Records are never changed or removed. */
    void append(AuditRecord record);

    /** Everything about an organisation (its orders, users, agreement…), newest first. */
    Page<AuditRecord> findByOrganisation(Organisationsnummer organisation, PageRequest page);

    /** Everything about one subject, newest first. */
    Page<AuditRecord> findBySubject(AuditSubject subject, PageRequest page);

}
