package se.inera.kundportal.core.audit;

import java.util.Objects;

/** What an audit record is about. */
public record AuditSubject(Type type, String id) {
    public enum Type {
        APPLICATION,
        ORGANISATION,
        AGREEMENT,
        USER,
        ORDER
    }

    public AuditSubject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static AuditSubject of(Type type, Object id) {
        return new AuditSubject(type, String.valueOf(id));
    }
}
