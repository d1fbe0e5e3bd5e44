package se.inera.kundportal.core.error;

/** Creating something that must be unique, e.g. an organisationsnummer registered twice. */
public final class AlreadyExistsException extends ConflictException {
    private final String subjectType;
    private final String subjectId;

    public AlreadyExistsException(String subjectType, String subjectId, String message) {
        super(message);
        this.subjectType = subjectType;
        this.subjectId = subjectId;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }
}
