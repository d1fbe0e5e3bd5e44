package se.inera.kundportal.local.asl;

/**
 * A failure inside an execution, named as AWS names it ({@code States.Runtime}, a Lambda's
 * {@code errorType}, a Fail state's Error...). Either part may be null, as in AWS.
 */
final class StatesError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final String RUNTIME = "States.Runtime";
    static final String TIMEOUT = "States.Timeout";
    static final String HEARTBEAT_TIMEOUT = "States.HeartbeatTimeout";
    static final String TASK_FAILED = "States.TaskFailed";
    static final String ALL = "States.ALL";
    static final String QUERY_EVALUATION = "States.QueryEvaluationError";
    static final String DATA_LIMIT = "States.DataLimitExceeded";
    static final String NO_CHOICE_MATCHED = "States.NoChoiceMatched";
    static final String TOLERATED_FAILURE = "States.ExceedToleratedFailureThreshold";
    static final String ITEM_READER_FAILED = "States.ItemReaderFailed";
    /** Internal only: a branch stopped because a sibling failed or the execution ended; never recorded. */
    static final String CANCELLED = "States.Cancelled";

    private final String error;
    private final String errorCause;
    /** Set for JSONata evaluation failures, which AWS records as an EvaluationFailed event. */
    private final boolean evaluationFailure;

    StatesError(String error, String cause) {
        this(error, cause, false);
    }

    StatesError(String error, String cause, boolean evaluationFailure) {
        super(error + ": " + cause, null, false, false);
        this.error = error;
        this.errorCause = cause;
        this.evaluationFailure = evaluationFailure;
    }

    String error() {
        return error;
    }

    String errorCause() {
        return errorCause;
    }

    boolean evaluationFailure() {
        return evaluationFailure;
    }

    /** Runtime errors end the execution: AWS neither retries nor catches them. */
    boolean isTerminal() {
        return RUNTIME.equals(error);
    }
}
