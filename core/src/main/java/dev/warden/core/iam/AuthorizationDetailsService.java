package dev.warden.core.iam;

import dev.warden.core.error.IamException;
import dev.warden.core.iam.AccountAuthorizationDetails.AwsPolicyUsage;
import dev.warden.core.iam.AccountAuthorizationDetails.GroupDetail;
import dev.warden.core.iam.AccountAuthorizationDetails.LocalPolicyDetail;
import dev.warden.core.iam.AccountAuthorizationDetails.RoleDetail;
import dev.warden.core.iam.AccountAuthorizationDetails.UserDetail;
import dev.warden.core.model.Group;
import dev.warden.core.model.InlinePolicy;
import dev.warden.core.model.InstanceProfile;
import dev.warden.core.model.ManagedPolicy;
import dev.warden.core.model.PolicyOwnerKind;
import dev.warden.core.model.PolicyVersion;
import dev.warden.core.model.Role;
import dev.warden.core.model.RoleLastUsed;
import dev.warden.core.model.User;
import dev.warden.core.store.ListWindow;
import dev.warden.core.store.StoreTransaction;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GetAccountAuthorizationDetails. One page is read in one snapshot: the entities of the requested
 * kinds in the order users, groups, roles, customer managed policies, AWS managed policies in use
 * (each kind by name, AWS policies by ARN), MaxItems counting entities of every kind together; then
 * what relates them, with one query per relation and kind rather than one per entity, so a page
 * costs a fixed number of queries. The marker names the kind and sort key of the last entity sent.
 *
 * <p>AWS managed policies are reported when they are in use in the account (attached to an entity or
 * a permissions boundary), which is what AWS's listing shows of the hundreds that exist.
 */
public final class AuthorizationDetailsService {
    private static final char MARKER_SEPARATOR = ':';

    private final IamContext ctx;
    private final RoleService roles;
    private final RoleUseService roleUses;
    private final InstanceProfileService instanceProfiles;

    public AuthorizationDetailsService(IamContext ctx, RoleService roles, RoleUseService roleUses,
            InstanceProfileService instanceProfiles) {
        this.ctx = ctx;
        this.roles = roles;
        this.roleUses = roleUses;
        this.instanceProfiles = instanceProfiles;
    }

    public AccountAuthorizationDetails getAccountAuthorizationDetails(AccountAuthorizationDetails.Query query) {
        int maxItems = IamInputRules.maxItems(query.maxItems());
        Set<AuthorizationEntityKind> kinds = query.filter() == null || query.filter().isEmpty()
                ? EnumSet.allOf(AuthorizationEntityKind.class) : EnumSet.copyOf(query.filter());
        Position start = Position.decode(query.marker(), kinds);
        return ctx.store().read(tx -> new PageReader(tx, maxItems).read(kinds, start));
    }

    /** Where a page starts: after {@code key} (null = from the first) of {@code kind}. */
    private record Position(AuthorizationEntityKind kind, String key) {
        static Position decode(String marker, Set<AuthorizationEntityKind> kinds) {
            String text = Pagination.decode(marker);
            if (text == null) {
                return new Position(kinds.iterator().next(), null);
            }
            int cut = text.indexOf(MARKER_SEPARATOR);
            AuthorizationEntityKind kind = cut < 0 ? null
                    : AuthorizationEntityKind.ofFilterValue(text.substring(0, cut)).orElse(null);
            if (kind == null || !kinds.contains(kind)) {
                throw IamException.invalidInput("Invalid Marker.");
            }
            return new Position(kind, text.substring(cut + 1));
        }

        String encode() {
            return Pagination.encode(kind.filterValue() + MARKER_SEPARATOR + key);
        }
    }

    /** Reads one page inside one unit of work. */
    private final class PageReader {
        private final StoreTransaction tx;
        private final int maxItems;
        private final String account = ctx.accountId();
        private final List<User> users = new ArrayList<>();
        private final List<Group> groups = new ArrayList<>();
        private final List<Role> storedRoles = new ArrayList<>();
        private final List<ManagedPolicy> policies = new ArrayList<>();
        private final List<String> awsArns = new ArrayList<>();
        /** Every entity picked, in page order: one more than fits tells that the listing goes on. */
        private final List<Position> picked = new ArrayList<>();

        PageReader(StoreTransaction tx, int maxItems) {
            this.tx = tx;
            this.maxItems = maxItems;
        }

        AccountAuthorizationDetails read(Set<AuthorizationEntityKind> kinds, Position start) {
            for (AuthorizationEntityKind kind : kinds) {
                if (kind.compareTo(start.kind()) < 0) {
                    continue;
                }
                pick(kind, kind == start.kind() ? start.key() : null, maxItems + 1 - picked.size());
                if (picked.size() > maxItems) {
                    break;
                }
            }
            boolean truncated = picked.size() > maxItems;
            if (truncated) {
                dropLast(picked.remove(picked.size() - 1).kind());
            }
            String marker = truncated ? picked.get(picked.size() - 1).encode() : null;
            return new AccountAuthorizationDetails(userDetails(), groupDetails(), roleDetails(), localPolicyDetails(),
                    awsPolicyUsage(), truncated, marker);
        }

        private void pick(AuthorizationEntityKind kind, String after, int room) {
            ListWindow window = new ListWindow(null, after, room);
            switch (kind) {
                case USER -> tx.users().list(account, window).forEach(u -> add(kind, lower(u.userName()), users, u));
                case GROUP -> tx.groups().list(account, window).forEach(g -> add(kind, lower(g.groupName()), groups, g));
                case ROLE -> tx.roles().list(account, window).forEach(r -> add(kind, lower(r.roleName()), storedRoles, r));
                case LOCAL_MANAGED_POLICY -> tx.policies().list(account, window, false)
                        .forEach(p -> add(kind, lower(p.policyName()), policies, p));
                case AWS_MANAGED_POLICY -> tx.attachments().awsManagedInUse(account, after, room)
                        .forEach(arn -> add(kind, arn, awsArns, arn));
            }
        }

        private <T> void add(AuthorizationEntityKind kind, String key, List<T> list, T item) {
            list.add(item);
            picked.add(new Position(kind, key));
        }

        private void dropLast(AuthorizationEntityKind kind) {
            List<?> list = switch (kind) {
                case USER -> users;
                case GROUP -> groups;
                case ROLE -> storedRoles;
                case LOCAL_MANAGED_POLICY -> policies;
                case AWS_MANAGED_POLICY -> awsArns;
            };
            list.remove(list.size() - 1);
        }

        private List<UserDetail> userDetails() {
            List<String> ids = users.stream().map(User::userId).toList();
            Map<String, List<InlinePolicy>> inline = tx.inlinePolicies().listFor(PolicyOwnerKind.USER, ids);
            Map<String, List<String>> attached = tx.attachments().attachedTo(PolicyOwnerKind.USER, ids);
            Map<String, List<Group>> memberships = tx.groups().groupsOfUsers(ids);
            return users.stream().map(u -> new UserDetail(u, inline.getOrDefault(u.userId(), List.of()),
                    memberships.getOrDefault(u.userId(), List.of()).stream().map(Group::groupName).toList(),
                    attached.getOrDefault(u.userId(), List.of()))).toList();
        }

        private List<GroupDetail> groupDetails() {
            List<String> ids = groups.stream().map(Group::groupId).toList();
            Map<String, List<InlinePolicy>> inline = tx.inlinePolicies().listFor(PolicyOwnerKind.GROUP, ids);
            Map<String, List<String>> attached = tx.attachments().attachedTo(PolicyOwnerKind.GROUP, ids);
            return groups.stream().map(g -> new GroupDetail(g, inline.getOrDefault(g.groupId(), List.of()),
                    attached.getOrDefault(g.groupId(), List.of()))).toList();
        }

        private List<RoleDetail> roleDetails() {
            List<String> ids = storedRoles.stream().map(Role::roleId).toList();
            Map<String, List<InlinePolicy>> inline = tx.inlinePolicies().listFor(PolicyOwnerKind.ROLE, ids);
            Map<String, List<String>> attached = tx.attachments().attachedTo(PolicyOwnerKind.ROLE, ids);
            Map<String, List<InstanceProfile>> profiles = tx.instanceProfiles().forRoles(ids);
            Map<String, RoleLastUsed> lastUsed = roleUses.lastUsed(tx, ids);
            return storedRoles.stream().map(r -> new RoleDetail(roles.forDisplay(tx, r),
                    profiles.getOrDefault(r.roleId(), List.of()).stream()
                            .map(p -> instanceProfiles.forDisplay(tx, p)).toList(),
                    inline.getOrDefault(r.roleId(), List.of()), attached.getOrDefault(r.roleId(), List.of()),
                    Optional.ofNullable(lastUsed.get(r.roleId())))).toList();
        }

        private List<LocalPolicyDetail> localPolicyDetails() {
            Map<String, List<PolicyVersion>> versions = tx.policies().versionsOf(
                    policies.stream().map(ManagedPolicy::policyId).toList());
            return policies.stream().map(p -> new LocalPolicyDetail(p, versions.getOrDefault(p.policyId(), List.of())))
                    .toList();
        }

        private List<AwsPolicyUsage> awsPolicyUsage() {
            return awsArns.stream().map(arn -> new AwsPolicyUsage(arn, tx.attachments().countFor(arn),
                    tx.users().countWithBoundary(arn) + tx.roles().countWithBoundary(arn))).toList();
        }
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
