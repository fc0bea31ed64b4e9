package dev.warden.insight.lint;

import dev.warden.policy.document.PolicyKind;

/**
 * A policy document as the account stores it.
 *
 * @param artifact where reports put its findings, e.g. {@code iam/policies/Deploy/v3.json}
 * @param source how escalation findings name it, e.g. {@code policy/Deploy (v3)}
 */
record StoredDocument(String artifact, String source, String text, PolicyKind kind) {}
