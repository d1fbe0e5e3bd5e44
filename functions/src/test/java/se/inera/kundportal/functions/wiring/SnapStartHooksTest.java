package se.inera.kundportal.functions.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The restore hook renews the environment's randomness; the checkpoint hook survives a table it cannot read. */
class SnapStartHooksTest {
    @Test
    void afterRestoreTheUseCasesDrawFromANewGenerator() {
        Wiring wiring = new Wiring(Map.of(), Clock.systemUTC(), () -> {
            throw new AssertionError("no table here");
        });
        SecureRandom beforeSnapshot = wiring.random().currentGenerator();

        new SnapStartPriming(wiring).afterRestore(null);

        assertThat(wiring.random().currentGenerator()).isNotSameAs(beforeSnapshot);
        byte[] drawn = new byte[16];
        wiring.random().nextBytes(drawn);
        assertThat(drawn).isNotEqualTo(new byte[16]);
    }

    @Test
    void aFailedPrimingReadDoesNotStopTheSnapshot() {
        // Nothing listens on port 9: the read fails as a refused GetItem would, after the JSON paths ran
        DynamoDbClient unreachable = DynamoDbClient.builder().region(Region.EU_NORTH_1)
                .endpointOverride(URI.create("http://127.0.0.1:9"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(config -> config.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
        Wiring wiring = new Wiring(Map.of("TABLE_NAME", "kundportal"), Clock.systemUTC(), () -> unreachable);

        new SnapStartPriming(wiring).beforeCheckpoint(null);

        assertThat(wiring.store()).isNotNull();
    }
}
