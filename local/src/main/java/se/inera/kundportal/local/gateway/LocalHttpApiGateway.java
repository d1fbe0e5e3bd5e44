package se.inera.kundportal.local.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.local.asl.lambda.JavaHandlerFunction;
import se.inera.kundportal.local.asl.lambda.LambdaFunctionException;
import se.inera.kundportal.local.asl.lambda.LocalLambdaContext;
import se.inera.kundportal.local.gateway.IntegrationResponses.MalformedResponseException;
import se.inera.kundportal.local.gateway.JwtAuthorizer.Authorized;
import se.inera.kundportal.local.gateway.JwtAuthorizer.Refused;
import se.inera.kundportal.standins.SamTemplate;

/**
 * The HttpApi of {@code template.yaml} on one machine: CORS preflights answered first, then the route API Gateway
 * would take, its JWT authorizer, and the function's handler invoked in-process with a payload format 2.0 event
 * (through {@link JavaHandlerFunction}, the invoker the ASL engine uses too, so the event reaches the handler as the
 * JSON Lambda's Java runtime would deserialise);
 * requests no API route takes are served from the web client's folder, then the {@code $default} route, then 404.
 * API Gateway's limits apply: bodies over 10 MB get 413, an integration slower than 30 s (or the function's
 * {@code Timeout} when lower) gets 503, a handler that throws gets 500 — its stack trace goes to the log only.
 * A client that takes longer than {@link se.inera.kundportal.local.http.SlowClients#REQUEST_READ_TIMEOUT} to send its
 * request (headers and body) is disconnected ({@link se.inera.kundportal.local.http.SlowClients}).
 *
 * <pre>{@code
 * SamTemplate template = SamTemplate.ofProject();
 * HttpApiDefinition api = HttpApiDefinition.fromTemplate(template, "HttpApi", TemplateValues.of(Map.of(
 *                 "Table", "kundportal", "UserPoolClient", clientId, "AllowedOrigins", "http://localhost:3000")))
 *         .withAuthorizer("CognitoJwt", jwt -> jwt.withIssuer(cognitoEndpoint + "/" + userPoolId));
 * LocalHttpApiGateway.Started gateway = LocalHttpApiGateway.builder(api).staticFiles(Path.of("web")).build().start(8080);
 * }</pre>
 */
public final class LocalHttpApiGateway implements HttpHandler {
    /** API Gateway's payload limit for HTTP APIs. */
    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;
    /** API Gateway's maximum integration timeout for HTTP APIs. */
    public static final Duration DEFAULT_INTEGRATION_TIMEOUT = Duration.ofSeconds(30);
    private static final System.Logger LOG = System.getLogger(LocalHttpApiGateway.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    /** What the gateway's functions report as their memory size, as the template's functions are configured. */
    private static final int GATEWAY_MEMORY_LIMIT_MB = 1536;

    private final HttpApiDefinition api;
    private final Optional<StaticFiles> staticFiles;
    private final Clock clock;
    private final Duration integrationTimeout;
    private final long maxBodyBytes;
    private final String region;
    private final String accountId;
    private final ApiGatewayEvents events;
    private final JwtAuthorizer authorizer;
    private final Function<FunctionDefinition, JavaHandlerFunction> functions;
    private final IntegrationResponses responses;
    private final ThreadPoolExecutor invocations;

    private LocalHttpApiGateway(Builder builder) {
        this.api = builder.api;
        this.staticFiles = Optional.ofNullable(builder.staticFolder).map(StaticFiles::new);
        this.clock = builder.clock;
        this.integrationTimeout = builder.integrationTimeout;
        this.maxBodyBytes = builder.maxBodyBytes;
        this.region = builder.region;
        this.accountId = builder.accountId;
        this.events = new ApiGatewayEvents(builder.accountId, builder.apiId, builder.clock);
        this.authorizer = new JwtAuthorizer(builder.httpClient, builder.clock);
        this.functions = builder.functions;
        this.responses = new IntegrationResponses(new ObjectMapper());
        AtomicInteger threadNumber = new AtomicInteger();
        this.invocations = new ThreadPoolExecutor(builder.invocationThreads, builder.invocationThreads, 0, TimeUnit.SECONDS,
                builder.queuedInvocations == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(builder.queuedInvocations),
                runnable -> {
                    Thread thread = new Thread(runnable, "gateway-invocation-" + threadNumber.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    public static Builder builder(HttpApiDefinition api) {
        return new Builder(api);
    }

    /** The gateway for the HttpApi {@code apiLogicalId} of {@code template}, references resolved from {@code values}. */
    public static Builder builder(SamTemplate template, String apiLogicalId, TemplateValues values) {
        return new Builder(HttpApiDefinition.fromTemplate(template, apiLogicalId, values));
    }

    public HttpApiDefinition api() {
        return api;
    }

    /** Serves this gateway on {@code 127.0.0.1:port} (0 = a free port) until the returned handle is closed. */
    public Started start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this);
        // Connection threads wait on invocations, so there are a few more of them than invocation threads.
        ExecutorService connections = Executors.newFixedThreadPool(invocations.getMaximumPoolSize() * 2, runnable -> {
            Thread thread = new Thread(runnable, "gateway-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(connections);
        server.start();
        return new Started(server, connections, this);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            GatewayResponse response;
            Optional<byte[]> body = readBody(exchange);
            if (body.isEmpty()) {
                response = GatewayResponse.message(413, "Request Entity Too Large");
            } else {
                URI uri = exchange.getRequestURI();
                GatewayRequest request = new GatewayRequest(exchange.getRequestMethod(),
                        Objects.requireNonNullElse(uri.getRawPath(), "/"), uri.getRawQuery(),
                        exchange.getRequestHeaders(), body.get(),
                        exchange.getRemoteAddress().getAddress().getHostAddress(), exchange.getProtocol());
                response = respondOrFail(request);
            }
            response.headers().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
            boolean noBody = "HEAD".equalsIgnoreCase(exchange.getRequestMethod()) || response.status() == 204
                    || response.status() == 304 || response.body().length == 0;
            exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.body().length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            }
        }
    }

    private GatewayResponse respondOrFail(GatewayRequest request) {
        try {
            return respond(request);
        } catch (RuntimeException e) {
            // A fault of the gateway itself: the client still gets an answer, and the cause goes to the log only.
            LOG.log(System.Logger.Level.ERROR, "Gateway failed on " + request.method() + " "
                    + LinkId.maskIn(request.rawPath()), e);
            return GatewayResponse.message(500, "Internal Server Error");
        }
    }

    /** The body, or empty when it is larger than the limit (then only the limit is read). */
    private Optional<byte[]> readBody(HttpExchange exchange) throws IOException {
        String declaredLength = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declaredLength != null && declaredLength.strip().matches("\\d{1,18}")
                && Long.parseLong(declaredLength.strip()) > maxBodyBytes) {
            return Optional.empty();
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            return body.length > maxBodyBytes ? Optional.empty() : Optional.of(body);
        }
    }

    /** The whole request-to-response path, without the HTTP server (unit tests call this). */
    public GatewayResponse respond(GatewayRequest request) {
        String requestId = apiRequestId();
        Optional<String> origin = request.header("origin");
        GatewayResponse response;
        if (!hasDecodablePath(request)) {
            response = GatewayResponse.message(400, "Bad Request");
        } else if (request.body().length > maxBodyBytes) {
            response = GatewayResponse.message(413, "Request Entity Too Large");
        } else if (api.cors().isPresent() && CorsConfiguration.isPreflight(request.method(), request.headers())) {
            // API Gateway answers preflights itself, before routing and authorization.
            return new GatewayResponse(204, Map.of("apigw-requestid", List.of(requestId)), new byte[0])
                    .withHeaders(api.cors().get().preflightHeaders(origin.orElse(null),
                            request.header("access-control-request-method").orElse(null)));
        } else {
            response = route(request, requestId);
        }
        response = response.withHeaders(Map.of("apigw-requestid", requestId));
        if (api.cors().isPresent()) {
            response = response.withHeaders(api.cors().get().responseHeaders(origin.orElse(null)));
        }
        return response;
    }

    private static boolean hasDecodablePath(GatewayRequest request) {
        try {
            request.decodedPath();
            return true;
        } catch (IllegalArgumentException malformedPercentEncoding) {
            return false;
        }
    }

    private GatewayResponse route(GatewayRequest request, String requestId) {
        String path = request.decodedPath();
        Optional<RouteMatch> explicit = api.routes().matchExplicit(request.method(), path);
        if (explicit.isPresent()) {
            return invokeRoute(request, explicit.get(), requestId);
        }
        if (staticFiles.isPresent()) {
            try {
                Optional<GatewayResponse> file = staticFiles.get().serve(request.method(), path, request.header("accept"));
                if (file.isPresent()) {
                    return file.get();
                }
            } catch (IOException e) {
                LOG.log(System.Logger.Level.ERROR, "Cannot read static file for " + LinkId.maskIn(path), e);
                return GatewayResponse.message(500, "Internal Server Error");
            }
        }
        return api.routes().defaultRoute()
                .map(route -> invokeRoute(request, new RouteMatch(route, Map.of()), requestId))
                .orElseGet(() -> GatewayResponse.message(404, "Not Found"));
    }

    private GatewayResponse invokeRoute(GatewayRequest request, RouteMatch match, String requestId) {
        HttpApiRoute route = match.route();
        Optional<Authorized> authorization = Optional.empty();
        if (!route.authorization().isOpen()) {
            JwtAuthorizerSettings settings = api.authorizers().get(route.authorization().authorizerName().orElseThrow());
            JwtAuthorizer.Outcome outcome = authorizer.authorize(request.header(settings.identityHeader()).orElse(null),
                    settings, route.authorization().requiredScopes());
            if (outcome instanceof Refused refused) {
                return GatewayResponse.message(refused.status(), refused.message())
                        .withHeaders(Map.of("www-authenticate", refused.wwwAuthenticate()));
            }
            authorization = Optional.of((Authorized) outcome);
        }
        APIGatewayV2HTTPEvent event = events.event(request, match, authorization, requestId);
        return invoke(route.function(), event);
    }

    private GatewayResponse invoke(FunctionDefinition function, APIGatewayV2HTTPEvent event) {
        Duration timeout = function.timeout().compareTo(integrationTimeout) < 0 ? function.timeout() : integrationTimeout;
        String lambdaRequestId = UUID.randomUUID().toString();
        LocalLambdaContext context = new LocalLambdaContext(lambdaRequestId, function.name(),
                "arn:aws:lambda:" + region + ":" + accountId + ":function:" + function.name(), clock,
                clock.instant().plus(timeout), GATEWAY_MEMORY_LIMIT_MB);
        byte[] payload = JavaHandlerFunction.toJson(event);
        Future<byte[]> output;
        try {
            output = invocations.submit(() -> functions.apply(function).invoke(payload, context));
        } catch (RejectedExecutionException e) {
            return GatewayResponse.message(429, "Too Many Requests");
        }
        try {
            return responses.from(output.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            output.cancel(true);
            LOG.log(System.Logger.Level.WARNING, "{0} ({1}) timed out after {2}", function.name(), lambdaRequestId, timeout);
            return GatewayResponse.message(503, "Service Unavailable");
        } catch (ExecutionException e) {
            // Lambda logs the runtime's error document; the client learns nothing of it.
            if (e.getCause() instanceof LambdaFunctionException functionError) {
                LOG.log(System.Logger.Level.ERROR, "{0} ({1}) failed: {2}", function.name(), lambdaRequestId,
                        functionError.errorPayload());
            } else {
                LOG.log(System.Logger.Level.ERROR, function.name() + " (" + lambdaRequestId + ") failed", e.getCause());
            }
            return GatewayResponse.message(500, "Internal Server Error");
        } catch (MalformedResponseException e) {
            LOG.log(System.Logger.Level.ERROR, "{0} ({1}) returned a malformed response: {2}", function.name(),
                    lambdaRequestId, e.getMessage());
            return GatewayResponse.message(500, "Internal Server Error");
        } catch (InterruptedException e) {
            output.cancel(true);
            Thread.currentThread().interrupt();
            return GatewayResponse.message(503, "Service Unavailable");
        }
    }

    /** Shaped like API Gateway's request ids, e.g. {@code JKJaXmPLvHcESHA=}. */
    private static String apiRequestId() {
        byte[] random = new byte[11];
        RANDOM.nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }

    void shutdownInvocations() {
        invocations.shutdownNow();
    }

    /** A running gateway; closing it stops the server and the invocation threads. */
    public static final class Started implements AutoCloseable {
        private final HttpServer server;
        private final ExecutorService connections;
        private final LocalHttpApiGateway gateway;

        private Started(HttpServer server, ExecutorService connections, LocalHttpApiGateway gateway) {
            this.server = server;
            this.connections = connections;
            this.gateway = gateway;
        }

        public int port() {
            return server.getAddress().getPort();
        }

        /** e.g. {@code http://127.0.0.1:8080} (no trailing slash). */
        public URI uri() {
            return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + port());
        }

        public LocalHttpApiGateway gateway() {
            return gateway;
        }

        @Override
        public void close() {
            server.stop(0);
            connections.shutdownNow();
            gateway.shutdownInvocations();
        }
    }

    public static final class Builder {
        private final HttpApiDefinition api;
        private Path staticFolder;
        private Clock clock = Clock.systemUTC();
        private Duration integrationTimeout = DEFAULT_INTEGRATION_TIMEOUT;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private int invocationThreads = 8;
        private int queuedInvocations = 64;
        private String region = "eu-north-1";
        private String accountId = "123456789012";
        private String apiId = "local";
        private HttpClient httpClient;
        private Function<FunctionDefinition, JavaHandlerFunction> functions;

        private Builder(HttpApiDefinition api) {
            this.api = api;
        }

        /** The web client's folder (e.g. {@code web/}); it may not exist yet, then nothing static is served. */
        public Builder staticFiles(Path folder) {
            this.staticFolder = folder;
            return this;
        }

        /** The clock tokens' {@code exp}/{@code nbf} and the events' times are read from. */
        public Builder clock(Clock newClock) {
            this.clock = newClock;
            return this;
        }

        public Builder integrationTimeout(Duration timeout) {
            this.integrationTimeout = timeout;
            return this;
        }

        public Builder maxBodyBytes(long bytes) {
            this.maxBodyBytes = bytes;
            return this;
        }

        /** How many handler invocations run at once, and how many more may wait (beyond that: 429). */
        public Builder invocationThreads(int threads, int queued) {
            if (threads < 1 || queued < 0) {
                throw new IllegalArgumentException("Needs at least one invocation thread and a queue of zero or more");
            }
            this.invocationThreads = threads;
            this.queuedInvocations = queued;
            return this;
        }

        public Builder awsAccount(String newRegion, String newAccountId) {
            this.region = newRegion;
            this.accountId = newAccountId;
            return this;
        }

        /** {@code requestContext.apiId}. */
        public Builder apiId(String newApiId) {
            this.apiId = newApiId;
            return this;
        }

        /** The client the JWKS are fetched with; by default one with a short connect timeout. */
        public Builder httpClient(HttpClient client) {
            this.httpClient = client;
            return this;
        }

        /**
         * The invoker of each route's function, e.g. the very ones the ASL engine's registry holds. By default each
         * function's handler is made once, with its public no-arg constructor, as Lambda makes it.
         */
        public Builder functions(Function<FunctionDefinition, JavaHandlerFunction> invokers) {
            this.functions = invokers;
            return this;
        }

        /** Fails when a protected route's authorizer still lacks an issuer the runtime must supply. */
        public LocalHttpApiGateway build() {
            for (HttpApiRoute route : api.routes().routes()) {
                route.authorization().authorizerName().map(api.authorizers()::get).ifPresent(settings -> {
                    if (settings.issuer().startsWith(HttpApiDefinition.unresolved(""))) {
                        throw new IllegalStateException("Authorizer " + settings.name() + " of " + route.routeKey()
                                + " has no issuer; supply it with HttpApiDefinition.withAuthorizer");
                    }
                    if (settings.audience().isEmpty()) {
                        throw new IllegalStateException("Authorizer " + settings.name() + " of " + route.routeKey()
                                + " has no audience; supply its references in TemplateValues or withAuthorizer");
                    }
                });
            }
            if (httpClient == null) {
                httpClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            }
            if (functions == null) {
                Map<String, JavaHandlerFunction> loaded = new ConcurrentHashMap<>();
                functions = function -> loaded.computeIfAbsent(function.name(),
                        name -> JavaHandlerFunction.load(function.handlerClassName(), function.handlerMethodName()));
            }
            return new LocalHttpApiGateway(this);
        }
    }
}
