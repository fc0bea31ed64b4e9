package dev.warden.server.iam;

import dev.warden.catalog.ManagedPolicies;
import dev.warden.core.iam.IamInputRules;
import dev.warden.core.iam.ServiceLastAccessedJobService;
import dev.warden.core.model.ServiceLastAccessedJob;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.xml.XmlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The service last accessed ("access advisor") actions. GenerateServiceLastAccessedDetails checks
 * the entity and records the job, which is COMPLETED at once; the Get calls compute the report from
 * the audit log up to the job's completion (see {@link ServiceLastAccessedReport}) for the scope as
 * it is when they are called. Lists page by position: the marker is the index of the next item.
 * ListPoliciesGrantingServiceAccess names, per requested service, the entity's permissions policies
 * that allow some action of it (the report's rule), all in one page.
 */
final class ServiceLastAccessedActions {

    private static final String COMPLETED = "COMPLETED";
    private static final int MAX_SERVICE_NAMESPACES = 200;
    private static final Pattern SERVICE_NAMESPACE = Pattern.compile("[\\w-]*");

    private ServiceLastAccessedActions() {}

    static void register(ActionTable table, IamApiContext context) {
        ServiceLastAccessedJobService jobs = context.iam().serviceLastAccessedJobs();
        PrincipalPolicySource principals = new PrincipalPolicySource(context.iam(),
                new EnginePolicyDocumentCheck(context.iam().context().quotas()), ManagedPolicies.get());
        registerPoliciesGrantingServiceAccess(table, context, principals);
        table.add("GenerateServiceLastAccessedDetails", r -> {
            String arn = r.required("Arn");
            String granularity = r.optionalEnum("Granularity", List.of("SERVICE_LEVEL", "ACTION_LEVEL"));
            ServiceAccessScope.of(arn, context.iam(), principals);
            ServiceLastAccessedJob job = jobs.generate(arn, granularity, r.principal().caller().principalArn());
            return xml -> xml.element("JobId", job.jobId());
        });
        table.add("GetServiceLastAccessedDetails", r -> {
            ServiceLastAccessedJob job = jobs.find(r.required("JobId"), r.principal().caller().principalArn());
            int maxItems = IamInputRules.maxItems(r.optionalInt("MaxItems"));
            int start = start(r.optional("Marker"));
            ServiceLastAccessedReport report = report(job, context, principals);
            List<ServiceLastAccessedReport.ServiceAccess> page = window(report.services(), start, maxItems);
            boolean truncated = start + page.size() < report.services().size();
            return xml -> {
                xml.element("JobStatus", COMPLETED)
                        .element("JobType", job.granularity().name())
                        .element("JobCreationDate", job.createdAt());
                xml.list("ServicesLastAccessed", page, ServiceLastAccessedActions::writeService);
                xml.element("JobCompletionDate", job.completedAt());
                PageXml.write(xml, truncated, truncated ? ListMarker.encode(Integer.toString(start + page.size())) : null);
            };
        });
        table.add("GetServiceLastAccessedDetailsWithEntities", r -> {
            ServiceLastAccessedJob job = jobs.find(r.required("JobId"), r.principal().caller().principalArn());
            String namespace = r.required("ServiceNamespace");
            int maxItems = IamInputRules.maxItems(r.optionalInt("MaxItems"));
            int start = start(r.optional("Marker"));
            List<ServiceLastAccessedReport.EntityAccess> all = report(job, context, principals).entities(namespace);
            List<ServiceLastAccessedReport.EntityAccess> page = window(all, start, maxItems);
            boolean truncated = start + page.size() < all.size();
            return xml -> {
                xml.element("JobStatus", COMPLETED)
                        .element("JobCreationDate", job.createdAt())
                        .element("JobCompletionDate", job.completedAt());
                xml.list("EntityDetailsList", page, (x, access) -> {
                    ServiceAccessScope.EntityInfo entity = access.entity();
                    x.start("EntityInfo")
                            .element("Arn", entity.arn())
                            .element("Name", entity.name())
                            .element("Type", entity.type())
                            .element("Id", entity.id())
                            .element("Path", entity.path())
                            .end();
                    if (access.lastAuthenticated() != null) {
                        x.element("LastAuthenticated", access.lastAuthenticated());
                    }
                });
                PageXml.write(xml, truncated, truncated ? ListMarker.encode(Integer.toString(start + page.size())) : null);
            };
        });
    }

    /** One policy of the entity with the services it allows. */
    private record GrantingPolicy(PrincipalPolicySource.Origin origin, Set<String> services) {}

    private static void registerPoliciesGrantingServiceAccess(ActionTable table, IamApiContext context,
            PrincipalPolicySource principals) {
        table.add("ListPoliciesGrantingServiceAccess", r -> {
            PrincipalPolicySource.Entity entity = principals.entity(r.required("Arn"));
            List<String> namespaces = r.requiredStrings("ServiceNamespaces");
            if (namespaces.isEmpty() || namespaces.size() > MAX_SERVICE_NAMESPACES) {
                throw new AwsError(AwsErrorCode.INVALID_INPUT, "ServiceNamespaces must name 1 to "
                        + MAX_SERVICE_NAMESPACES + " services.");
            }
            for (String namespace : namespaces) {
                if (namespace.isEmpty() || namespace.length() > 64 || !SERVICE_NAMESPACE.matcher(namespace).matches()) {
                    throw new AwsError(AwsErrorCode.INVALID_INPUT, "Invalid service namespace " + namespace + ".");
                }
            }
            List<GrantingPolicy> policies = new ArrayList<>();
            principals.addTo((document, type, source, origin) -> policies.add(new GrantingPolicy(origin,
                    ServiceLastAccessedReport.allowedServices(List.of(document), context.catalog()))), entity, false);
            return xml -> {
                xml.list("PoliciesGrantingServiceAccess", namespaces, (x, namespace) -> {
                    x.element("ServiceNamespace", namespace);
                    x.list("Policies", policies.stream().filter(p -> p.services().contains(namespace)).toList(),
                            (y, policy) -> {
                                PrincipalPolicySource.Origin origin = policy.origin();
                                y.element("PolicyName", origin.policyName())
                                        .element("PolicyType", origin.policyArn() == null ? "INLINE" : "MANAGED");
                                if (origin.policyArn() != null) {
                                    y.element("PolicyArn", origin.policyArn());
                                } else {
                                    y.element("EntityType", origin.entityType())
                                            .element("EntityName", origin.entityName());
                                }
                            });
                });
                xml.element("IsTruncated", false);
            };
        });
    }

    private static ServiceLastAccessedReport report(ServiceLastAccessedJob job, IamApiContext context,
            PrincipalPolicySource principals) {
        ServiceAccessScope scope = ServiceAccessScope.of(job.entityArn(), context.iam(), principals);
        return ServiceLastAccessedReport.compute(job, scope, context.catalog(), context.audit());
    }

    private static void writeService(XmlWriter x, ServiceLastAccessedReport.ServiceAccess service) {
        ServiceLastAccessedReport.Attempt last = service.last();
        x.element("ServiceName", service.serviceName());
        if (last != null) {
            x.element("LastAuthenticated", last.time());
        }
        x.element("ServiceNamespace", service.namespace());
        if (last != null) {
            x.element("LastAuthenticatedEntity", last.entityArn());
            if (last.region() != null) {
                x.element("LastAuthenticatedRegion", last.region());
            }
        }
        x.element("TotalAuthenticatedEntities", service.totalEntities());
        if (service.trackedActions() != null) {
            x.list("TrackedActionsLastAccessed", service.trackedActions(), (a, tracked) -> {
                a.element("ActionName", tracked.actionName())
                        .element("LastAccessedEntity", tracked.last().entityArn())
                        .element("LastAccessedTime", tracked.last().time());
                if (tracked.last().region() != null) {
                    a.element("LastAccessedRegion", tracked.last().region());
                }
            });
        }
    }

    private static <T> List<T> window(List<T> all, int start, int maxItems) {
        return start >= all.size() ? List.of() : all.subList(start, Math.min(all.size(), start + maxItems));
    }

    private static int start(String marker) {
        String decoded = ListMarker.decode(marker);
        if (decoded == null) {
            return 0;
        }
        try {
            int start = Integer.parseInt(decoded);
            if (start < 0) {
                throw new NumberFormatException(decoded);
            }
            return start;
        } catch (NumberFormatException e) {
            throw new AwsError(AwsErrorCode.INVALID_INPUT, "Invalid Marker.");
        }
    }
}
