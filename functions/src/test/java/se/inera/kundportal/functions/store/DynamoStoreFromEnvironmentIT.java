package se.inera.kundportal.functions.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.functions.aws.AwsClients;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.junit.StandIns;
import se.inera.kundportal.standins.junit.StandInsEnvironment;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The production wiring reaches the stand-in without being told where it is: the endpoint comes
 * from the SDK's {@code aws.endpointUrlDynamoDb} property (set by the stand-ins extension), region
 * and credentials from the system properties tests set, just as Lambda's environment does in AWS.
 */
@StandIns(StandIn.DYNAMODB)
class DynamoStoreFromEnvironmentIT {

    @Test
    void readsWhatItWroteThroughTheClientBuiltFromTheEnvironment(StandInsEnvironment standIns) {
        try (DynamoDbClient client = AwsClients.newDynamoDb(Map.of())) {
            DynamoStore store = DynamoStore.fromEnvironment(Map.of("TABLE_NAME", standIns.tableName()), client,
                    Clock.fixed(TestData.NOW, ZoneOffset.UTC));

            Organisation registered = store.organisations().register(TestData.organisation());

            // read back through the extension's own, explicitly configured client
            DynamoStore reader = new DynamoStore(standIns.dynamoDb(), standIns.tableName(), Clock.systemUTC());
            assertThat(reader.organisations().findByNumber(registered.number())).contains(registered);
        }
    }

    @Test
    void refusesToStartWithoutATableName() {
        try (DynamoDbClient client = AwsClients.newDynamoDb(Map.of())) {
            assertThatThrownBy(() -> DynamoStore.fromEnvironment(Map.of(), client, Clock.systemUTC()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("TABLE_NAME");
        }
    }
}
