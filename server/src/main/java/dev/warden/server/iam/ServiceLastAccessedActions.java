package dev.warden.server.iam;

import dev.warden.catalog.ManagedPolicies;
import dev.warden.core.iam.IamInputRules;
import dev.warden.core.iam.ServiceLastAccessedJobService;
import dev.warden.core.model.ServiceLastAccessedJob;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.xml.XmlWriter;
import java.util.List;

/**
 * The service last accessed ("access advisor") actions. GenerateServiceLastAccessedDetails checks
 * the entity and records the job, which is COMPLETED at once; the Get calls compute the report from
 * the audit log up to the job's completion (see {@link ServiceLastAccessedReport}) for the scope as
 * it is when they are called. Lists page by position: the marker is the index of the next item.
 */
final class ServiceLastAccessedActions {

    private static final String COMPLETED = "COMPLETED";

    private ServiceLastAccessedActions() {}

    static void register(ActionTable table, IamApiContext context) {
        ServiceLastAccessedJobService jobs = context.iam().serviceLastAccessedJobs();
        PrincipalPolicySource principals = new PrincipalPolicySource(context.iam(),
                new EnginePolicyDocumentCheck(context.iam().context().quotas()), ManagedPolicies.get());
        table.add("GenerateServiceLastAccessedDetails", r -> {
            String arn = r.required("Arn");
            String granularity = r.optional("Granularity");
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
