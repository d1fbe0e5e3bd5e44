package se.inera.kundportal.local.asl;

/**
 * A refused engine API call. {@link #errorCode()} is the AWS Step Functions API error code
 * ({@code InvalidDefinition}, {@code StateMachineDoesNotExist}, {@code StateMachineAlreadyExists},
 * {@code ExecutionAlreadyExists}, {@code ExecutionDoesNotExist}, {@code InvalidArn},
 * {@code InvalidName}, {@code InvalidExecutionInput}, {@code InvalidOutput}, {@code InvalidToken},
 * {@code TaskDoesNotExist}, {@code TaskTimedOut}), so an HTTP layer can return it as {@code __type}.
 */
public class AslApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String errorCode;

    public AslApiException(String errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    public String errorCode() {
        return errorCode;
    }
}
