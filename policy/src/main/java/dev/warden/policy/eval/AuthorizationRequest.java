package dev.warden.policy.eval;

import dev.warden.policy.context.RequestContext;
import java.util.Objects;
import java.util.Optional;

/**
 * One request to decide.
 *
 * @param action e.g. {@code s3:GetObject}
 * @param resource the resource ARN, or {@code *} for actions without a resource
 * @param resourceAccount the account that owns the resource; empty means the caller's own account
 */
public record AuthorizationRequest(
    Caller caller, String action, String resource, Optional<String> resourceAccount, RequestContext context) {
  public AuthorizationRequest {
    Objects.requireNonNull(caller);
    Objects.requireNonNull(action);
    Objects.requireNonNull(resource);
    Objects.requireNonNull(resourceAccount);
    Objects.requireNonNull(context);
  }

  public static AuthorizationRequest of(Caller caller, String action, String resource, RequestContext context) {
    return new AuthorizationRequest(caller, action, resource, Optional.empty(), context);
  }

  /** True when the resource belongs to another account than the caller's. */
  public boolean crossAccount() {
    return resourceAccount.isPresent()
        && caller.accountId().isPresent()
        && !resourceAccount.get().equals(caller.accountId().get());
  }

  /** The service prefix of the action, lower-cased ("s3" for "S3:GetObject"). */
  String servicePrefix() {
    int colon = action.indexOf(':');
    return colon < 0 ? "" : action.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
  }
}
