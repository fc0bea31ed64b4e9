package dev.warden.server;

import dev.warden.server.auth.CredentialStore;
import dev.warden.server.auth.SigV4Verifier;
import dev.warden.server.auth.SigningKeyCache;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.error.BadHttpMessageHandler;
import dev.warden.server.error.BadMessageAnswer;
import dev.warden.server.error.ErrorResponses;
import dev.warden.server.error.RejectedRequest;
import dev.warden.server.error.UnexpectedErrorHandler;
import dev.warden.server.error.UnroutedRequestHandler;
import dev.warden.server.query.QueryService;
import dev.warden.server.sts.GetCallerIdentityHandler;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Warden's HTTP server: the AWS Query endpoint for IAM and STS on any path ({@code GET} and
 * {@code POST}), {@code GET /health} and {@code GET /metrics} (Prometheus text). Requests signed for
 * another service with an endpoint of its own ({@link Builder#serviceEndpoint}) go there instead.
 *
 * <p>Binds to 127.0.0.1 unless told otherwise; port 0 picks a free port, see {@link #port()}.
 */
public final class WardenServer<P> implements AutoCloseable {
    private static final int ACCEPT_QUEUE_SIZE = 1024;

    /**
     * Jetty's default is 8 KiB; session tokens are opaque and can be long (iam-semantics.md §6.4),
     * so Warden allows 32 KiB of headers. Beyond that Jetty answers 431, shaped as an AWS error.
     */
    public static final int MAX_REQUEST_HEADER_BYTES = 32 * 1024;
    /** Javalin's copy buffer for a result (see where it is set); Query answers are mostly under 4 KB. */
    static final int RESULT_COPY_BUFFER_BYTES = 4096;

    private static final String HEALTH_BODY = "{\"status\":\"ok\"}";

    private final Javalin app;
    private final String host;
    private final int requestedPort;

    private WardenServer(Builder<P> builder) {
        this.host = builder.host;
        this.requestedPort = builder.port;
        PrometheusMeterRegistry meters = builder.meterRegistry;
        SigV4Verifier<P> verifier = new SigV4Verifier<>(builder.credentials, builder.clock, new SigningKeyCache());
        HandlerRegistry<P> registry = new HandlerRegistry<>(builder.handlers);
        if (builder.authorizer instanceof UnenforcedAllowAllAuthorizer<P> unenforced) {
            unenforced.warnAtStart();
        }
        QueryEndpoint<P> query = new QueryEndpoint<>(verifier, registry, builder.authorizer, builder.audit,
                new RequestMetrics(meters), builder.clock, builder.maxBodyBytes);
        String fallbackNamespace = QueryService.IAM.xmlNamespace();
        Map<String, BadMessageAnswer> badMessageAnswers = Map.copyOf(builder.badMessageAnswers);
        Function<RejectedRequest, Optional<BadMessageAnswer>> answerFor = rejected -> badMessageAnswer(
                badMessageAnswers, rejected);

        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = builder.maxBodyBytes;
            // IAM/STS answers are small XML documents on loopback or a LAN; compressing them cost ~10 %
            // of the CPU per request under load (JFR) for no gain.
            // Without compressors, Javalin still matched every answer's content type against its list
            // of excluded types (case-insensitive substring search, ~4 % of a request's CPU under load):
            // an empty list ends that at the first test.
            CompressionStrategy noCompression = new CompressionStrategy();
            noCompression.setExcludedMimeTypes(List.of());
            config.http.customCompression(noCompression);
            // Javalin copies each result through a fresh buffer of this size, by default Jetty's output
            // buffer (32 KB): two thirds of all bytes allocated under load (JFR allocation samples) for
            // answers of a few hundred bytes. Larger results are copied in several steps, unchanged.
            config.http.responseBufferSize = RESULT_COPY_BUFFER_BYTES;
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
                // Jetty's header cache matches common values case-insensitively and hands back its own
                // spelling ("charset=UTF-8" for the clients' "charset=utf-8"), which breaks SigV4:
                // signed header values must reach the verifier byte for byte.
                http.setHeaderCacheCaseSensitive(true);
                // Jetty builds a header cache per connection (a 96 KB table at its default of 1,024
                // entries) from the second request on. Clients that open many connections (the JDK's
                // HttpClient under 1,000 AssumeRole calls/s opened hundreds) filled the heap with
                // these tables and the server spent its time in full GCs (class histogram, JFR old
                // object samples). SigV4 headers differ in every request, so there is little to cache.
                http.setHeaderCacheSize(0);
                http.setSendServerVersion(false);
                // S3 object keys may hold "..", "%2F" and empty segments; paths are never mapped to
                // files (keys are hashed, IAM and STS ignore the path), so Jetty passes them on as sent.
                http.setUriCompliance(UriCompliance.UNSAFE);
            });
            AtomicReference<Server> jetty = new AtomicReference<>();
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new BadHttpMessageHandler(fallbackNamespace, answerFor));
                jetty.set(server);
            });
            // Jetty listens with an accept backlog of 50: a burst of new connections beyond that (many
            // SDK clients refreshing at once, a load generator opening connections) is dropped by the
            // kernel and retried by the client a second later, which shows as one-second tails.
            config.events.serverStarting(() -> {
                for (var connector : jetty.get().getConnectors()) {
                    if (connector instanceof ServerConnector serverConnector) {
                        serverConnector.setAcceptQueueSize(ACCEPT_QUEUE_SIZE);
                    }
                }
            });
            config.jetty.modifyServletContextHandler(
                    context -> context.setErrorHandler(new BadHttpMessageHandler(fallbackNamespace, answerFor)));
        });
        app.get("/health", ctx -> ctx.contentType("application/json").result(HEALTH_BODY));
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(meters.scrape()));
        Map<String, Handler> endpoints = Map.copyOf(builder.serviceEndpoints);
        builder.routes.forEach(routes -> routes.addTo(app, verifier));
        for (String path : new String[] {"/", "/*"}) {
            for (HandlerType method : new HandlerType[] {HandlerType.GET, HandlerType.POST, HandlerType.PUT,
                    HandlerType.PATCH, HandlerType.DELETE, HandlerType.HEAD, HandlerType.OPTIONS}) {
                boolean queryMethod = method == HandlerType.GET || method == HandlerType.POST;
                app.addHttpHandler(method, path, ctx -> {
                    Handler other = RequestSigningService.of(ctx.req()).map(endpoints::get).orElse(null);
                    if (other != null) {
                        other.handle(ctx);
                    } else if (queryMethod) {
                        query.handle(ctx);
                    } else {
                        ErrorResponses.send(ctx, fallbackNamespace, UUID.randomUUID().toString(),
                                AwsErrorCode.METHOD_NOT_ALLOWED,
                                "The HTTP method " + method + " is not allowed; IAM and STS take GET and POST.");
                    }
                });
            }
        }
        app.exception(HttpResponseException.class, new UnroutedRequestHandler(fallbackNamespace));
        app.exception(Exception.class, new UnexpectedErrorHandler(fallbackNamespace));
    }

    public static <P> Builder<P> builder(CredentialStore<P> credentials) {
        return new Builder<>(credentials);
    }

    /** Starts listening; returns this for chaining. */
    public WardenServer<P> start() {
        app.start(host, requestedPort);
        return this;
    }

    /** The bound port (the real one when started with port 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    /**
     * The answer of the service a rejected request was signed for, as routing would choose it; without
     * a credential scope, of a service that recognises the request by its shape. Empty means IAM/STS.
     */
    static Optional<BadMessageAnswer> badMessageAnswer(Map<String, BadMessageAnswer> answers, RejectedRequest rejected) {
        Optional<String> service = RequestSigningService.of(rejected.authorizationHeader().orElse(null),
                rejected.query().orElse(null));
        if (service.isPresent()) {
            return Optional.ofNullable(answers.get(service.get()));
        }
        return answers.values().stream().filter(answer -> answer.claims(rejected)).findFirst();
    }

    /** Configuration of a {@link WardenServer}. */
    public static final class Builder<P> {

        private final CredentialStore<P> credentials;
        private final Map<String, Map<String, QueryHandler<P>>> handlers = new LinkedHashMap<>();
        private String host = "127.0.0.1";
        private int port = 0;
        private Clock clock = Clock.systemUTC();
        private RequestAuthorizer<P> authorizer = new UnenforcedAllowAllAuthorizer<>();
        private AuditSink audit = new LogOnlyAuditSink();
        private PrometheusMeterRegistry meterRegistry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        private int maxBodyBytes = RequestBody.DEFAULT_MAX_BYTES;
        private final Map<String, Handler> serviceEndpoints = new LinkedHashMap<>();
        private final Map<String, BadMessageAnswer> badMessageAnswers = new LinkedHashMap<>();
        private final List<ServerRoutes<P>> routes = new ArrayList<>();

        private Builder(CredentialStore<P> credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            handler(QueryService.STS.signingName(), GetCallerIdentityHandler.ACTION, new GetCallerIdentityHandler<>());
        }

        public Builder<P> host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** 0 (the default) binds a free port. */
        public Builder<P> port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        public Builder<P> clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Adds or replaces the handler of {@code service} ({@code iam}/{@code sts}) and {@code action}. */
        public Builder<P> handler(String service, String action, QueryHandler<P> handler) {
            handlers.computeIfAbsent(service, s -> new LinkedHashMap<>()).put(action, Objects.requireNonNull(handler));
            return this;
        }

        /** Adds every handler of a registry map (service → action → handler). */
        public Builder<P> handlers(Map<String, Map<String, QueryHandler<P>>> more) {
            more.forEach((service, actions) -> actions.forEach((action, h) -> handler(service, action, h)));
            return this;
        }

        public Builder<P> authorizer(RequestAuthorizer<P> authorizer) {
            this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
            return this;
        }

        public Builder<P> auditSink(AuditSink audit) {
            this.audit = Objects.requireNonNull(audit, "audit");
            return this;
        }

        public Builder<P> meterRegistry(PrometheusMeterRegistry registry) {
            this.meterRegistry = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /** Largest accepted request body; see {@link RequestBody#DEFAULT_MAX_BYTES} for the default. */
        public Builder<P> maxBodyBytes(int maxBodyBytes) {
            if (maxBodyBytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
            }
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /**
         * Requests signed for {@code signingName} (their credential scope's service, e.g. {@code s3})
         * go to {@code endpoint} instead of the Query pipeline, whatever their method and path.
         */
        public Builder<P> serviceEndpoint(String signingName, Handler endpoint) {
            serviceEndpoints.put(Objects.requireNonNull(signingName), Objects.requireNonNull(endpoint));
            return this;
        }

        /**
         * As {@link #serviceEndpoint(String, Handler)}, with the service's own wording for requests Jetty
         * rejects before routing (header section too large, undecodable path, malformed message).
         */
        public Builder<P> serviceEndpoint(String signingName, Handler endpoint, BadMessageAnswer badMessages) {
            serviceEndpoint(signingName, endpoint);
            badMessageAnswers.put(signingName, Objects.requireNonNull(badMessages));
            return this;
        }

        /** Adds routes served before the Query endpoint (e.g. the workload credential endpoints). */
        public Builder<P> routes(ServerRoutes<P> more) {
            routes.add(Objects.requireNonNull(more, "routes"));
            return this;
        }

        public WardenServer<P> build() {
            return new WardenServer<>(this);
        }
    }
}
