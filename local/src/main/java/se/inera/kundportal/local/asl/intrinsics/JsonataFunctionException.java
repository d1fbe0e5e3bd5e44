package se.inera.kundportal.local.asl.intrinsics;

import com.dashjoin.jsonata.JException;

/**
 * A call of one of AWS's JSONata extension functions failed. It is a {@link JException}, so it leaves
 * JSONata's evaluator like JSONata's own errors; {@link #getError()} is always
 * {@code States.QueryEvaluationError} and {@link #getMessage()} the description (for example
 * {@code "$partition: The chunk size must be greater than 0"}).
 */
public final class JsonataFunctionException extends JException {
    private static final long serialVersionUID = 1L;
    private final String description;

    public JsonataFunctionException(String description) {
        super(JsonataFunctions.ERROR);
        this.description = description;
    }

    @Override
    public String getError() {
        return JsonataFunctions.ERROR;
    }

    @Override
    public String getMessage() {
        return description;
    }
}
