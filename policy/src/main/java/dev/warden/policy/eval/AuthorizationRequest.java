package dev.warden.policy.eval;

import dev.warden.policy.arn.Arn;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.match.PrincipalIdentity;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One request to decide. Immutable; the parsed forms every statement needs (resource ARN, principal
 * identity, service prefix) are computed once here rather than per statement.
 */
public final class AuthorizationRequest {
  private final Caller caller;
  private final String action;
  private final String resource;
  private final Optional<String> resourceAccount;
  private final RequestContext context;
  private final String servicePrefix;
  private final Arn resourceArn;
  private final PrincipalIdentity principal;

  /**
   * @param action e.g. {@code s3:GetObject}
   * @param resource the resource ARN, or {@code *} for actions without a resource
   * @param resourceAccount the account that owns the resource; empty means the caller's own account
   */
  public AuthorizationRequest(
      Caller caller, String action, String resource, Optional<String> resourceAccount, RequestContext context) {
    this.caller = Objects.requireNonNull(caller);
    this.action = Objects.requireNonNull(action);
    this.resource = Objects.requireNonNull(resource);
    this.resourceAccount = Objects.requireNonNull(resourceAccount);
    this.context = Objects.requireNonNull(context);
    int colon = action.indexOf(':');
    this.servicePrefix = colon < 0 ? "" : action.substring(0, colon).toLowerCase(Locale.ROOT);
    this.resourceArn = Arn.parse(resource).orElse(null);
    this.principal = caller.identity();
  }

  public static AuthorizationRequest of(Caller caller, String action, String resource, RequestContext context) {
    return new AuthorizationRequest(caller, action, resource, Optional.empty(), context);
  }

  public Caller caller() {
    return caller;
  }

  public String action() {
    return action;
  }

  public String resource() {
    return resource;
  }

  public Optional<String> resourceAccount() {
    return resourceAccount;
  }

  public RequestContext context() {
    return context;
  }

  /** A copy with another context (e.g. with keys added by the server). */
  public AuthorizationRequest withContext(RequestContext newContext) {
    return new AuthorizationRequest(caller, action, resource, resourceAccount, newContext);
  }

  /** True when the resource belongs to another account than the caller's. */
  public boolean crossAccount() {
    return resourceAccount.isPresent()
        && caller.accountId().isPresent()
        && !resourceAccount.get().equals(caller.accountId().get());
  }

  /** The service prefix of the action, lower-cased ("s3" for "S3:GetObject"). */
  String servicePrefix() {
    return servicePrefix;
  }

  /** The resource as a parsed ARN; null when it is {@code *} or not an ARN. */
  Arn resourceArn() {
    return resourceArn;
  }

  PrincipalIdentity principal() {
    return principal;
  }

  @Override
  public String toString() {
    return caller.arn() + " " + action + " " + resource;
  }
}
