package se.inera.kundportal.functions.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.error.NotAllowedException;

class CallerTest {

    @Test
    void readsGroupsAsTheHttpApiPassesThemBracketedAndSpaceSeparated() {
        assertThat(Caller.groups("[Operators Administrators]")).containsExactlyInAnyOrder("Operators", "Administrators");
    }

    @Test
    void readsGroupsAsAJsonArrayStringOrACommaSeparatedList() {
        assertThat(Caller.groups("[\"Operators\",\"Administrators\"]"))
                .containsExactlyInAnyOrder("Operators", "Administrators");
        assertThat(Caller.groups("Operators, Administrators")).containsExactlyInAnyOrder("Operators", "Administrators");
        assertThat(Caller.groups("[]")).isEmpty();
        assertThat(Caller.groups(null)).isEmpty();
    }

    @Test
    void anOperatorBecomesAnOperatorActorNamedFromTheToken() {
        Actor operator = Caller.of(ApiEvents.load("list-applications/submitted-applications.json")).requireOperator();

        assertThat(operator.kind()).isEqualTo(Actor.Kind.OPERATOR);
        assertThat(operator.id()).isEqualTo("5f3a8c1e-0d4b-4a8e-9c2f-7e6d5c4b3a21");
        assertThat(operator.displayName()).isEqualTo("Olle Operatör");
    }

    @Test
    void refusesACallerOutsideTheOperatorsGroup() {
        Caller administrator = Caller.of(ApiEvents.load("list-applications/not-an-operator.json"));

        assertThat(administrator.groups()).containsExactly("Administrators");
        assertThatThrownBy(administrator::requireOperator).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void refusesARequestWithoutClaims() {
        APIGatewayV2HTTPEvent anonymous = ApiEvents.load("submit-application/valid-application.json");

        assertThatThrownBy(() -> Caller.of(anonymous).requireOperator()).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aGroupNamedInAnotherClaimDoesNotCount() {
        APIGatewayV2HTTPEvent event = ApiEvents.load("list-applications/not-an-operator.json");
        event.getRequestContext().getAuthorizer().getJwt().setClaims(Map.of("sub", "x", "custom:groups", "[Operators]"));

        assertThatThrownBy(() -> Caller.of(event).requireOperator()).isInstanceOf(NotAllowedException.class);
    }
}
