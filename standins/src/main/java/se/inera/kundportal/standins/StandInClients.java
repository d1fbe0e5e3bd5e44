package se.inera.kundportal.standins;

import java.net.URI;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * SDK clients for a stand-in endpoint, configured explicitly (endpoint, region, dummy credentials, URL-connection
 * HTTP client) so they do not depend on the machine's AWS configuration.
 */
public final class StandInClients {
    /** Region the stand-ins pretend to be in; they accept any. */
    public static final Region REGION = Region.EU_NORTH_1;
    /** Dummy credentials: the stand-ins accept any signature, but the SDK insists on signing. */
    public static final String ACCESS_KEY_ID = "kundportal-local";
    public static final String SECRET_ACCESS_KEY = "kundportal-local-secret";

    private StandInClients() {
    }

    public static DynamoDbClient dynamoDb(URI endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(REGION)
                .credentialsProvider(credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    public static CognitoIdentityProviderClient cognito(URI endpoint) {
        return CognitoIdentityProviderClient.builder()
                .endpointOverride(endpoint)
                .region(REGION)
                .credentialsProvider(credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    public static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY));
    }
}
