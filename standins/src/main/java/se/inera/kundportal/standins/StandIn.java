package se.inera.kundportal.standins;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The local stand-ins for the AWS services Kundportal uses, each an npm package started as a child process.
 *
 * <p>{@code StandIn.DYNAMODB.start(StandInOptions.defaults())} starts dynalite on a free loopback port and returns
 * once it answers; {@link #startUnlessGiven} uses an endpoint configured from outside (e.g. LocalStack) instead.
 */
public enum StandIn {
    /** dynalite: DynamoDB on LevelDB, in memory or in {@link StandInOptions#dataDirectory()}. */
    DYNAMODB("dynamodb", "AWS_ENDPOINT_URL_DYNAMODB", "aws.endpointUrlDynamoDb", "dynalite/cli.js") {
        @Override
        List<String> arguments(int port, StandInOptions options) {
            var arguments = new ArrayList<>(List.of("--host", LOOPBACK, "--port", Integer.toString(port)));
            options.dataDirectory().ifPresent(directory -> {
                arguments.add("--path");
                arguments.add(directory.toString());
            });
            return arguments;
        }
    },
    /** aws-ses-v2-local: SES v2 that keeps sent mail in memory (never on disk), readable at {@code GET /store}. */
    SES("ses", "AWS_ENDPOINT_URL_SESV2", "aws.endpointUrlSesV2", "aws-ses-v2-local/dist/cli.js") {
        @Override
        List<String> arguments(int port, StandInOptions options) {
            return List.of("--host", LOOPBACK, "--port", Integer.toString(port));
        }
    },
    /** cognito-local: Cognito user pools, stored in {@code .cognito/} below its working directory. */
    COGNITO("cognito", "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER", "aws.endpointUrlCognitoIdentityProvider",
            "cognito-local/lib/bin/start.js") {
        @Override
        List<String> arguments(int port, StandInOptions options) {
            return List.of();
        }

        @Override
        Map<String, String> environment(int port) {
            return Map.of("HOST", LOOPBACK, "PORT", Integer.toString(port));
        }

        @Override
        boolean keepsDataInWorkingDirectory() {
            return true;
        }
    };

    static final String LOOPBACK = "127.0.0.1";
    /** The SDK's endpoint setting for every service, used when no service-specific one is set. */
    public static final String GLOBAL_ENDPOINT_ENVIRONMENT_VARIABLE = "AWS_ENDPOINT_URL";

    private final String shortName;
    private final String endpointEnvironmentVariable;
    private final String endpointSystemProperty;
    private final String script;

    StandIn(String shortName, String endpointEnvironmentVariable, String endpointSystemProperty, String script) {
        this.shortName = shortName;
        this.endpointEnvironmentVariable = endpointEnvironmentVariable;
        this.endpointSystemProperty = endpointSystemProperty;
        this.script = script;
    }

    /** Command-line arguments after the script. */
    abstract List<String> arguments(int port, StandInOptions options);

    /** Extra environment for the child process. */
    Map<String, String> environment(int port) {
        return Map.of();
    }

    /** Whether the stand-in stores its data below its working directory rather than at a path argument. */
    boolean keepsDataInWorkingDirectory() {
        return false;
    }

    /** Short lower-case name, used for log files and messages. */
    public String shortName() {
        return shortName;
    }

    /** The environment variable AWS SDK v2 (2.57.8) reads as this service's endpoint, e.g. {@code AWS_ENDPOINT_URL_DYNAMODB}. */
    public String endpointEnvironmentVariable() {
        return endpointEnvironmentVariable;
    }

    /** The system property AWS SDK v2 (2.57.8) reads as this service's endpoint, e.g. {@code aws.endpointUrlDynamoDb}. */
    public String endpointSystemProperty() {
        return endpointSystemProperty;
    }

    /** The Node script to run, below {@code node_modules}. */
    Path script(StandInOptions options) {
        return options.nodeModules().resolve(script);
    }

    /**
     * The endpoint an environment configures for this service: the service-specific variable first, then the
     * global {@code AWS_ENDPOINT_URL}, as the SDK itself resolves them. Blank values count as unset.
     */
    public Optional<URI> endpointGivenIn(Map<String, String> environment) {
        return nonBlank(environment.get(endpointEnvironmentVariable))
                .or(() -> nonBlank(environment.get(GLOBAL_ENDPOINT_ENVIRONMENT_VARIABLE)))
                .map(URI::create);
    }

    /** Starts this stand-in on a free loopback port and returns once it answers HTTP. */
    public RunningStandIn start(StandInOptions options) {
        return ChildProcesses.start(this, options);
    }

    /**
     * Uses the endpoint {@code environment} configures for this service (nothing is started and
     * {@link RunningStandIn#close()} does nothing), or else starts the stand-in.
     */
    public RunningStandIn startUnlessGiven(Map<String, String> environment, StandInOptions options) {
        return endpointGivenIn(environment)
                .map(endpoint -> RunningStandIn.external(this, endpoint))
                .orElseGet(() -> start(options));
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
