package dev.warden.insight.lint;

import dev.warden.catalog.ManagedPolicies;
import dev.warden.catalog.lint.SourcedPolicy;
import dev.warden.core.iam.AccountAuthorizationDetails.LocalPolicyDetail;
import dev.warden.core.model.PolicyVersion;
import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.parse.PolicyParseException;
import dev.warden.policy.parse.PolicyParser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Managed policy ARNs to their parsed default versions, customer managed from the account and AWS
 * managed from the catalogue, each parsed once however many principals use it. A document that
 * does not parse (it is reported on its own artifact) grants nothing here.
 */
final class PolicyResolver {
  private final Map<String, LocalPolicyDetail> local = new HashMap<>();
  private final ManagedPolicies awsPolicies;
  private final Map<String, Optional<SourcedPolicy>> parsed = new HashMap<>();

  PolicyResolver(List<LocalPolicyDetail> policies, ManagedPolicies awsPolicies) {
    policies.forEach(p -> local.put(p.policy().arn(), p));
    this.awsPolicies = awsPolicies;
  }

  Optional<SourcedPolicy> managed(String arn) {
    return parsed.computeIfAbsent(arn, this::load);
  }

  /** An inline policy or trust policy: parsed each time, as it belongs to one owner. */
  static Optional<SourcedPolicy> parse(String source, String text, PolicyKind kind) {
    try {
      PolicyDocument document = PolicyParser.standard().parse(text, kind);
      return Optional.of(new SourcedPolicy(source, document));
    } catch (PolicyParseException e) {
      return Optional.empty();
    }
  }

  private Optional<SourcedPolicy> load(String arn) {
    LocalPolicyDetail detail = local.get(arn);
    if (detail != null) {
      return detail.versions().stream().filter(PolicyVersion::defaultVersion).findFirst()
          .flatMap(v -> parse("policy/" + detail.policy().policyName() + " (" + v.versionId() + ")", v.document(),
              PolicyKind.IDENTITY_MANAGED));
    }
    return awsPolicies.find(arn).flatMap(p -> parse("AWS managed " + p.name(), p.document(), PolicyKind.IDENTITY_MANAGED));
  }
}
