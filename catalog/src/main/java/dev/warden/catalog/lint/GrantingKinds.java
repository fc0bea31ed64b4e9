package dev.warden.catalog.lint;

import dev.warden.policy.document.PolicyKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * Policy kinds whose Allow statements grant. In boundaries, session policies, SCPs and RCPs an
 * Allow only caps what other policies grant, so {@code "Action": "*"} there is normal.
 */
final class GrantingKinds {
  static final Set<PolicyKind> IDENTITY = EnumSet.of(PolicyKind.IDENTITY_MANAGED, PolicyKind.IDENTITY_INLINE_USER,
      PolicyKind.IDENTITY_INLINE_GROUP, PolicyKind.IDENTITY_INLINE_ROLE);

  private GrantingKinds() {}

  static boolean identity(PolicyKind kind) {
    return IDENTITY.contains(kind);
  }

  static boolean grants(PolicyKind kind) {
    return IDENTITY.contains(kind) || kind == PolicyKind.RESOURCE;
  }
}
