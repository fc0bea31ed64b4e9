package dev.warden.server.app;

import dev.warden.catalog.Catalog;
import dev.warden.catalog.ManagedPolicies;
import dev.warden.core.audit.AuditLog;
import dev.warden.core.error.IamException;
import dev.warden.core.home.AwsCliProfile;
import dev.warden.core.home.WardenHome;
import dev.warden.core.home.WardenHomeSettings;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.ManagedPolicyDirectory;
import dev.warden.core.iam.PolicyDocumentCheck;
import dev.warden.core.model.SamlProvider;
import dev.warden.core.store.IamChangeFeed;
import dev.warden.policy.eval.Authorizer;
import dev.warden.server.QueryHandler;
import dev.warden.server.RequestMetrics;
import dev.warden.server.WardenServer;
import dev.warden.server.audit.AuditLogSink;
import dev.warden.server.authz.AssumeRoleTrust;
import dev.warden.server.authz.AuthorizationMessages;
import dev.warden.server.authz.EngineAuthorizer;
import dev.warden.server.authz.IamRequestTargets;
import dev.warden.server.authz.PolicyDocuments;
import dev.warden.server.authz.PolicyGeneration;
import dev.warden.server.authz.PrincipalPolicyCache;
import dev.warden.server.authz.PrincipalPolicyLoader;
import dev.warden.server.authz.RoleCache;
import dev.warden.server.authz.ServiceActionAuthorizer;
import dev.warden.server.authz.SamlTrust;
import dev.warden.server.authz.WebIdentityTrust;
import dev.warden.server.iam.CatalogManagedPolicies;
import dev.warden.server.iam.EnginePolicyDocumentCheck;
import dev.warden.server.iam.IamApiContext;
import dev.warden.server.iam.IamQueryHandlers;
import dev.warden.server.oidc.CoreOidcProviders;
import dev.warden.server.oidc.OutboundDiscoveryRoutes;
import dev.warden.server.oidc.OutboundIssuer;
import dev.warden.server.oidc.OidcProviderDirectory;
import dev.warden.server.oidc.WebIdentityTokenVerifier;
import dev.warden.server.saml.SamlResponseVerifier;
import dev.warden.server.principal.CoreCredentialStore;
import dev.warden.server.principal.LastUseRecorder;
import dev.warden.server.principal.LastUseSaver;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.query.QueryService;
import dev.warden.server.sts.StsQueryHandlers;
import dev.warden.server.workload.ImdsTokens;
import dev.warden.server.workload.MintAudit;
import dev.warden.server.workload.WorkloadChecks;
import dev.warden.server.workload.WorkloadEndpoints;
import dev.warden.server.workload.WorkloadRegistry;
import dev.warden.server.workload.WorkloadSessions;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warden assembled: the home (store, IAM core, STS token service, audit log), the HTTP server with
 * the core-backed credential store, the STS and IAM handlers, the policy-engine authorizer and the
 * audit-log sink. On first start the home gets the account, the {@code admin} user and the
 * {@code warden} AWS CLI profile; the profile's endpoint always names the port actually bound.
 *
 * <p>On PostgreSQL several apps ("nodes", each with its own home and the same master key) may serve
 * one account from one database: session tokens sealed by one are accepted by all, and IAM changes
 * made through any of them reach the others' policy caches through the store's change feed within
 * its staleness bound.
 */
public final class WardenApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WardenApp.class);

    private final WardenHome home;
    private final WardenServer<WardenPrincipal> server;
    private final PolicyGeneration generation;
    private final Optional<IamChangeFeed> changeFeed;
    private final LastUseSaver keyUses;
    private final LastUseSaver roleUses;

    private WardenApp(WardenHome home, WardenServer<WardenPrincipal> server, PolicyGeneration generation,
            Optional<IamChangeFeed> changeFeed, LastUseSaver keyUses, LastUseSaver roleUses) {
        this.home = home;
        this.server = server;
        this.generation = generation;
        this.changeFeed = changeFeed;
        this.keyUses = keyUses;
        this.roleUses = roleUses;
    }

    public static WardenApp start(WardenAppSettings settings) {
        Catalog.preloadInBackground();
        ManagedPolicies.preloadInBackground();
        WardenHomeSettings homeSettings = WardenHomeSettings.defaults(settings.home())
                .withPort(settings.port())
                .withClock(settings.clock())
                .withPolicyCheck(policyCheck(), awsManagedPolicies());
        if (settings.accountId() != null) {
            homeSettings = homeSettings.withAccountId(settings.accountId());
        }
        homeSettings = homeSettings.withStore(settings.store());
        if (settings.operatorMasterKey() != null) {
            homeSettings = homeSettings.withOperatorMasterKey(settings.operatorMasterKey());
        }
        WardenHome home = WardenHome.open(homeSettings);
        Optional<IamChangeFeed> changeFeed = Optional.empty();
        LastUseSaver keyUses = LastUseSaver.start("access keys", home.iam().accessKeys()::saveNotedUses,
                LastUseSaver.DEFAULT_INTERVAL);
        LastUseSaver roleUses = LastUseSaver.start("roles", home.iam().roleUses()::saveNotedUses,
                LastUseSaver.DEFAULT_INTERVAL);
        try {
            PolicyGeneration generation = new PolicyGeneration();
            // Other nodes (PostgreSQL) and Warden's own CLI (SQLite) change IAM too: their changes arrive
            // through the feed, and while the feed cannot vouch for being current nothing compiled is reused.
            changeFeed = home.store().watchIamChanges(generation::advance);
            changeFeed.ifPresent(feed -> generation.trustOnlyWhile(feed::isCurrent));
            boolean keysCacheable = changeFeed.map(IamChangeFeed::reportsAccessKeyChanges).orElse(true);
            AtomicInteger boundPort = new AtomicInteger(settings.port());
            OutboundIssuer issuer = new OutboundIssuer(
                    () -> issuerBase(settings.publicUrl(), settings.host(), boundPort.get()));
            WardenServer<WardenPrincipal> server = server(settings, home, generation, keysCacheable, issuer).start();
            boundPort.set(server.port());
            AwsCliProfile.writeConfig(home.home(), server.port());
            LOG.info("Warden listening on http://{}:{} (account {}, home {}, data in {})", settings.host(),
                    server.port(), home.accountId(), home.home(), settings.store().describe(home.home()));
            changeFeed.ifPresent(feed -> LOG.info("IAM changes made by other processes apply here within {} ms",
                    feed.stalenessBound().toMillis()));
            return new WardenApp(home, server, generation, changeFeed, keyUses, roleUses);
        } catch (IOException e) {
            stopAfterFailedStart(home, changeFeed, keyUses, roleUses);
            throw new UncheckedIOException("cannot write the AWS CLI profile in " + home.home(), e);
        } catch (RuntimeException e) {
            stopAfterFailedStart(home, changeFeed, keyUses, roleUses);
            throw e;
        }
    }

    private static void stopAfterFailedStart(WardenHome home, Optional<IamChangeFeed> changeFeed,
            LastUseSaver keyUses, LastUseSaver roleUses) {
        keyUses.close();
        roleUses.close();
        home.audit().close();
        changeFeed.ifPresent(IamChangeFeed::close);
        home.close();
    }

    /**
     * @param keysCacheable every key change reaches this process's policy generation (made here, or
     *     reported by a change feed that covers access keys, as SQLite's does), so resolved access keys
     *     may be cached under it
     */
    private static WardenServer<WardenPrincipal> server(WardenAppSettings settings, WardenHome home,
            PolicyGeneration generation, boolean keysCacheable, OutboundIssuer issuer) {
        Iam iam = home.iam();
        Authorizer engine = new Authorizer();
        PolicyDocuments documents = PolicyDocuments.withEmbeddedCatalog();
        PrincipalPolicyLoader loader = new PrincipalPolicyLoader(iam, documents);
        WebIdentityTokenVerifier webIdentityTokens = new WebIdentityTokenVerifier(oidcProviders(iam));
        SamlResponseVerifier samlResponses = new SamlResponseVerifier(samlProviders(iam));
        RoleCache roles = new RoleCache(iam, generation);
        PrincipalPolicyCache principalPolicies = new PrincipalPolicyCache(loader, generation);
        AuthorizationMessages authorizationMessages = new AuthorizationMessages(home.authorizationMessages());
        EngineAuthorizer authorizer = new EngineAuthorizer(principalPolicies,
                new IamRequestTargets(iam, Catalog.get()),
                new AssumeRoleTrust(iam, roles::findRoleByArn, documents, engine),
                new WebIdentityTrust(iam, documents, engine, webIdentityTokens),
                Optional.of(new SamlTrust(iam, documents, engine, samlResponses)), engine, authorizationMessages);

        Map<String, QueryHandler<WardenPrincipal>> iamHandlers = IamQueryHandlers.create(
                new IamApiContext(iam, home.accountId(), settings.clock(), Catalog.get(), home.audit()), issuer);
        CoreCredentialStore credentials = keysCacheable
                ? CoreCredentialStore.cachingLongTermKeys(iam, home.sessions(), generation::current)
                : new CoreCredentialStore(iam, home.sessions());
        AuditLogSink auditSink = new AuditLogSink(home.audit());
        WorkloadEndpoints workloads = workloads(settings, home, principalPolicies, documents,
                engine, authorizer, auditSink);
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Gauge.builder("warden.audit.records.lost", home.audit(), AuditLog::lostRecords)
                .description("Audit records given up after every write attempt failed (each logged at ERROR)")
                .register(meters);
        // The JVM's own gauges, so /metrics says something useful before the first request.
        new io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics().bindTo(meters);
        new io.micrometer.core.instrument.binder.jvm.JvmGcMetrics().bindTo(meters);
        new io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics().bindTo(meters);
        new io.micrometer.core.instrument.binder.system.ProcessorMetrics().bindTo(meters);
        new io.micrometer.core.instrument.binder.system.UptimeMetrics().bindTo(meters);
        ServiceEndpoints serviceEndpoints = new ServiceEndpoints(home.home(), credentials, settings.clock(),
                new ServiceActionAuthorizer(principalPolicies, documents, engine, authorizationMessages), auditSink,
                new RequestMetrics(meters));
        return serviceEndpoints.addTo(WardenServer.builder(credentials))
                .meterRegistry(meters)
                .host(settings.host())
                .port(settings.port())
                .clock(settings.clock())
                .handlers(StsQueryHandlers.create(iam, roles::findRoleByArn, home.sessions(), loader::managedDocument,
                        webIdentityTokens, samlResponses, home.authorizationMessages(), issuer,
                        principal -> principalPolicies.get(principal).principalTags()))
                .handlers(Map.of(QueryService.IAM.signingName(), PolicyChangeTracking.wrap(iamHandlers, generation)))
                .authorizer(new LastUseRecorder(iam, authorizer))
                .auditSink(auditSink)
                .routes(workloads)
                .routes(new OutboundDiscoveryRoutes<>(issuer, iam.outboundFederation()::publicKeys))
                .build();
    }

    /**
     * The address outbound web identity tokens name as their issuer: the configured public URL, else
     * the one Warden listens on, with loopback for a wildcard bind (a wildcard is no address a
     * verifier could fetch keys from).
     */
    static String issuerBase(String publicUrl, String host, int port) {
        if (publicUrl != null) {
            return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        }
        String reachable = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]") ? "127.0.0.1" : host;
        String bracketed = reachable.contains(":") && !reachable.startsWith("[") ? "[" + reachable + "]" : reachable;
        return "http://" + bracketed + ":" + port;
    }

    /**
     * Issue #6: workloads that get role sessions from this node (container credentials and IMDS),
     * kept in memory, at most {@link WorkloadRegistry#DEFAULT_CAPACITY} for at most
     * {@link WorkloadRegistry#DEFAULT_LIFETIME} each.
     */
    private static WorkloadEndpoints workloads(WardenAppSettings settings, WardenHome home,
            PrincipalPolicyCache policies, PolicyDocuments documents, Authorizer engine, EngineAuthorizer authorizer,
            AuditLogSink auditSink) {
        Iam iam = home.iam();
        SecureRandom random = new SecureRandom();
        WorkloadChecks checks = new WorkloadChecks(iam, policies, documents, engine, authorizer);
        WorkloadSessions sessions = new WorkloadSessions(iam, home.sessions(), checks, settings.clock(),
                new MintAudit(auditSink, settings.clock()));
        return new WorkloadEndpoints(iam, new WorkloadRegistry(WorkloadRegistry.DEFAULT_CAPACITY,
                WorkloadRegistry.DEFAULT_LIFETIME), checks, sessions, new ImdsTokens(random), auditSink,
                settings.clock(), random);
    }

    /** The account's IAM OIDC providers, for AssumeRoleWithWebIdentity. */
    private static OidcProviderDirectory oidcProviders(Iam iam) {
        return new CoreOidcProviders(iam);
    }

    /** The account's IAM SAML providers by ARN, for AssumeRoleWithSAML; empty when there is no such provider. */
    private static Function<String, Optional<SamlProvider>> samlProviders(Iam iam) {
        return arn -> {
            try {
                return Optional.of(iam.samlProviders().getSamlProvider(arn));
            } catch (IamException e) {
                return Optional.empty();
            }
        };
    }

    /** Policy documents are validated by the engine's parser before the core stores them. */
    private static PolicyDocumentCheck policyCheck() {
        return new EnginePolicyDocumentCheck();
    }

    /** AWS managed policies exist when the embedded catalogue has them. */
    private static ManagedPolicyDirectory awsManagedPolicies() {
        return new CatalogManagedPolicies();
    }

    /** The bound port (the real one when started with port 0). */
    public int port() {
        return server.port();
    }

    public WardenHome home() {
        return home;
    }

    public Path homeDirectory() {
        return home.home();
    }

    /**
     * Call after changing IAM through {@link #home()} directly (not through the API): cached compiled
     * policies are dropped. The API's IAM write handlers do this themselves; other nodes sharing a
     * PostgreSQL database learn of either kind of change through the database's change feed.
     */
    public void iamChanged() {
        generation.advance();
    }

    /**
     * Stops serving, then stores what the background writers still hold (key and role last-used, audit
     * records) before the store closes.
     */
    @Override
    public void close() {
        try {
            server.close();
        } finally {
            try {
                keyUses.close();
                roleUses.close();
                home.audit().close();
            } finally {
                try {
                    changeFeed.ifPresent(IamChangeFeed::close);
                } finally {
                    home.close();
                }
            }
        }
    }
}
