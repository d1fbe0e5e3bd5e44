package se.inera.kundportal.functions.cognito;

import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEvent.ClaimsOverrideDetails;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEvent.GroupConfiguration;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEvent.Response;

import se.inera.kundportal.functions.http.Caller;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * The user pool's pre token generation trigger: a member of {@value Caller#OPERATORS} gets that group in the tokens
 * only once an authenticator app (TOTP) is enrolled, so operator access needs MFA while customer users keep MFA
 * optional. The API trusts the group claim alone ({@link Caller#requireOperator()}), so a token without it reaches
 * no operator route.
 *
 * <p>Why this trigger and not pre authentication: an operator without MFA can still sign in, as a plain user, and
 * so get the access token that enrolling an authenticator app needs (docs/deploy.md); and Cognito runs this trigger
 * for refreshed tokens too, so turning MFA off takes the group away at the next refresh. An enrolled user is asked
 * for the code at every sign-in (MFA is enabled for that user), so a token with the group was got with MFA.
 *
 * <p>Other users are passed through without a call to Cognito. When the enrolment cannot be read, the trigger
 * fails and Cognito refuses the sign-in: closed, not open.
 */
public final class OperatorMfaGateHandler
        implements RequestHandler<CognitoUserPoolPreTokenGenerationEvent, CognitoUserPoolPreTokenGenerationEvent> {
    private static final System.Logger LOG = System.getLogger(OperatorMfaGateHandler.class.getName());

    private final Supplier<MfaEnrolments> enrolments;

    public OperatorMfaGateHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** The Cognito client is built when the first operator signs in; other users never need it. */
    public OperatorMfaGateHandler(Wiring wiring) {
        this(wiring::mfaEnrolments);
    }

    OperatorMfaGateHandler(Supplier<MfaEnrolments> enrolments) {
        this.enrolments = Objects.requireNonNull(enrolments);
    }

    @Override
    public CognitoUserPoolPreTokenGenerationEvent handleRequest(CognitoUserPoolPreTokenGenerationEvent event,
                                                                Context context) {
        GroupConfiguration requested = Optional.ofNullable(event.getRequest())
                .map(CognitoUserPoolPreTokenGenerationEvent.Request::getGroupConfiguration)
                .orElseGet(GroupConfiguration::new);
        List<String> groups = Optional.ofNullable(requested.getGroupsToOverride()).map(Arrays::asList)
                .orElse(List.of());
        if (!groups.contains(Caller.OPERATORS)
                || enrolments.get().hasAuthenticatorApp(event.getUserPoolId(), event.getUserName())) {
            return event;
        }
        LOG.log(Level.WARNING, "An operator without an enrolled authenticator app signed in ("
                + event.getTriggerSource() + "); the token leaves out " + Caller.OPERATORS);
        String[] withoutOperators = groups.stream().filter(group -> !Caller.OPERATORS.equals(group))
                .toArray(String[]::new);
        // The group's IAM roles are not used (no identity pool) and pass through as they were.
        event.setResponse(new Response(new ClaimsOverrideDetails(Map.of(), new String[0],
                new GroupConfiguration(withoutOperators, requested.getIamRolesToOverride(),
                        requested.getPreferredRole()))));
        return event;
    }
}
