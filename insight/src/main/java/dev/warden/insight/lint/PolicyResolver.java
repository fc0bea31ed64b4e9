package dev.warden.insight.lint;

import dev.warden.catalog.ManagedPolicies;
import dev.warden.catalog.lint.SourcedPolicy;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.parse.PolicyParseException;
import dev.warden.policy.parse.PolicyParser;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Managed policy ARNs to their parsed default versions: customer managed ones as the account
 * lint parsed them, AWS managed ones from the catalogue, each parsed once however many principals
 * use it. A document that does not parse (it is reported on its own artifact) grants nothing here.
 */
final class PolicyResolver {
  private final Map<String, SourcedPolicy> local;
  private final ManagedPolicies awsPolicies;
  private final Map<String, Optional<SourcedPolicy>> aws = new HashMap<>();

  PolicyResolver(Map<String, SourcedPolicy> localDefaults, ManagedPolicies awsPolicies) {
    this.local = localDefaults;
    this.awsPolicies = awsPolicies;
  }

  Optional<SourcedPolicy> managed(String arn) {
    SourcedPolicy customer = local.get(arn);
    if (customer != null) {
      return Optional.of(customer);
    }
    return aws.computeIfAbsent(arn, a -> awsPolicies.find(a).flatMap(p -> parse("AWS managed " + p.name(), p.document())));
  }

  private static Optional<SourcedPolicy> parse(String source, String text) {
    try {
      return Optional.of(new SourcedPolicy(source, PolicyParser.standard().parse(text, PolicyKind.IDENTITY_MANAGED)));
    } catch (PolicyParseException e) {
      return Optional.empty();
    }
  }
}
