package se.inera.kundportal.standins.junit;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import se.inera.kundportal.standins.SesMailbox;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.TestUserPool;

/**
 * What one test class gets from {@link StandIns}: endpoints, and its own DynamoDB table (created from
 * {@code template.yaml}) and Cognito user pool. Inject it as a parameter; closed by the extension after the class.
 */
public final class StandInsEnvironment implements AutoCloseable {
    private final Class<?> testClass;
    private final Map<StandIn, URI> endpoints;
    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final CognitoIdentityProviderClient cognito;
    private final TestUserPool userPool;
    private final SesMailbox mailbox;

    StandInsEnvironment(Class<?> testClass, Map<StandIn, URI> endpoints, DynamoDbClient dynamoDb, String tableName,
                        CognitoIdentityProviderClient cognito, TestUserPool userPool, SesMailbox mailbox) {
        this.testClass = testClass;
        this.endpoints = Map.copyOf(endpoints);
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.cognito = cognito;
        this.userPool = userPool;
        this.mailbox = mailbox;
    }

    /** Where the stand-in answers, e.g. to hand to code that takes an endpoint explicitly. */
    public URI endpoint(StandIn standIn) {
        return Optional.ofNullable(endpoints.get(standIn)).orElseThrow(() -> notRequested(standIn));
    }

    /** The test class's own table, created from template.yaml's {@code AWS::DynamoDB::Table}. */
    public String tableName() {
        return require(tableName, StandIn.DYNAMODB);
    }

    /** A client for the DynamoDB stand-in (URL-connection HTTP client); the extension closes it. */
    public DynamoDbClient dynamoDb() {
        return require(dynamoDb, StandIn.DYNAMODB);
    }

    /** The mail the SES stand-in has accepted. The stand-in is shared by all classes: filter by recipient. */
    public SesMailbox mailbox() {
        return require(mailbox, StandIn.SES);
    }

    /** The test class's own user pool, with the template's groups and an app client without secret. */
    public TestUserPool userPool() {
        return require(userPool, StandIn.COGNITO);
    }

    /** A client for the Cognito stand-in, e.g. to create users; the extension closes it. */
    public CognitoIdentityProviderClient cognito() {
        return require(cognito, StandIn.COGNITO);
    }

    @Override
    public void close() {
        if (dynamoDb != null) {
            try {
                // Keeps the shared in-memory dynalite small over a long run.
                dynamoDb.deleteTable(request -> request.tableName(tableName));
            } finally {
                dynamoDb.close();
            }
        }
        if (cognito != null) {
            try {
                cognito.deleteUserPool(request -> request.userPoolId(userPool.userPoolId()));
            } finally {
                cognito.close();
            }
        }
    }

    private <T> T require(T value, StandIn standIn) {
        if (value == null) {
            throw notRequested(standIn);
        }
        return value;
    }

    private IllegalStateException notRequested(StandIn standIn) {
        return new IllegalStateException(testClass.getName() + " does not request the " + standIn
                + " stand-in; add it to its @StandIns");
    }
}
