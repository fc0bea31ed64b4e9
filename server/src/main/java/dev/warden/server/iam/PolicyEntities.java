package dev.warden.server.iam;

import dev.warden.core.iam.Iam;
import dev.warden.core.iam.ListOptions;
import dev.warden.core.iam.PolicyRequests;
import dev.warden.core.model.Group;
import dev.warden.core.model.Page;
import dev.warden.core.model.Role;
import dev.warden.core.model.User;
import dev.warden.server.query.ValidationErrors;
import dev.warden.server.xml.XmlResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * ListEntitiesForPolicy: the groups, users and roles a managed policy is attached to
 * ({@code PermissionsPolicy}) or bounds ({@code PermissionsBoundary}); both when no usage filter is
 * given. Paged over the three lists in output order (groups, users, roles).
 */
final class PolicyEntities {

    /** pathType (ListEntitiesForPolicy's PathPrefix), as the model writes it. */
    private static final Pattern PATH_PREFIX = Pattern.compile("(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)");

    static final List<String> ENTITY_FILTERS = List.of("User", "Role", "Group", "LocalManagedPolicy", "AWSManagedPolicy");
    private static final int SCAN_PAGE = 1_000;

    private final Iam iam;
    private final AwsManagedPolicies aws;

    PolicyEntities(Iam iam, AwsManagedPolicies aws) {
        this.iam = iam;
        this.aws = aws;
    }

    /** One entity in the combined, sorted sequence. */
    private record Entry(String sortKey, String path, Group group, User user, Role role) {}

    XmlResult list(IamRequest request) {
        String arn = request.required("PolicyArn");
        String filter = request.optionalEnum("EntityFilter", ENTITY_FILTERS);
        String usage = request.optionalEnum("PolicyUsageFilter", PolicyListing.USAGES);
        String pathPrefix = request.optional("PathPrefix");
        if (pathPrefix != null) {
            // pathType, this operation's own PathPrefix pattern, checked before the policy is looked up.
            new ValidationErrors().pattern(request.params().memberPath("PathPrefix"), pathPrefix, PATH_PREFIX)
                    .throwIfAny();
        }
        int maxItems = MaxItems.of(request);
        String after = ListMarker.decode(request.optional("Marker"));
        if (AwsManagedPolicies.isAwsManagedArn(arn)) {
            aws.require(arn);
        }

        Map<String, Entry> entries = new LinkedHashMap<>();
        if (usage == null || usage.equals("PermissionsPolicy")) {
            PolicyRequests.EntitiesForPolicy attached = iam.policies().listEntitiesForPolicy(arn);
            attached.groups().forEach(g -> put(entries, "0", g.groupName(), g.path(), g, null, null));
            attached.users().forEach(u -> put(entries, "1", u.userName(), u.path(), null, u, null));
            attached.roles().forEach(r -> put(entries, "2", r.roleName(), r.path(), null, null, r));
        } else if (!AwsManagedPolicies.isAwsManagedArn(arn)) {
            iam.policies().getPolicy(arn);
        }
        if (usage == null || usage.equals("PermissionsBoundary")) {
            scan(p -> iam.users().listUsers(p), u -> arn.equals(u.permissionsBoundaryArn()),
                    u -> put(entries, "1", u.userName(), u.path(), null, u, null));
            scan(p -> iam.roles().listRoles(p), r -> arn.equals(r.permissionsBoundaryArn()),
                    r -> put(entries, "2", r.roleName(), r.path(), null, null, r));
        }
        List<Entry> sorted = entries.values().stream()
                .filter(e -> filter == null || matchesFilter(e, filter))
                .filter(e -> pathPrefix == null || e.path().startsWith(pathPrefix))
                .filter(e -> after == null || e.sortKey().compareTo(after) > 0)
                .sorted(Comparator.comparing(Entry::sortKey))
                .toList();
        boolean truncated = sorted.size() > maxItems;
        List<Entry> page = truncated ? sorted.subList(0, maxItems) : sorted;
        String marker = truncated ? ListMarker.encode(page.get(page.size() - 1).sortKey()) : null;
        return xml -> {
            xml.list("PolicyGroups", page.stream().filter(e -> e.group() != null).toList(),
                    (x, e) -> x.element("GroupName", e.group().groupName()).element("GroupId", e.group().groupId()));
            xml.list("PolicyUsers", page.stream().filter(e -> e.user() != null).toList(),
                    (x, e) -> x.element("UserName", e.user().userName()).element("UserId", e.user().userId()));
            xml.list("PolicyRoles", page.stream().filter(e -> e.role() != null).toList(),
                    (x, e) -> x.element("RoleName", e.role().roleName()).element("RoleId", e.role().roleId()));
            PageXml.write(xml, truncated, marker);
        };
    }

    private static boolean matchesFilter(Entry e, String filter) {
        return switch (filter) {
            case "User" -> e.user() != null;
            case "Role" -> e.role() != null;
            case "Group" -> e.group() != null;
            default -> false;
        };
    }

    private static void put(Map<String, Entry> entries, String kindOrder, String name, String path, Group group,
            User user, Role role) {
        String key = kindOrder + " " + name.toLowerCase(Locale.ROOT);
        entries.putIfAbsent(key, new Entry(key, path, group, user, role));
    }

    /** Reads a whole core list page by page. */
    private static <T> void scan(Function<ListOptions, Page<T>> lister, java.util.function.Predicate<T> keep,
            java.util.function.Consumer<T> sink) {
        String marker = null;
        do {
            Page<T> page = lister.apply(new ListOptions(null, marker, SCAN_PAGE));
            page.items().stream().filter(keep).forEach(sink);
            marker = page.truncated() ? page.marker() : null;
        } while (marker != null);
    }
}
