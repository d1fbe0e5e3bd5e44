package se.inera.kundportal.core.error;

import java.util.Optional;

/**
 * A status change was attempted from the wrong predecessor, e.g. attesting an order that was
 * already attested (a double click) or approving a rejected application. Maps to 409.
 */
public final class UnexpectedStatusException extends DomainException {
    private final String subjectType;
    private final String subjectId;
    private final String expected;
    private final Optional<String> actual;

    public UnexpectedStatusException(String subjectType, String subjectId, Enum<?> expected, Enum<?> actual,
                                     String message) {
        super(message);
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.expected = expected.name();
        this.actual = Optional.ofNullable(actual).map(Enum::name);
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    /** The status the change required. */
    public String expected() {
        return expected;
    }

    /** The status actually found; empty when the adapter could not tell. */
    public Optional<String> actual() {
        return actual;
    }

    @Override
    public ErrorCategory category() {
        return ErrorCategory.CONFLICT;
    }
}
