package se.inera.kundportal.functions.http;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import java.lang.System.Logger.Level;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import se.inera.kundportal.core.error.DomainException;
import se.inera.kundportal.core.error.ValidationException;
import se.inera.kundportal.core.message.RequestMessages;

/**
 * The one place where failures become HTTP responses: validation → 400 with every field error,
 * not found → 404, not allowed → 403, conflict or a status change from the wrong status → 409,
 * gone → 410, a body that is not JSON → 415, a dependency that is down → 503. Anything else is a
 * bug: 500 with a generic Swedish message and the request id to quote; the exception (with its
 * stack trace) goes to the log only.
 */
public final class ErrorResponses {
    private static final System.Logger LOG = System.getLogger(ErrorResponses.class.getName());

    private ErrorResponses() {
    }

    public static APIGatewayV2HTTPResponse of(Throwable failure, String requestId) {
        if (failure instanceof DomainException domain) {
            return domain(domain);
        }
        if (failure instanceof UnsupportedMediaTypeException notJson) {
            return HttpResponses.json(415, ErrorBody.of(notJson.getMessage()));
        }
        if (failure instanceof SdkException sdk && (sdk instanceof SdkClientException || sdk.retryable())) {
            // DynamoDB, Step Functions, SES … unreachable or throttling after the SDK's own retries: not a bug.
            LOG.log(Level.WARNING, "An AWS service is unavailable in request " + requestId, sdk);
            return HttpResponses.json(503, ErrorBody.of(RequestMessages.SERVICE_UNAVAILABLE));
        }
        if (failure instanceof ServiceUnavailableException unavailable) {
            LOG.log(Level.WARNING, "Dependency unavailable in request " + requestId, unavailable.getCause());
            return HttpResponses.json(503, ErrorBody.of(unavailable.getMessage()));
        }
        LOG.log(Level.ERROR, "Unexpected failure in request " + requestId, failure);
        return HttpResponses.json(500, ErrorBody.of(RequestMessages.unexpectedFailure(requestId)));
    }

    private static APIGatewayV2HTTPResponse domain(DomainException failure) {
        return switch (failure.category()) {
            case VALIDATION -> HttpResponses.json(400, new ErrorBody(RequestMessages.INVALID_FIELDS,
                    ((ValidationException) failure).fieldErrors()));
            case NOT_FOUND -> HttpResponses.json(404, ErrorBody.of(failure.getMessage()));
            case NOT_ALLOWED -> HttpResponses.json(403, ErrorBody.of(failure.getMessage()));
            case CONFLICT -> HttpResponses.json(409, ErrorBody.of(failure.getMessage()));
            case GONE -> HttpResponses.json(410, ErrorBody.of(failure.getMessage()));
            case LIMIT_REACHED -> HttpResponses.json(429, ErrorBody.of(failure.getMessage()));
        };
    }
}
