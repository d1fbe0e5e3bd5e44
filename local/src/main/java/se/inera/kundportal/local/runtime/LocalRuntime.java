package se.inera.kundportal.local.runtime;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import se.inera.kundportal.standins.RunningStandIn;
import se.inera.kundportal.standins.SamTemplate;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.StandInClients;
import se.inera.kundportal.standins.StandInOptions;
import se.inera.kundportal.standins.TableDefinition;
import se.inera.kundportal.standins.TestUserPool;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * {@code kundportal-local.jar local}: Kundportal on one machine. Starts the stand-ins with their data
 * under {@code .kundportal/}, creates the table and the user pool from {@code template.yaml} when they
 * are not there yet, prints where everything answers and stops it all on Ctrl-C.
 */
public final class LocalRuntime {
    static final String TABLE_NAME = "kundportal";
    static final String USER_POOL_NAME = "kundportal-local";

    private final Path dataDirectory;
    private final PrintStream out;
    private final List<AutoCloseable> started = new ArrayList<>();

    LocalRuntime(Path dataDirectory, PrintStream out) {
        this.dataDirectory = dataDirectory;
        this.out = out;
    }

    /** Runs until the JVM is asked to stop; returns the process exit status for bad arguments. */
    public static int run(List<String> arguments) throws InterruptedException {
        Path data = Path.of(".kundportal");
        for (int i = 0; i < arguments.size(); i++) {
            switch (arguments.get(i)) {
                case "--data" -> {
                    if (i + 1 >= arguments.size()) {
                        return usage("--data needs a folder");
                    }
                    data = Path.of(arguments.get(++i));
                }
                case "--help", "-h" -> {
                    usage(null);
                    return 0;
                }
                default -> {
                    return usage("unknown option " + arguments.get(i));
                }
            }
        }
        LocalRuntime runtime = new LocalRuntime(data.toAbsolutePath().normalize(), System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            runtime.stop();
            stopped.countDown();
        }, "kundportal-local-stop"));
        runtime.start();
        stopped.await();
        return 0;
    }

    private static int usage(String problem) {
        if (problem != null) {
            System.err.println("local: " + problem);
        }
        System.err.println("usage: java -jar kundportal-local.jar local [--data FOLDER]");
        System.err.println("  --data FOLDER  where the stand-ins keep their data (default .kundportal)");
        return problem == null ? 0 : 2;
    }

    void start() {
        SamTemplate template = SamTemplate.ofProject();
        StandInOptions options = StandInOptions.defaults();
        Map<String, String> environment = System.getenv();

        RunningStandIn dynamoDb = keep(StandIn.DYNAMODB.startUnlessGiven(environment,
                options.withDataDirectory(dataDirectory.resolve("dynamodb"))));
        RunningStandIn ses = keep(StandIn.SES.startUnlessGiven(environment, options));
        RunningStandIn cognito = keep(StandIn.COGNITO.startUnlessGiven(environment,
                options.withDataDirectory(dataDirectory.resolve("cognito"))));

        try (DynamoDbClient dynamo = StandInClients.dynamoDb(dynamoDb.endpoint());
             CognitoIdentityProviderClient users = StandInClients.cognito(cognito.endpoint())) {
            ensureTable(dynamo, template);
            TestUserPool pool = ensureUserPool(users, template);
            out.println();
            out.println("Kundportal runs locally. Ctrl-C stops everything.");
            out.printf("  DynamoDB (dynalite)      %s   table %s, data in %s%n", dynamoDb.endpoint(), TABLE_NAME,
                    dataDirectory.resolve("dynamodb"));
            out.printf("  SES (aws-ses-v2-local)   %s   sent mail in the browser%n", ses.endpoint());
            out.printf("  Cognito (cognito-local)  %s   user pool %s, app client %s%n", cognito.endpoint(),
                    pool.userPoolId(), pool.clientId());
        }
    }

    private RunningStandIn keep(RunningStandIn standIn) {
        started.add(standIn);
        return standIn;
    }

    private void ensureTable(DynamoDbClient dynamo, SamTemplate template) {
        try {
            dynamo.describeTable(request -> request.tableName(TABLE_NAME));
        } catch (ResourceNotFoundException absent) {
            TableDefinition.fromTemplate(template).createTable(dynamo, TABLE_NAME);
        }
    }

    private TestUserPool ensureUserPool(CognitoIdentityProviderClient cognito, SamTemplate template) {
        for (UserPoolDescriptionType pool : cognito.listUserPoolsPaginator(request -> request.maxResults(60)).userPools()) {
            if (USER_POOL_NAME.equals(pool.name())) {
                String clientId = cognito.listUserPoolClients(request -> request.userPoolId(pool.id()))
                        .userPoolClients().get(0).clientId();
                return new TestUserPool(pool.id(), clientId, List.of());
            }
        }
        return TestUserPool.create(cognito, template, USER_POOL_NAME);
    }

    /** Stops what this runtime started, newest first. */
    void stop() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("local: could not stop " + started.get(i) + ": " + e.getMessage());
            }
        }
        started.clear();
    }
}
