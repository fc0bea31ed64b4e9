package dev.warden.bench.differential;

import java.util.List;

/** The known differences between Warden and iam-simulate, each documented in docs/CONFORMANCE.md. */
final class KnownDifferences {
  static final List<DisagreementClassifier.Rule> RULES = List.of();

  private KnownDifferences() {}
}
