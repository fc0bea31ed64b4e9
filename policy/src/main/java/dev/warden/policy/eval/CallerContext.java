package dev.warden.policy.eval;

import dev.warden.policy.context.ContextKeyType;
import dev.warden.policy.context.ContextValue;
import dev.warden.policy.context.RequestContext;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The global condition keys AWS sets from who is calling and when (iam-semantics.md §4.1-4.2):
 * aws:PrincipalArn, aws:PrincipalAccount, aws:PrincipalType, aws:userid, aws:username (IAM users
 * only), aws:PrincipalIsAWSService, aws:CurrentTime, aws:EpochTime.
 */
public final class CallerContext {
  private CallerContext() {}

  public static RequestContext derive(Caller caller, Instant now) {
    RequestContext.Builder keys = RequestContext.builder();
    keys.put("aws:CurrentTime", ContextValue.of(ContextKeyType.DATE, DateTimeFormatter.ISO_INSTANT.format(now)));
    keys.put("aws:EpochTime", ContextValue.of(ContextKeyType.NUMERIC, Long.toString(now.getEpochSecond())));
    if (caller.type() == CallerType.ANONYMOUS) {
      keys.put("aws:PrincipalAccount", "anonymous");
      keys.put("aws:PrincipalType", "Anonymous");
      keys.put("aws:userid", "anonymous");
      return keys.build();
    }
    if (caller.type() == CallerType.SERVICE) {
      keys.put("aws:PrincipalIsAWSService", ContextValue.of(ContextKeyType.BOOLEAN, "true"));
      keys.put("aws:PrincipalServiceName", caller.arn());
      return keys.build();
    }
    keys.put("aws:PrincipalIsAWSService", ContextValue.of(ContextKeyType.BOOLEAN, "false"));
    keys.put("aws:PrincipalArn", caller.principalArn());
    caller.accountId().ifPresent(account -> keys.put("aws:PrincipalAccount", account));
    if (caller.type().principalType() != null) {
      keys.put("aws:PrincipalType", caller.type().principalType());
    }
    switch (caller.type()) {
      case ROOT -> keys.put("aws:userid", caller.account());
      case USER -> {
        keys.put("aws:username", caller.arn().substring(caller.arn().lastIndexOf('/') + 1));
        caller.uniqueId().ifPresent(id -> keys.put("aws:userid", id));
      }
      case ROLE_SESSION -> caller.uniqueId().ifPresent(roleId ->
          keys.put("aws:userid", roleId + ":" + caller.arn().substring(caller.arn().lastIndexOf('/') + 1)));
      case FEDERATED_USER -> keys.put("aws:userid",
          caller.account() + ":" + caller.arn().substring(caller.arn().lastIndexOf('/') + 1));
      default -> { }
    }
    return keys.build();
  }
}
