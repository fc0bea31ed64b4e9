package dev.warden.bench.iam;

import dev.warden.core.id.IdPrefix;
import dev.warden.core.id.UniqueIdGenerator;
import dev.warden.core.model.Group;
import dev.warden.core.model.InlinePolicy;
import dev.warden.core.model.InstanceProfile;
import dev.warden.core.model.ManagedPolicy;
import dev.warden.core.model.PolicyOwner;
import dev.warden.core.model.PolicyVersion;
import dev.warden.core.model.Role;
import dev.warden.core.model.Tag;
import dev.warden.core.model.User;
import dev.warden.core.store.Store;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills a store with a large, realistically related account for GetAccountAuthorizationDetails:
 * users in groups with inline and attached policies (some with boundaries), roles with trust and
 * inline policies, attachments and instance profiles, and customer managed policies (a quarter with
 * three versions). Written straight through the repositories in one unit of work, so building it
 * takes seconds rather than one durable commit per entity.
 */
final class LargeAccount {
  static final String[] AWS_POLICIES = {
    "arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
    "arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess", "arn:aws:iam::aws:policy/CloudWatchReadOnlyAccess",
    "arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess"};
  private static final String BOUNDARY = "arn:aws:iam::aws:policy/PowerUserAccess";
  private static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
      + "\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

  /** How many of each entity. */
  record Shape(int users, int groups, int roles, int policies) {
    static Shape issueTarget() {
      return new Shape(500, 20, 1_000, 2_000);
    }
  }

  private LargeAccount() {}

  static void build(Store store, String accountId, Shape shape) {
    SecureRandom random = new SecureRandom();
    UniqueIdGenerator ids = new UniqueIdGenerator(random);
    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    store.write(tx -> {
      List<ManagedPolicy> policies = new ArrayList<>();
      for (int i = 0; i < shape.policies(); i++) {
        String name = String.format("policy-%05d", i);
        int versions = i % 4 == 0 ? 3 : 1;
        ManagedPolicy p = new ManagedPolicy(accountId, ids.next(IdPrefix.MANAGED_POLICY), name,
            i % 2 == 0 ? "/" : "/team-" + (i % 7) + "/", "policy number " + i, "v" + versions, versions + 1,
            List.of(new Tag("owner", "team-" + (i % 7))), now, now, 0, 0, 1);
        tx.policies().insert(p);
        for (int v = 1; v <= versions; v++) {
          tx.policies().insertVersion(new PolicyVersion(p.policyId(), "v" + v, document(i, v), v == versions, now));
        }
        policies.add(p);
      }
      List<Group> groups = new ArrayList<>();
      for (int g = 0; g < shape.groups(); g++) {
        Group group = new Group(accountId, ids.next(IdPrefix.GROUP), String.format("group-%03d", g), "/", now, 1);
        tx.groups().insert(group);
        PolicyOwner owner = PolicyOwner.group(group.groupId());
        tx.inlinePolicies().put(new InlinePolicy(owner, "group-inline", document(g, 1)));
        tx.attachments().attach(owner, policies.get(g % policies.size()).arn(), now);
        tx.attachments().attach(owner, AWS_POLICIES[g % AWS_POLICIES.length], now);
        groups.add(group);
      }
      for (int u = 0; u < shape.users(); u++) {
        User user = new User(accountId, ids.next(IdPrefix.USER), String.format("user-%04d", u), "/people/", now,
            u % 10 == 0 ? BOUNDARY : null, List.of(new Tag("team", "team-" + (u % 7)), new Tag("cost", "c" + u)), 1);
        tx.users().insert(user);
        PolicyOwner owner = PolicyOwner.user(user.userId());
        tx.inlinePolicies().put(new InlinePolicy(owner, "self-service", document(u, 1)));
        tx.attachments().attach(owner, policies.get((u * 3) % policies.size()).arn(), now);
        tx.attachments().attach(owner, policies.get((u * 3 + 1) % policies.size()).arn(), now);
        if (!groups.isEmpty()) {
          tx.groups().addMember(groups.get(u % groups.size()).groupId(), user.userId(), now);
        }
      }
      for (int r = 0; r < shape.roles(); r++) {
        Role role = new Role(accountId, ids.next(IdPrefix.ROLE), String.format("role-%04d", r), "/service/", TRUST,
            "role number " + r, 3_600, r % 20 == 0 ? BOUNDARY : null, List.of(new Tag("app", "app-" + (r % 13))), now, 1);
        tx.roles().insert(role);
        PolicyOwner owner = PolicyOwner.role(role.roleId());
        tx.inlinePolicies().put(new InlinePolicy(owner, "inline-" + r, document(r, 1)));
        tx.attachments().attach(owner, policies.get((r * 2) % policies.size()).arn(), now);
        tx.attachments().attach(owner, policies.get((r * 2 + 1) % policies.size()).arn(), now);
        tx.attachments().attach(owner, AWS_POLICIES[r % AWS_POLICIES.length], now);
        if (r % 3 == 0) {
          InstanceProfile profile = new InstanceProfile(accountId, ids.next(IdPrefix.INSTANCE_PROFILE),
              role.roleName() + "-profile", "/", now, List.of(), List.of(), 1);
          tx.instanceProfiles().insert(profile);
          tx.instanceProfiles().addRole(profile.instanceProfileId(), role.roleId(), now);
        }
      }
      return null;
    });
  }

  /** An identity policy of a few hundred characters, different per entity and version. */
  private static String document(int n, int version) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Read" + version + "\",\"Effect\":\"Allow\","
        + "\"Action\":[\"s3:GetObject\",\"s3:ListBucket\"],\"Resource\":[\"arn:aws:s3:::bucket-" + n + "\","
        + "\"arn:aws:s3:::bucket-" + n + "/*\"]},{\"Effect\":\"Allow\",\"Action\":\"dynamodb:Query\","
        + "\"Resource\":\"arn:aws:dynamodb:us-east-1:123456789012:table/table-" + n + "\","
        + "\"Condition\":{\"StringEquals\":{\"aws:PrincipalTag/team\":\"team-" + (n % 7) + "\"}}}]}";
  }
}
