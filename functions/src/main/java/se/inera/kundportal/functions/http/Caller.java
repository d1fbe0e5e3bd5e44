package se.inera.kundportal.functions.http;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.error.NotAllowedException;
import se.inera.kundportal.core.message.RequestMessages;
import se.inera.kundportal.core.message.UserMessages;
import se.inera.kundportal.core.user.SignedIn;

/**
 * Who calls, from the JWT claims the HTTP API's Cognito authorizer has already verified
 * ({@code requestContext.authorizer.jwt.claims}). The signature was checked by API Gateway; this
 * class only reads the claims.
 *
 * <p>A user is identified by {@code sub} alone, which Cognito assigns and nobody can change; {@code email} and
 * {@code name} are only shown (e.g. as the audit trail's name of an operator). The app client may not write
 * either attribute ({@code WriteAttributes} in template.yaml), so they cannot be changed by the user either.
 *
 * <p>{@code cognito:groups} is a JSON array in the token, but the HTTP API hands claims over as
 * strings, so it arrives as {@code [Operators Administrators]}; a real JSON array string
 * ({@code ["Operators"]}) and a comma-separated list are read too.
 */
public record Caller(Optional<String> subject, Optional<String> email, Optional<String> name, Set<String> groups) {
    /** The Cognito group of Inera customer service (template.yaml {@code OperatorsGroup}). */
    public static final String OPERATORS = "Operators";
    static final String GROUPS_CLAIM = "cognito:groups";

    public static Caller of(APIGatewayV2HTTPEvent event) {
        Map<String, String> claims = Optional.ofNullable(event.getRequestContext())
                .map(APIGatewayV2HTTPEvent.RequestContext::getAuthorizer)
                .map(APIGatewayV2HTTPEvent.RequestContext.Authorizer::getJwt)
                .map(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT::getClaims)
                .orElse(Map.of());
        return new Caller(claim(claims, "sub"), claim(claims, "email"),
                claim(claims, "name").or(() -> claim(claims, "cognito:username")),
                groups(claims.get(GROUPS_CLAIM)));
    }

    /** The operator, for decisions and the audit trail; 403 unless the caller is in {@value #OPERATORS}. */
    public Actor requireOperator() {
        if (!groups.contains(OPERATORS) || subject.isEmpty()) {
            throw new NotAllowedException(RequestMessages.OPERATORS_ONLY);
        }
        return Actor.operator(subject.get(), name.or(() -> email).orElse(subject.get()));
    }

    /**
     * Anyone signed in, for core's users and roles (which read the person's roles per request); 403 without a
     * subject, which API Gateway's authorizer never lets through.
     */
    public SignedIn signedIn() {
        String sub = subject.orElseThrow(() -> new NotAllowedException(UserMessages.NOT_SIGNED_IN));
        return new SignedIn(sub, email, name.or(() -> email).orElse(sub), groups.contains(OPERATORS));
    }

    static Set<String> groups(String claim) {
        if (claim == null || claim.isBlank()) {
            return Set.of();
        }
        String inner = claim.strip();
        if (inner.startsWith("[") && inner.endsWith("]")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        return Arrays.stream(inner.split("[,\\s]+"))
                .map(group -> group.replace("\"", "").strip())
                .filter(group -> !group.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Optional<String> claim(Map<String, String> claims, String name) {
        return Optional.ofNullable(claims.get(name)).filter(value -> !value.isBlank());
    }
}
