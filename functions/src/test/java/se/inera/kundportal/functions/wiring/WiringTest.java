package se.inera.kundportal.functions.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Each function has only its own environment variables; the wiring must not ask for anyone else's. */
class WiringTest {
    /** Built but never called: nothing here reaches DynamoDB. */
    private static final Supplier<DynamoDbClient> UNUSED_DYNAMODB = () -> DynamoDbClient.builder()
            .region(Region.EU_NORTH_1)
            .endpointOverride(URI.create("http://127.0.0.1:9"))
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .build();

    @Test
    void theSigningPageNeedsNeitherBankIdNorTheWorkflowsVariables() {
        Wiring wiring = new Wiring(Map.of("TABLE_NAME", "kundportal"), Clock.systemUTC(), UNUSED_DYNAMODB);

        assertThat(wiring.signWithBankId()).isNotNull();
        assertThat(wiring.applications()).isNotNull();
    }

    @Test
    void aMissingVariableIsNamedWhenTheFunctionNeedsIt() {
        Wiring wiring = new Wiring(Map.of("BANKID_BASE_URL", " "), Clock.systemUTC(), UNUSED_DYNAMODB);

        assertThatThrownBy(wiring::applications).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TABLE_NAME");
        assertThatThrownBy(() -> wiring.required("BANKID_BASE_URL")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BANKID_BASE_URL");
    }

    @Test
    void theOnboardingTasksAreBuiltFromTheSameWiringEachAskingOnlyForItsOwnVariables() {
        Wiring wiring = new Wiring(Map.of("TABLE_NAME", "kundportal", "AWS_REGION", "eu-north-1"), Clock.systemUTC(),
                UNUSED_DYNAMODB);

        // "Record Application", "Expire Agreement" and the failure report need only the table
        assertThat(wiring.onboardingSteps()).isNotNull();
        assertThat(wiring.onboardingFailures()).isNotNull();
        assertThat(wiring.signingSessions()).isNotNull();
        assertThatThrownBy(wiring::administratorAccounts).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("USER_POOL_ID");
        assertThatThrownBy(wiring::onceOnlyMailer).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SENDER_EMAIL");
        assertThatThrownBy(wiring::onboardingMails).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PORTAL_BASE_URL");
        assertThatThrownBy(wiring::workflowStarter).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ONBOARDING_STATE_MACHINE_ARN");
    }

    @Test
    void theMailingAndAccountTasksGetTheirPiecesOnceWithThePoolsPasswordValidity() {
        Wiring wiring = new Wiring(Map.of("TABLE_NAME", "kundportal", "AWS_REGION", "eu-north-1",
                "USER_POOL_ID", "eu-north-1_Exempel", "SENDER_EMAIL", "kundportal@example.se",
                "PORTAL_BASE_URL", "https://kundportal.example.se"), Clock.systemUTC(), UNUSED_DYNAMODB);

        assertThat(wiring.administratorAccounts()).isSameAs(wiring.administratorAccounts());
        assertThat(wiring.administratorAccounts().temporaryPasswordValidityDays()).isEqualTo(3);
        assertThat(wiring.onceOnlyMailer()).isSameAs(wiring.onceOnlyMailer());
        assertThat(wiring.onboardingMails()).isSameAs(wiring.onboardingMails());
    }
}
