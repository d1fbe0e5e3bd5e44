package se.inera.kundportal.functions.aws;

import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The one place SDK clients are configured. Everything that would otherwise be discovered is set
 * explicitly, which keeps cold starts short: the URL-connection HTTP client trusting only the roots AWS's
 * endpoints use ({@link AwsTrust}), the region from the
 * environment's {@code AWS_REGION}, and a two-link credentials chain (Lambda's environment variables, or
 * the {@code aws.accessKeyId} / {@code aws.secretAccessKey} system properties that tests and the local
 * runtime set). The endpoint is deliberately left to the SDK, which honours {@code AWS_ENDPOINT_URL_<SERVICE>}
 * and {@code aws.endpointUrl<Service>}, so the same code talks to AWS, LocalStack or the stand-ins.
 * Who builds a client keeps it: {@code Wiring} builds each one once per execution environment.
 */
public final class AwsClients {
    static final String REGION_VARIABLE = "AWS_REGION";
    /** The SDK's own region property, used when the environment variable is absent (tests). */
    static final String REGION_PROPERTY = "aws.region";

    private AwsClients() {
    }

    /** {@code builder} with this project's HTTP client, region and credentials; the caller builds it. */
    public static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configured(
            B builder, Map<String, String> environment) {
        return builder.httpClientBuilder(UrlConnectionHttpClient.builder().tlsTrustManagersProvider(AwsTrust::trustManagers))
                .region(region(environment))
                .credentialsProvider(credentials());
    }

    /** A new DynamoDB client configured from {@code environment}. */
    public static DynamoDbClient newDynamoDb(Map<String, String> environment) {
        return configured(DynamoDbClient.builder(), environment).build();
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
}
