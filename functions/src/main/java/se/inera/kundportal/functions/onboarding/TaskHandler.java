package se.inera.kundportal.functions.onboarding;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonProcessingException;

import se.inera.kundportal.functions.json.Json;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * A Step Functions task: a typed input record in, a typed output record out, both read and written
 * with the functions' one {@link Json#MAPPER} (a stream handler, so Lambda's own serialiser, which
 * does not know Java records, never touches them). Failures leave as named exceptions whose fully
 * qualified class names the state machine matches: a throttled or unreachable AWS service becomes
 * {@link TemporaryFailure} (retried), unreadable input {@link InvalidTaskInput} (not retried).
 */
public abstract class TaskHandler<I, O> implements RequestStreamHandler {
    private final Class<I> inputType;

    protected TaskHandler(Class<I> inputType) {
        this.inputType = Objects.requireNonNull(inputType);
    }

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        I request;
        try {
            request = Json.MAPPER.readValue(input, inputType);
        } catch (JsonProcessingException e) {
            throw new InvalidTaskInput(getClass().getSimpleName() + " cannot read its input as "
                    + inputType.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
        O result;
        try {
            result = handle(request);
        } catch (SdkException e) {
            if (e instanceof SdkClientException || e.retryable()) {
                throw new TemporaryFailure(getClass().getSimpleName() + ": an AWS service is unavailable or "
                        + "throttling (" + e.getClass().getSimpleName() + ")", e);
            }
            throw e;
        }
        Json.MAPPER.writeValue(output, result);
    }

    /** Does the step. Runs again on a retry, so it must be idempotent. */
    protected abstract O handle(I input);
}
