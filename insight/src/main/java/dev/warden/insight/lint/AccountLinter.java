package dev.warden.insight.lint;

import dev.warden.catalog.Catalog;
import dev.warden.catalog.ManagedPolicies;
import dev.warden.catalog.lint.Finding;
import dev.warden.catalog.lint.PolicyLinter;
import dev.warden.catalog.lint.SourcedPolicy;
import dev.warden.core.iam.AccountAuthorizationDetails.GroupDetail;
import dev.warden.core.iam.AccountAuthorizationDetails.LocalPolicyDetail;
import dev.warden.core.iam.AccountAuthorizationDetails.RoleDetail;
import dev.warden.core.iam.AccountAuthorizationDetails.UserDetail;
import dev.warden.core.model.AccessKey;
import dev.warden.core.model.InlinePolicy;
import dev.warden.core.model.ManagedPolicy;
import dev.warden.core.model.PolicyVersion;
import dev.warden.policy.document.PolicyKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code warden lint --account}: every stored policy document linted as what it is used as
 * (customer managed policies as identity policies, or as boundaries when that is their only use;
 * inline policies; role trust policies), escalation judged per principal over all its policies,
 * and the account facts: stale and unused access keys, unused roles, unattached policies. "Now"
 * comes from the injected clock.
 */
public final class AccountLinter {
  /** The usage window of AWS's unused-access analyzer default and of the 90-day key rotation advice. */
  public static final Duration DEFAULT_WINDOW = Duration.ofDays(90);

  private final Catalog catalog;
  private final ManagedPolicies awsPolicies;
  private final Clock clock;
  private final Options options;

  /**
   * @param window how long a key may live, and how long a key or role may go unused
   * @param allVersions lint every version of customer managed policies, not only the default
   */
  public record Options(Duration window, boolean allVersions) {
    public static Options defaults() {
      return new Options(DEFAULT_WINDOW, false);
    }
  }

  public AccountLinter(Catalog catalog, ManagedPolicies awsPolicies, Clock clock, Options options) {
    this.catalog = catalog;
    this.awsPolicies = awsPolicies;
    this.clock = clock;
    this.options = options;
  }

  /** When the audit log must be read from for this lint. */
  public Instant usageSince() {
    return clock.instant().minus(options.window());
  }

  /** Findings by artifact: users, groups, roles, then policies, each in the snapshot's order; artifacts with none left out. */
  public List<LintedArtifact> lint(AccountSnapshot account) {
    Instant now = clock.instant();
    PolicyLinter linter = new PolicyLinter(catalog, new PolicyLinter.Options(Optional.of(account.accountId()), false));
    Map<String, List<Finding>> users = new LinkedHashMap<>();
    Map<String, List<Finding>> groups = new LinkedHashMap<>();
    Map<String, List<Finding>> roles = new LinkedHashMap<>();
    Map<String, List<Finding>> policies = new LinkedHashMap<>();

    // Customer managed policies first: their parsed default versions feed every principal's analysis.
    Map<String, SourcedPolicy> defaults = new HashMap<>();
    for (LocalPolicyDetail detail : account.policies()) {
      ManagedPolicy policy = detail.policy();
      PolicyKind kind = policy.attachmentCount() == 0 && policy.permissionsBoundaryUsageCount() > 0
          ? PolicyKind.BOUNDARY : PolicyKind.IDENTITY_MANAGED;
      for (PolicyVersion version : detail.versions()) {
        if (options.allVersions() || version.defaultVersion()) {
          ParsedDocument parsed = ParsedDocument.lint(linter, "policy/" + policy.policyName() + " (" + version.versionId() + ")",
              version.document(), kind);
          add(policies, AccountArtifacts.policyVersion(policy, version.versionId()), parsed.findings());
          if (version.defaultVersion()) {
            parsed.policy().ifPresent(p -> defaults.put(policy.arn(), p));
          }
        }
      }
      UnattachedPolicies.check(policy).ifPresent(f -> add(policies, AccountArtifacts.policy(policy), List.of(f)));
    }
    PolicyResolver resolver = new PolicyResolver(defaults, awsPolicies);

    Map<String, List<SourcedPolicy>> groupPolicies = new HashMap<>();
    for (GroupDetail group : account.groups()) {
      String name = group.group().groupName();
      List<SourcedPolicy> own = lintInline(linter, AccountArtifacts.group(group.group()), "group/" + name, group.inlinePolicies(),
          PolicyKind.IDENTITY_INLINE_GROUP, groups);
      group.attachedPolicyArns().forEach(arn -> resolver.managed(arn).ifPresent(own::add));
      groupPolicies.put(name, own);
    }
    Map<String, List<AccessKey>> keysByUser = new HashMap<>();
    account.accessKeys().forEach(k -> keysByUser.computeIfAbsent(k.userName(), u -> new ArrayList<>()).add(k));
    for (UserDetail user : account.users()) {
      String artifact = AccountArtifacts.user(user.user());
      List<SourcedPolicy> applying = lintInline(linter, artifact, "user/" + user.user().userName(), user.inlinePolicies(),
          PolicyKind.IDENTITY_INLINE_USER, users);
      user.attachedPolicyArns().forEach(arn -> resolver.managed(arn).ifPresent(applying::add));
      user.groupNames().forEach(group -> applying.addAll(groupPolicies.getOrDefault(group, List.of())));
      Optional<SourcedPolicy> boundary = Optional.ofNullable(user.user().permissionsBoundaryArn()).flatMap(resolver::managed);
      List<Finding> facts = new ArrayList<>();
      PrincipalEscalation.of(applying, boundary).ifPresent(facts::add);
      for (AccessKey key : keysByUser.getOrDefault(user.user().userName(), List.of())) {
        facts.addAll(AccessKeyHygiene.check(key, now, options.window()));
      }
      add(users, artifact, facts);
    }
    for (RoleDetail role : account.roles()) {
      String artifact = AccountArtifacts.role(role.role());
      String trust = role.role().assumeRolePolicyDocument();
      if (trust != null) {
        add(roles, AccountArtifacts.trust(role.role()), linter.lint(trust, PolicyKind.TRUST));
      }
      List<SourcedPolicy> applying = lintInline(linter, artifact, "role/" + role.role().roleName(), role.inlinePolicies(),
          PolicyKind.IDENTITY_INLINE_ROLE, roles);
      role.attachedPolicyArns().forEach(arn -> resolver.managed(arn).ifPresent(applying::add));
      Optional<SourcedPolicy> boundary = Optional.ofNullable(role.role().permissionsBoundaryArn()).flatMap(resolver::managed);
      List<Finding> facts = new ArrayList<>();
      PrincipalEscalation.of(applying, boundary).ifPresent(facts::add);
      RoleUsage.check(role.role(), account.lastAssumed(), account.usageSince()).ifPresent(facts::add);
      add(roles, artifact, facts);
    }
    List<LintedArtifact> out = new ArrayList<>();
    for (Map<String, List<Finding>> part : List.of(users, groups, roles, policies)) {
      part.forEach((artifact, findings) -> out.add(new LintedArtifact(artifact, findings)));
    }
    return out;
  }

  /** Lints each inline policy under its owner and returns the ones that parse, for the owner's analysis. */
  private static List<SourcedPolicy> lintInline(PolicyLinter linter, String ownerArtifact, String ownerSource, List<InlinePolicy> inline,
      PolicyKind kind, Map<String, List<Finding>> byArtifact) {
    List<SourcedPolicy> parsed = new ArrayList<>();
    for (InlinePolicy policy : inline) {
      ParsedDocument document = ParsedDocument.lint(linter, ownerSource + " inline " + policy.policyName(), policy.document(), kind);
      add(byArtifact, AccountArtifacts.inline(ownerArtifact, policy.policyName()), document.findings());
      document.policy().ifPresent(parsed::add);
    }
    return parsed;
  }

  private static void add(Map<String, List<Finding>> byArtifact, String artifact, List<Finding> findings) {
    if (!findings.isEmpty()) {
      byArtifact.computeIfAbsent(artifact, a -> new ArrayList<>()).addAll(findings);
    }
  }
}
