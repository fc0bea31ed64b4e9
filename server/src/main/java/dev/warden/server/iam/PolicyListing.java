package dev.warden.server.iam;

import dev.warden.catalog.ManagedPolicy;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.ListOptions;
import dev.warden.core.iam.PolicyRequests;
import dev.warden.core.model.Page;
import dev.warden.server.query.ValidationErrors;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * ListPolicies over both scopes: the account's customer managed policies (paged by the core) merged
 * with the catalogue's AWS managed policies, in one order (name ignoring case) under one marker.
 *
 * <p>Usage filters, where AWS documents little: {@code PolicyUsageFilter=PermissionsPolicy} keeps
 * policies attached to at least one entity, {@code PermissionsBoundary} those used as a boundary at
 * least once; {@code OnlyAttached=true} alone keeps attached policies.
 */
final class PolicyListing {

    static final List<String> SCOPES = List.of("All", "AWS", "Local");
    static final List<String> USAGES = List.of("PermissionsPolicy", "PermissionsBoundary");
    private static final String POLICY_PATH_TEXT = "((/[A-Za-z0-9\\.,\\+@=_-]+)*)/";
    private static final Pattern POLICY_PATH = Pattern.compile(POLICY_PATH_TEXT);
    private static final int CORE_PAGE = 1_000;

    private final Iam iam;
    private final AwsManagedPolicies aws;

    PolicyListing(Iam iam, AwsManagedPolicies aws) {
        this.iam = iam;
        this.aws = aws;
    }

    record Result(List<PolicyView> policies, boolean truncated, String marker) {}

    Result list(IamRequest request) {
        String scope = request.optionalEnum("Scope", SCOPES);
        String usage = request.optionalEnum("PolicyUsageFilter", USAGES);
        boolean onlyAttached = request.flag("OnlyAttached");
        String pathPrefix = request.optional("PathPrefix");
        if (pathPrefix != null) {
            String member = request.params().memberPath("PathPrefix");
            new ValidationErrors().length(member, pathPrefix, 1, 512)
                    .pattern(member, pathPrefix, POLICY_PATH)
                    .throwIfAny();
        }
        int maxItems = MaxItems.of(request);
        String after = ListMarker.decode(request.optional("Marker"));

        boolean boundaryUse = "PermissionsBoundary".equals(usage);
        boolean attachedUse = "PermissionsPolicy".equals(usage) || (onlyAttached && !boundaryUse);
        Predicate<PolicyView> inUse = p -> (!boundaryUse || p.permissionsBoundaryUsageCount() > 0)
                && (!attachedUse || p.attachmentCount() > 0);

        Iterator<PolicyView> local = "AWS".equals(scope) ? List.<PolicyView>of().iterator()
                : new LocalPolicies(pathPrefix, after, attachedUse, inUse);
        Iterator<PolicyView> managed = "Local".equals(scope) ? List.<PolicyView>of().iterator()
                : awsPolicies(pathPrefix, after, boundaryUse || attachedUse, inUse).iterator();

        List<PolicyView> page = new ArrayList<>();
        PeekingIterator a = new PeekingIterator(local);
        PeekingIterator b = new PeekingIterator(managed);
        while (page.size() <= maxItems && (a.hasNext() || b.hasNext())) {
            if (!b.hasNext() || (a.hasNext() && a.peek().sortKey().compareTo(b.peek().sortKey()) < 0)) {
                page.add(a.next());
            } else {
                page.add(b.next());
            }
        }
        if (page.size() <= maxItems) {
            return new Result(withAwsUsage(page), false, null);
        }
        List<PolicyView> items = page.subList(0, maxItems);
        return new Result(withAwsUsage(items), true, ListMarker.encode(items.get(items.size() - 1).sortKey()));
    }

    /** AWS policies after the marker under the prefix; usage counted only when a filter needs it. */
    private List<PolicyView> awsPolicies(String pathPrefix, String after, boolean needUsage,
            Predicate<PolicyView> inUse) {
        List<ManagedPolicy> candidates = new ArrayList<>();
        for (ManagedPolicy policy : aws.all()) {
            PolicyView bare = AwsManagedPolicies.view(policy, 0, 0);
            if ((pathPrefix == null || policy.path().startsWith(pathPrefix))
                    && (after == null || bare.sortKey().compareTo(after) > 0)) {
                candidates.add(policy);
            }
        }
        List<PolicyView> views = new ArrayList<>();
        if (!needUsage) {
            candidates.forEach(p -> views.add(AwsManagedPolicies.view(p, 0, 0)));
        } else {
            Map<String, int[]> usage = usageOf(candidates.stream().map(ManagedPolicy::arn).toList());
            for (ManagedPolicy policy : candidates) {
                int[] counts = usage.get(policy.arn());
                PolicyView view = AwsManagedPolicies.view(policy, counts[0], counts[1]);
                if (inUse.test(view)) {
                    views.add(view);
                }
            }
        }
        views.sort(java.util.Comparator.comparing(PolicyView::sortKey));
        return views;
    }

    /** Fills in the real usage counts of the AWS policies on a page (one read for all of them). */
    private List<PolicyView> withAwsUsage(List<PolicyView> page) {
        List<String> arns = page.stream().filter(PolicyView::awsManaged).map(PolicyView::arn).toList();
        if (arns.isEmpty()) {
            return List.copyOf(page);
        }
        Map<String, int[]> usage = usageOf(arns);
        List<PolicyView> out = new ArrayList<>(page.size());
        for (PolicyView view : page) {
            if (view.awsManaged()) {
                int[] counts = usage.get(view.arn());
                out.add(AwsManagedPolicies.view(aws.require(view.arn()), counts[0], counts[1]));
            } else {
                out.add(view);
            }
        }
        return out;
    }

    private Map<String, int[]> usageOf(List<String> arns) {
        return iam.context().store().read(tx -> {
            Map<String, int[]> counts = new LinkedHashMap<>();
            for (String arn : arns) {
                counts.put(arn, new int[] {tx.attachments().countFor(arn),
                    tx.users().countWithBoundary(arn) + tx.roles().countWithBoundary(arn)});
            }
            return counts;
        });
    }

    /** The account's policies after the marker, read from the core a page at a time. */
    private final class LocalPolicies implements Iterator<PolicyView> {
        private final String pathPrefix;
        private final boolean onlyAttached;
        private final Predicate<PolicyView> inUse;
        private String coreMarker;
        private boolean exhausted;
        private Iterator<PolicyView> buffer = List.<PolicyView>of().iterator();
        private final String after;

        LocalPolicies(String pathPrefix, String after, boolean onlyAttached, Predicate<PolicyView> inUse) {
            this.pathPrefix = pathPrefix;
            this.after = after;
            this.onlyAttached = onlyAttached;
            this.inUse = inUse;
            this.coreMarker = after == null ? null : ListMarker.encode(after);
        }

        @Override
        public boolean hasNext() {
            while (!buffer.hasNext() && !exhausted) {
                Page<dev.warden.core.model.ManagedPolicy> page = iam.policies().listPolicies(
                        new PolicyRequests.ListPolicies(PolicyRequests.Scope.Local, onlyAttached,
                                new ListOptions(pathPrefix, coreMarker, CORE_PAGE)));
                List<PolicyView> kept = new ArrayList<>();
                for (dev.warden.core.model.ManagedPolicy policy : page.items()) {
                    PolicyView view = PolicyView.of(policy);
                    if ((after == null || view.sortKey().compareTo(after) > 0) && inUse.test(view)) {
                        kept.add(view);
                    }
                }
                buffer = kept.iterator();
                exhausted = !page.truncated();
                coreMarker = page.marker();
            }
            return buffer.hasNext();
        }

        @Override
        public PolicyView next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return buffer.next();
        }
    }

    private static final class PeekingIterator {
        private final Iterator<PolicyView> source;
        private PolicyView peeked;

        PeekingIterator(Iterator<PolicyView> source) {
            this.source = source;
        }

        boolean hasNext() {
            return peeked != null || source.hasNext();
        }

        PolicyView peek() {
            if (peeked == null) {
                peeked = source.next();
            }
            return peeked;
        }

        PolicyView next() {
            PolicyView value = peek();
            peeked = null;
            return value;
        }
    }
}
