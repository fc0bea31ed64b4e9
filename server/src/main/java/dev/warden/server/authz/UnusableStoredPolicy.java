package dev.warden.server.authz;

import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;

/**
 * The answer to a request whose decision needs a stored policy that no longer compiles (written by an
 * older Warden or straight into the store, before writes were checked for compiling). Such a policy
 * cannot be read, so nothing it says is known: an Allow in it grants nothing, and a Deny in it
 * cannot be honoured either. Leaving the policy out would silently drop that Deny, so the request is
 * refused instead (fail closed) with {@code AccessDenied}, naming the policy so an administrator can
 * replace it. The compiler's own words go to the server log, not to the caller.
 */
final class UnusableStoredPolicy {

    private UnusableStoredPolicy() {}

    static AwsError accessDenied(String policyId) {
        return new AwsError(AwsErrorCode.ACCESS_DENIED, "Access denied: the stored policy " + policyId
                + " that applies to this request cannot be evaluated (it does not compile), and a policy that"
                + " cannot be read may hold a Deny. Replace or delete the policy to restore access.");
    }
}
