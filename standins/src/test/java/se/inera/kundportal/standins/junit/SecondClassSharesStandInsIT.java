package se.inera.kundportal.standins.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.standins.StandIn;

/** A class asking for DynamoDB only: it gets its own table, and no SES/Cognito accessors. */
@StandIns(StandIn.DYNAMODB)
class SecondClassSharesStandInsIT {

    @Test
    void getsItsOwnFreshTable(StandInsEnvironment standIns) {
        assertThat(standIns.tableName()).startsWith("kundportal-SecondClassSharesStandInsIT-");
        assertThat(standIns.dynamoDb().scan(request -> request.tableName(standIns.tableName())).count()).isZero();
    }

    @Test
    void refusesStandInsItDidNotRequest(StandInsEnvironment standIns) {
        assertThatThrownBy(standIns::mailbox)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not request the SES stand-in");
    }
}
