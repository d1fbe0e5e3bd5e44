package se.inera.kundportal.local.runtime;

import se.inera.kundportal.functions.catalogue.CatalogueSeed;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;

import se.inera.kundportal.functions.store.DynamoStore;
import se.inera.kundportal.local.asl.AslEngine;
import se.inera.kundportal.local.asl.StateMachineDescription;
import se.inera.kundportal.local.asl.durable.DurableEngine;
import se.inera.kundportal.local.asl.lambda.LambdaRegistry;
import se.inera.kundportal.local.asl.time.RealTimeScheduler;
import se.inera.kundportal.local.bankid.BankIdSimulatorServer;
import se.inera.kundportal.local.console.ExecutionsConsoleHandler;
import se.inera.kundportal.local.gateway.HttpApiDefinition;
import se.inera.kundportal.local.gateway.LocalHttpApiGateway;
import se.inera.kundportal.local.health.HealthComponent;
import se.inera.kundportal.local.health.HealthHandler;
import se.inera.kundportal.local.sfn.StepFunctionsApi;
import se.inera.kundportal.local.sms.SmsCaptureServer;
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
 * {@code kundportal-local.jar local}: the whole of Kundportal on one machine. Starts the stand-ins (dynalite,
 * aws-ses-v2-local, cognito-local) with their data under the data folder, the BankID simulator and the SMS
 * capture, the Step Functions engine with its executions kept in {@code <data>/stepfunctions} and the API over it,
 * and the portal port: the HttpApi of {@code template.yaml} with every handler in-process, the web client, the
 * executions console and {@code /_local/health}; the functions' {@code Schedule} events run on the engine's scheduler. Creates the table, the user pool and the state machines from the
 * template, seeds the service catalogue and one operator account, prints where everything answers, and stops all
 * of it on Ctrl-C (or {@link #close()}).
 */
public final class LocalRuntime implements AutoCloseable {
    static final String TABLE_NAME = "kundportal";
    static final String USER_POOL_NAME = "kundportal-local";
    static final LocalAccount ACCOUNT = new LocalAccount(StandInClients.REGION.id(), "123456789012", "kundportal-local");
    static final String SENDER_EMAIL = "kundportal@inera.local";
    static final String CONSOLE_PATH = "/_local/executions";
    static final String HEALTH_PATH = "/_local/health";
    static final int DEFAULT_PORT = 3000;
    static final String SFN_ENDPOINT_PROPERTY = "aws.endpointUrlSfn";
    static final String SNS_ENDPOINT_PROPERTY = "aws.endpointUrlSns";
    /** The JDK reads it once, when its first HTTP server starts; the Step Functions API needs it (see StepFunctionsServer). */
    private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    /** Where to listen and keep data. */
    public record Settings(int port, Path dataDirectory) {
        public Settings {
            dataDirectory = dataDirectory.toAbsolutePath().normalize();
        }
    }

    /** Where the running system answers, for the printout and for tests. */
    public record Endpoints(URI portal, URI stepFunctions, URI dynamoDb, URI ses, URI cognito, URI bankIdApi,
                            URI bankIdApp, URI sms, String userPoolId, String userPoolClientId) {
        public URI console() {
            return portal.resolve(CONSOLE_PATH);
        }

        public URI health() {
            return portal.resolve(HEALTH_PATH);
        }
    }

    private final Settings settings;
    private final PrintStream out;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Map<String, Optional<String>> propertiesBefore = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private Endpoints endpoints;
    private LambdaRegistry lambdas;
    private AslEngine engine;
    private List<ScheduledFunctions.Schedule> schedules = List.of();
    private Duration startupTime;

    private LocalRuntime(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** Runs until the JVM is asked to stop; returns the process exit status. */
    public static int run(List<String> arguments) throws InterruptedException {
        int port = DEFAULT_PORT;
        Path data = Path.of(".kundportal");
        for (int i = 0; i < arguments.size(); i++) {
            String option = arguments.get(i);
            switch (option) {
                case "--port", "--data" -> {
                    if (i + 1 >= arguments.size()) {
                        return usage(option + " needs a value");
                    }
                    String value = arguments.get(++i);
                    if (option.equals("--data")) {
                        data = Path.of(value);
                    } else {
                        try {
                            port = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            return usage("--port needs a number, not " + value);
                        }
                    }
                }
                case "--help", "-h" -> {
                    usage(null);
                    return 0;
                }
                default -> {
                    return usage("unknown option " + option);
                }
            }
        }
        CountDownLatch stopped = new CountDownLatch(1);
        LocalRuntime runtime = new LocalRuntime(new Settings(port, data), System.out);
        // Registered before starting, so that Ctrl-C during the start still stops what has started.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            runtime.close();
            System.out.println("Kundportal stopped.");
            stopped.countDown();
        }, "kundportal-local-stop"));
        try {
            runtime.startAll();
        } catch (RuntimeException | Error e) {
            System.err.println("local: could not start: " + e);
            runtime.close();
            return 1;
        }
        stopped.await();
        return 0;
    }

    private static int usage(String problem) {
        if (problem != null) {
            System.err.println("local: " + problem);
        }
        System.err.println("usage: ./run-local [--port PORT] [--data FOLDER]");
        System.err.println("  --port PORT    the portal: web client, API, console, health (default " + DEFAULT_PORT + ")");
        System.err.println("  --data FOLDER  where table, users and executions are kept (default .kundportal)");
        return problem == null ? 0 : 2;
    }

    /** Starts everything and returns the running system; {@link #close()} stops it. */
    public static LocalRuntime start(Settings settings, PrintStream out) {
        LocalRuntime runtime = new LocalRuntime(settings, out);
        try {
            runtime.startAll();
        } catch (RuntimeException | Error e) {
            runtime.close();
            throw e;
        }
        return runtime;
    }

    public Endpoints endpoints() {
        return endpoints;
    }

    /** From JVM start to ready. */
    public Duration startupTime() {
        return startupTime;
    }

    /** Things that run without being complete, e.g. a handler that cannot be made yet; printed at start. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** The functions the engine can invoke; tests add their own. */
    LambdaRegistry lambdas() {
        return lambdas;
    }

    AslEngine engine() {
        return engine;
    }

    /** The template's Schedule events this runtime runs on its scheduler. */
    List<ScheduledFunctions.Schedule> schedules() {
        return schedules;
    }

    private void startAll() {
        Instant begun = Instant.now();
        setProperty(NO_DELAY_PROPERTY, "true");
        SamTemplate template = SamTemplate.ofProject();
        Path projectFolder = template.source().toAbsolutePath().getParent();

        // Bound first: a port in use should fail before anything else starts.
        LoopbackServer portal = keep(new LoopbackServer("portal", settings.port(), 16));
        URI portalUri = portal.uri();

        Map<StandIn, RunningStandIn> standIns = startStandIns();
        BankIdSimulatorServer bankId = keep(BankIdSimulatorServer.start(0));
        SmsCaptureServer sms = keep(SmsCaptureServer.start(0));
        LoopbackServer stepFunctionsServer = keep(new LoopbackServer("sfn-api", 0, 4));
        URI stepFunctionsUri = URI.create("http://127.0.0.1:" + stepFunctionsServer.port());

        standIns.forEach((standIn, running) -> setProperty(standIn.endpointSystemProperty(), running.endpoint().toString()));
        setProperty(SFN_ENDPOINT_PROPERTY, stepFunctionsUri.toString());
        setProperty(SNS_ENDPOINT_PROPERTY, sms.endpoint().toString());
        setProperty("aws.region", ACCOUNT.region());
        setProperty("aws.accessKeyId", StandInClients.ACCESS_KEY_ID);
        setProperty("aws.secretAccessKey", StandInClients.SECRET_ACCESS_KEY);

        URI cognitoUri = standIns.get(StandIn.COGNITO).endpoint();
        TestUserPool pool;
        int servicesSeeded;
        boolean operatorCreated;
        try (DynamoDbClient dynamo = StandInClients.dynamoDb(standIns.get(StandIn.DYNAMODB).endpoint());
             CognitoIdentityProviderClient cognito = StandInClients.cognito(cognitoUri)) {
            ensureTable(dynamo, template);
            pool = ensureUserPool(cognito, template);
            operatorCreated = OperatorAccount.LOCAL.ensureIn(cognito, pool.userPoolId());
            servicesSeeded = CatalogueSeed.load().seed(new DynamoStore(dynamo, TABLE_NAME, Clock.systemUTC()).catalogue());
        }
        // cognito-local keeps its user pools in .cognito/db below its working directory (StandIn.COGNITO).
        keep(CognitoCodeMails.start(settings.dataDirectory().resolve("cognito").resolve(".cognito").resolve("db")
                .resolve(pool.userPoolId() + ".json"), standIns.get(StandIn.SES).endpoint(), SENDER_EMAIL));

        LocalTemplate local = LocalTemplate.resolve(template, ACCOUNT,
                Map.of("Table", TABLE_NAME, "UserPool", pool.userPoolId(), "UserPoolClient", pool.clientId()),
                Map.of("PortalBaseUrl", portalUri.toString(), "SenderEmail", SENDER_EMAIL,
                        "AllowedOrigins", portalUri.toString(), "Stage", "dev",
                        "BankIdBaseUrl", bankId.apiBaseUri().toString()));
        List<String> unresolved = new ArrayList<>();
        FunctionHandlers handlers = new FunctionHandlers(local.functions(unresolved).values(), ACCOUNT);
        unresolved.forEach(variable -> warnings.add("environment variable not resolved locally: " + variable));
        warnings.addAll(handlers.problems());
        lambdas = new LambdaRegistry();
        handlers.registerAll(ACCOUNT, lambdas);

        RealTimeScheduler scheduler = new RealTimeScheduler(2);
        DurableEngine durable;
        try {
            durable = DurableEngine.open(settings.dataDirectory().resolve("stepfunctions"),
                    new AslEngine(scheduler, lambdas, ACCOUNT.region(), ACCOUNT.accountId()));
        } catch (RuntimeException e) {
            scheduler.close();
            throw e;
        }
        // Closed in reverse: the scheduler first lets the steps in flight finish (their pause snapshots
        // still reach the store), then the store closes.
        keep(durable);
        keep(scheduler);
        durable.problems().forEach(problem -> warnings.add("skipped in the executions folder: " + problem));
        engine = durable.engine();
        local.stateMachineDefinitions().forEach((name, definition) -> createOrUpdate(durable, name, definition));
        stepFunctionsServer.mount("/", new StepFunctionsApi(durable)).start();
        // Closed before the scheduler: no scheduled invocation starts while the engine stops.
        schedules = ScheduledFunctions.of(template, local.values(), warnings::add);
        keep(ScheduledFunctions.start(schedules, handlers::function, scheduler, ACCOUNT.region(), ACCOUNT.accountId(),
                warnings::add));

        LocalHttpApiGateway gateway = LocalHttpApiGateway.builder(apiDefinition(template, local, cognitoUri, pool))
                .staticFiles(projectFolder.resolve("web"))
                .awsAccount(ACCOUNT.region(), ACCOUNT.accountId())
                .functions(handlers::forRoute)
                .build();
        HealthHandler health = keep(new HealthHandler());
        health.register(HealthComponent.http("DynamoDB (dynalite)", standIns.get(StandIn.DYNAMODB).endpoint().toString()))
                .register(HealthComponent.http("SES (aws-ses-v2-local)", standIns.get(StandIn.SES).endpoint().toString()))
                .register(HealthComponent.http("Cognito (cognito-local)", cognitoUri.toString()))
                .register(HealthComponent.http("Step Functions API", stepFunctionsUri.toString()))
                .register(HealthComponent.http("BankID simulator", bankId.appUri().toString()))
                .register(HealthComponent.http("SMS capture", sms.endpoint().toString()))
                .register(HealthComponent.http("Portal (API gateway, web client)", portalUri.toString()));
        portal.mount("/", gateway)
                .mount(CONSOLE_PATH, new ExecutionsConsoleHandler(CONSOLE_PATH, engine))
                .mount(HEALTH_PATH, health)
                .mount(WebClientConfig.PATH, new WebClientConfig(cognitoUri, pool.clientId(), ACCOUNT.region(),
                        bankId.appUri(), new WebClientConfig.DeveloperLinks(slash(standIns.get(StandIn.SES).endpoint()),
                                slash(sms.endpoint()), bankId.appUri(), portalUri.resolve(CONSOLE_PATH))))
                .start();
        // Stopped first: no request should reach a component that is already gone.
        started.remove(portal);
        started.push(portal);

        endpoints = new Endpoints(portalUri, stepFunctionsUri, standIns.get(StandIn.DYNAMODB).endpoint(),
                standIns.get(StandIn.SES).endpoint(), cognitoUri, bankId.apiBaseUri(), bankId.appUri(),
                sms.endpoint(), pool.userPoolId(), pool.clientId());
        Instant ready = Instant.now();
        startupTime = ProcessHandle.current().info().startInstant().map(jvmStart -> Duration.between(jvmStart, ready))
                .orElse(Duration.between(begun, ready));
        printReady(servicesSeeded, operatorCreated, Duration.between(begun, ready));
    }

    private Map<StandIn, RunningStandIn> startStandIns() {
        Map<String, String> environment = System.getenv();
        StandInOptions options = StandInOptions.defaults();
        Map<StandIn, StandInOptions> optionsByStandIn = new LinkedHashMap<>();
        optionsByStandIn.put(StandIn.DYNAMODB, options.withDataDirectory(settings.dataDirectory().resolve("dynamodb")));
        optionsByStandIn.put(StandIn.SES, options);
        optionsByStandIn.put(StandIn.COGNITO, options.withDataDirectory(settings.dataDirectory().resolve("cognito")));
        // The three node processes start side by side: each takes a second or two, mostly waiting for node.
        Map<StandIn, CompletableFuture<RunningStandIn>> starting = new LinkedHashMap<>();
        optionsByStandIn.forEach((standIn, standInOptions) -> starting.put(standIn,
                CompletableFuture.supplyAsync(() -> standIn.startUnlessGiven(environment, standInOptions))));
        try {
            CompletableFuture.allOf(starting.values().toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException failed) {
            starting.values().forEach(future -> future.thenAccept(RunningStandIn::close));
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
        Map<StandIn, RunningStandIn> running = new LinkedHashMap<>();
        starting.forEach((standIn, future) -> running.put(standIn, keep(future.join())));
        return running;
    }

    private static HttpApiDefinition apiDefinition(SamTemplate template, LocalTemplate local, URI cognito,
                                                   TestUserPool pool) {
        String apiId = template.resourcesOfType("AWS::Serverless::HttpApi").keySet().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException(template.source() + " has no AWS::Serverless::HttpApi"));
        HttpApiDefinition api = HttpApiDefinition.fromTemplate(template, apiId, local.values());
        // cognito-local issues tokens as http://HOST:PORT/<poolId> and serves the JWKS under that issuer.
        String issuer = cognito.toString().replaceAll("/$", "") + "/" + pool.userPoolId();
        for (String authorizer : api.authorizers().keySet()) {
            api = api.withAuthorizer(authorizer, jwt -> jwt.withIssuer(issuer));
        }
        return api;
    }

    private static void createOrUpdate(DurableEngine durable, String name, String definition) {
        String roleArn = ACCOUNT.stateMachineRoleArn(name);
        Optional<StateMachineDescription> existing = durable.engine().listStateMachines().stream()
                .filter(machine -> machine.name().equals(name)).findFirst();
        if (existing.isEmpty()) {
            durable.createStateMachine(name, definition, roleArn);
        } else if (!existing.get().definition().equals(definition)) {
            // The file changed since the last run; waiting executions keep the definition they started with.
            durable.updateStateMachine(existing.get().stateMachineArn(), definition, roleArn);
        }
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

    private void printReady(int servicesSeeded, boolean operatorCreated, Duration ownStart) {
        Endpoints e = endpoints;
        Path data = settings.dataDirectory();
        out.println();
        out.println("Kundportal runs locally (data in " + data + "). Ctrl-C stops everything.");
        out.printf("  Portal: web client and API     %s/%n", e.portal());
        out.printf("  Executions console             %s%n", e.console());
        out.printf("  Health                         %s%n", e.health());
        out.printf("  BankID simulator (the app)     %s   RP API %s%n", e.bankIdApp(), e.bankIdApi());
        out.printf("  SMS capture (sent SMS)         %s/%n", e.sms());
        out.printf("  Sent e-mail (aws-ses-v2-local) %s/%n", e.ses());
        out.printf("  Step Functions API             %s   executions in %s%n", e.stepFunctions(), data.resolve("stepfunctions"));
        out.printf("  DynamoDB (dynalite)            %s   table %s, %d catalogue services written%n", e.dynamoDb(),
                TABLE_NAME, servicesSeeded);
        out.printf("  Cognito (cognito-local)        %s   user pool %s, app client %s%n", e.cognito(), e.userPoolId(),
                e.userPoolClientId());
        out.printf("  Operator login (Inera kundservice)  %s / %s%s%n", OperatorAccount.LOCAL.email(),
                OperatorAccount.LOCAL.password(), operatorCreated ? "   (created now)" : "");
        for (String warning : warnings) {
            out.println("  warning: " + warning);
        }
        out.printf("Ready in %.1f s since JVM start (the runtime itself took %.1f s).%n",
                startupTime.toMillis() / 1000.0, ownStart.toMillis() / 1000.0);
    }

    /** The stand-in's own page: its endpoint with a trailing slash. */
    private static URI slash(URI endpoint) {
        return endpoint.toString().endsWith("/") ? endpoint : URI.create(endpoint + "/");
    }

    private <T extends AutoCloseable> T keep(T component) {
        started.push(component);
        return component;
    }

    private void setProperty(String name, String value) {
        propertiesBefore.putIfAbsent(name, Optional.ofNullable(System.getProperty(name)));
        System.setProperty(name, value);
    }

    /** Stops what this runtime started, newest first; waiting executions stay in the data folder. Idempotent. */
    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            AutoCloseable component = started.pop();
            try {
                component.close();
            } catch (Exception e) {
                System.err.println("local: could not stop " + component + ": " + e.getMessage());
            }
        }
        propertiesBefore.forEach((name, before) -> before.ifPresentOrElse(value -> System.setProperty(name, value),
                () -> System.clearProperty(name)));
        propertiesBefore.clear();
    }
}
