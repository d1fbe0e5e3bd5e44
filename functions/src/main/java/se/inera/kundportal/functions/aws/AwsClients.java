package se.inera.kundportal.functions.aws;

import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * SDK clients, built once per execution environment (the first handler to ask pays the cost, every
 * later invocation reuses them). Everything that would otherwise be discovered is set explicitly,
 * which keeps cold starts short: the URL-connection HTTP client, the region from {@code AWS_REGION},
 * and a two-link credentials chain (Lambda's environment variables, or the {@code aws.accessKeyId} /
 * {@code aws.secretAccessKey} system properties that tests set). The endpoint is deliberately left
 * to the SDK, which honours {@code AWS_ENDPOINT_URL_DYNAMODB} and {@code aws.endpointUrlDynamoDb},
 * so the same code talks to DynamoDB, LocalStack or dynalite.
 */
public final class AwsClients {
    static final String REGION_VARIABLE = "AWS_REGION";
    /** The SDK's own region property, used when the environment variable is absent (tests). */
    static final String REGION_PROPERTY = "aws.region";

    private AwsClients() {
    }

    /** The shared DynamoDB client of this execution environment. */
    public static DynamoDbClient dynamoDb() {
        return DynamoDbHolder.CLIENT;
    }

    /** A new client configured from {@code environment}; {@link #dynamoDb()} is the shared one. */
    public static DynamoDbClient newDynamoDb(Map<String, String> environment) {
        return DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(region(environment))
                .credentialsProvider(credentials())
                .build();
    }

    /** A Secrets Manager client configured like the others, for reading a secret at start-up. */
    public static SecretsManagerClient newSecretsManager(Map<String, String> environment) {
        return SecretsManagerClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(region(environment))
                .credentialsProvider(credentials())
                .build();
    }

    /** A Cognito user pools client configured like the others. */
    public static CognitoIdentityProviderClient newCognito(Map<String, String> environment) {
        return CognitoIdentityProviderClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(region(environment))
                .credentialsProvider(credentials())
                .build();
    }

    static Region region(Map<String, String> environment) {
        return Optional.ofNullable(environment.get(REGION_VARIABLE)).filter(value -> !value.isBlank())
                .or(() -> Optional.ofNullable(System.getProperty(REGION_PROPERTY)).filter(value -> !value.isBlank()))
                .map(Region::of)
                .orElseThrow(() -> new IllegalStateException("Set " + REGION_VARIABLE + " (Lambda sets it) or the "
                        + REGION_PROPERTY + " system property"));
    }

    static AwsCredentialsProvider credentials() {
        return AwsCredentialsProviderChain.builder()
                .credentialsProviders(EnvironmentVariableCredentialsProvider.create(),
                        SystemPropertyCredentialsProvider.create())
                .reuseLastProviderEnabled(true)
                .build();
    }

    /** Lazy holder: built on first use, once, thread-safely, by the class loader. */
    private static final class DynamoDbHolder {
        static final DynamoDbClient CLIENT = newDynamoDb(ProcessEnvironment.get());
    }
}
