package dev.warden.insight.lint;

import dev.warden.catalog.lint.Finding;
import java.util.List;

/**
 * The findings on one thing that was linted: a policy file, a stored policy document or an
 * account entity.
 *
 * @param artifact how reports name it: the file as given, or a path such as
 *     {@code iam/roles/ci/trust.json} or {@code iam/users/alice} for stored things (also the SARIF artifact URI)
 */
public record LintedArtifact(String artifact, List<Finding> findings) {
  public LintedArtifact {
    findings = List.copyOf(findings);
  }
}
