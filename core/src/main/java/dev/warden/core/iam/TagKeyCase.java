package dev.warden.core.iam;

import java.util.Locale;

/**
 * Whether a taggable IAM resource tells tag keys apart by case. The IAM User Guide ("Tagging IAM
 * resources", Case sensitivity): users and roles cannot hold both {@code Department} and
 * {@code department}, the newer one replaces the older; customer managed policies, instance profiles,
 * OIDC and SAML providers, server certificates and virtual MFA devices keep both.
 */
public enum TagKeyCase {
    /** Users and roles: one tag per key regardless of case; the newest spelling is kept. */
    IGNORED,
    /** Every other taggable IAM resource: keys differing only in case are different tags. */
    SIGNIFICANT;

    boolean sameKey(String a, String b) {
        return this == IGNORED ? a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT)) : a.equals(b);
    }
}
