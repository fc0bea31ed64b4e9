package dev.warden.catalog.lint;

import dev.warden.policy.document.PolicyDocument;

/**
 * A parsed policy and where it came from, for analyses over several policies at once.
 *
 * @param source how people name it, e.g. a file name or {@code policy/Admins (v3)}
 */
public record SourcedPolicy(String source, PolicyDocument document) {}
