package se.inera.kundportal.functions.cognito;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;

import se.inera.kundportal.functions.http.ApiEvents;

/** The trigger on the events in {@code events/operator-mfa-gate/}, with the enrolment lookup as a function. */
class OperatorMfaGateHandlerTest {
    private final List<String> lookedUp = new ArrayList<>();

    private CognitoUserPoolPreTokenGenerationEvent run(String scenario, boolean enrolled) {
        CognitoUserPoolPreTokenGenerationEvent event = EventLoader.loadEvent(
                ApiEvents.eventsDirectory().resolve("operator-mfa-gate/" + scenario + ".json").toString(),
                CognitoUserPoolPreTokenGenerationEvent.class);
        MfaEnrolments enrolments = (pool, user) -> {
            lookedUp.add(pool + "/" + user);
            return enrolled;
        };
        return new OperatorMfaGateHandler(() -> enrolments).handleRequest(event, null);
    }

    @Test
    void anOperatorWithoutAnAuthenticatorAppGetsATokenWithoutTheOperatorsGroup() {
        CognitoUserPoolPreTokenGenerationEvent answered = run("operator-signs-in", false);

        assertThat(answered.getResponse().getClaimsOverrideDetails().getGroupOverrideDetails().getGroupsToOverride())
                .isEmpty();
        assertThat(lookedUp).containsExactly("eu-north-1_Exempel1/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d");
    }

    @Test
    void anOperatorWithAnAuthenticatorAppKeepsTheGroup() {
        CognitoUserPoolPreTokenGenerationEvent answered = run("operator-signs-in", true);

        assertThat(answered.getResponse().getClaimsOverrideDetails()).as("nothing overridden").isNull();
        assertThat(answered.getRequest().getGroupConfiguration().getGroupsToOverride()).containsExactly("Operators");
    }

    @Test
    void otherUsersPassThroughWithoutALookup() {
        CognitoUserPoolPreTokenGenerationEvent answered = run("customer-administrator-signs-in", false);

        assertThat(answered.getResponse().getClaimsOverrideDetails()).isNull();
        assertThat(lookedUp).isEmpty();
    }

    @Test
    void failsTheSignInWhenTheEnrolmentCannotBeRead() {
        CognitoUserPoolPreTokenGenerationEvent event = EventLoader.loadEvent(
                ApiEvents.eventsDirectory().resolve("operator-mfa-gate/operator-signs-in.json").toString(),
                CognitoUserPoolPreTokenGenerationEvent.class);
        MfaEnrolments unreachable = (pool, user) -> {
            throw new IllegalStateException("Cognito unreachable");
        };

        assertThatThrownBy(() -> new OperatorMfaGateHandler(() -> unreachable).handleRequest(event, null))
                .isInstanceOf(IllegalStateException.class);
    }
}
