package dev.warden.server.iam;

import dev.warden.catalog.Action;
import dev.warden.catalog.Catalog;
import dev.warden.catalog.Service;
import dev.warden.core.audit.AuditEvent;
import dev.warden.core.audit.AuditLog;
import dev.warden.core.audit.SessionIssuer;
import dev.warden.core.audit.UserIdentity;
import dev.warden.core.model.ServiceLastAccessedJob;
import dev.warden.policy.document.Effect;
import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.Statement;
import dev.warden.server.iam.ServiceAccessScope.EntityInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A service last accessed report, read from the audit log: for every service the scope's
 * permissions policies allow (any action of it, by Action, or by NotAction leaving one out), the
 * newest attempt to call it by one of the scope's users or roles in the {@value #TRACKING_DAYS} days
 * before the job completed, and how many of them tried. Every authenticated attempt counts, allowed
 * or denied, as in AWS. Warden audits every call, so with ACTION_LEVEL every service's actions are
 * tracked (AWS tracks actions of a few services only); only actions the catalogue knows are listed.
 */
final class ServiceLastAccessedReport {

    static final int TRACKING_DAYS = 400;
    private static final String AWS_SOURCE_SUFFIX = ".amazonaws.com";

    /** The newest attempt: when, by which user or role, in which region (null when the call named none). */
    record Attempt(Instant time, String entityArn, String region) {}

    record TrackedAction(String actionName, Attempt last) {}

    /** One ServiceLastAccessed member; {@code last} null when no one in scope tried the service. */
    record ServiceAccess(String serviceName, String namespace, Attempt last, int totalEntities,
            List<TrackedAction> trackedActions) {}

    /** One EntityDetails member; {@code lastAuthenticated} null when the entity never tried the service. */
    record EntityAccess(EntityInfo entity, Instant lastAuthenticated) {}

    private final ServiceAccessScope scope;
    private final List<ServiceAccess> services;
    private final Map<String, Map<String, Instant>> lastByServiceAndEntity;

    private ServiceLastAccessedReport(ServiceAccessScope scope, List<ServiceAccess> services,
            Map<String, Map<String, Instant>> lastByServiceAndEntity) {
        this.scope = scope;
        this.services = List.copyOf(services);
        this.lastByServiceAndEntity = lastByServiceAndEntity;
    }

    static ServiceLastAccessedReport compute(ServiceLastAccessedJob job, ServiceAccessScope scope, Catalog catalog,
            AuditLog audit) {
        Usage usage = new Usage();
        Instant to = job.completedAt().plusMillis(1);
        audit.forEach(to.minus(Duration.ofDays(TRACKING_DAYS)), to, scope.userOnly(), event -> {
            String entity = entityOf(event, scope);
            String namespace = namespaceOf(event);
            if (entity != null && namespace != null) {
                usage.add(namespace, event.eventName(), new Attempt(event.eventTime(), entity, event.awsRegion()));
            }
        });
        boolean actionLevel = job.granularity() == ServiceLastAccessedJob.Granularity.ACTION_LEVEL;
        List<ServiceAccess> services = new ArrayList<>();
        for (String namespace : allowedServices(scope.policies(), catalog)) {
            Service service = catalog.service(namespace).orElseThrow();
            List<TrackedAction> tracked = !actionLevel ? null
                    : usage.lastByAction.getOrDefault(namespace, Map.of()).entrySet().stream()
                            .filter(e -> service.action(e.getKey()).isPresent())
                            .map(e -> new TrackedAction(service.action(e.getKey()).get().name(), e.getValue()))
                            .sorted(Comparator.comparing(TrackedAction::actionName))
                            .toList();
            services.add(new ServiceAccess(service.name(), namespace, usage.lastByService.get(namespace),
                    usage.entitiesByService.getOrDefault(namespace, Map.of()).size(), tracked));
        }
        return new ServiceLastAccessedReport(scope, services, usage.entitiesByService);
    }

    /** Sorted by namespace. */
    List<ServiceAccess> services() {
        return services;
    }

    /** The scope's users and roles for one service: most recent attempt first, then those that never tried, by ARN. */
    List<EntityAccess> entities(String namespace) {
        Map<String, Instant> last = lastByServiceAndEntity.getOrDefault(namespace, Map.of());
        return scope.entities().values().stream()
                .map(entity -> new EntityAccess(entity, last.get(entity.arn())))
                .sorted(Comparator.comparing(EntityAccess::lastAuthenticated,
                                Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(a -> a.entity().arn()))
                .toList();
    }

    /** Events come newest first, so the first attempt seen for a key is its newest. */
    private static final class Usage {
        final Map<String, Attempt> lastByService = new HashMap<>();
        final Map<String, Map<String, Attempt>> lastByAction = new HashMap<>();
        final Map<String, Map<String, Instant>> entitiesByService = new HashMap<>();

        void add(String namespace, String action, Attempt attempt) {
            lastByService.putIfAbsent(namespace, attempt);
            if (action != null) {
                lastByAction.computeIfAbsent(namespace, n -> new TreeMap<>(String.CASE_INSENSITIVE_ORDER))
                        .putIfAbsent(action, attempt);
            }
            entitiesByService.computeIfAbsent(namespace, n -> new LinkedHashMap<>())
                    .putIfAbsent(attempt.entityArn(), attempt.time());
        }
    }

    /** The scope's user that made the call, or the scope's role whose session did; null for anyone else. */
    private static String entityOf(AuditEvent event, ServiceAccessScope scope) {
        UserIdentity identity = event.userIdentity();
        if (identity == null || identity.arn() == null) {
            return null;
        }
        if ("IAMUser".equals(identity.type()) && scope.entities().containsKey(identity.arn())) {
            return identity.arn();
        }
        SessionIssuer issuer = identity.sessionContext() == null ? null : identity.sessionContext().sessionIssuer();
        if (issuer != null && "Role".equals(issuer.type()) && scope.entities().containsKey(issuer.arn())) {
            return issuer.arn();
        }
        return null;
    }

    /** {@code iam.amazonaws.com} → {@code iam}. */
    private static String namespaceOf(AuditEvent event) {
        String source = event.eventSource();
        if (source == null || !source.endsWith(AWS_SOURCE_SUFFIX)) {
            return null;
        }
        return source.substring(0, source.length() - AWS_SOURCE_SUFFIX.length());
    }

    /** The services for which some Allow statement grants at least one action (any resource, any condition). */
    static SortedSet<String> allowedServices(List<PolicyDocument> policies, Catalog catalog) {
        SortedSet<String> allowed = new TreeSet<>();
        for (PolicyDocument policy : policies) {
            for (Statement statement : policy.statements()) {
                if (statement.effect() != Effect.ALLOW) {
                    continue;
                }
                if (!statement.action().negated()) {
                    statement.action().values().forEach(p -> catalog.expand(p).forEach(a -> allowed.add(a.service())));
                    continue;
                }
                Set<String> excluded = statement.action().values().stream()
                        .flatMap(p -> catalog.expand(p).stream()).map(Action::fullName)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                for (Service service : catalog.services()) {
                    if (service.actions().stream().anyMatch(a -> !excluded.contains(a.fullName()))) {
                        allowed.add(service.prefix());
                    }
                }
            }
        }
        return allowed;
    }
}
