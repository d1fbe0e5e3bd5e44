package se.inera.kundportal.core.error;

/** The thing asked for does not exist. */
public final class NotFoundException extends DomainException {
    private final String subjectType;
    private final String subjectId;

    public NotFoundException(String subjectType, String subjectId, String message) {
        super(message);
        this.subjectType = subjectType;
        this.subjectId = subjectId;
    }

    /** E.g. {@code NotFoundException.of("Order", id, "Beställningen finns inte.")}. */
    public static NotFoundException of(String subjectType, Object subjectId, String message) {
        return new NotFoundException(subjectType, String.valueOf(subjectId), message);
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    @Override
    public ErrorCategory category() {
        return ErrorCategory.NOT_FOUND;
    }
}
