package dev.warden.policy.eval;

import java.util.Objects;
import java.util.Optional;

/**
 * The principal making a request.
 *
 * @param type what kind of principal it is
 * @param accountId the principal's account (empty for services and anonymous callers)
 * @param arn the principal's ARN as AWS reports it: user ARN with path, the session ARN
 *     {@code arn:aws:sts::ACCT:assumed-role/ROLE/SESSION}, the root ARN; for a service its name
 *     ({@code lambda.amazonaws.com}); for a web identity the provider
 * @param roleArn for role sessions, the role's ARN (with path) — what aws:PrincipalArn holds
 * @param uniqueId the user's or role's unique id (AIDA…/AROA…), when known; trust policies store it
 * @param parentUserArn for federated-user sessions, the IAM user that created them
 */
public record Caller(
    CallerType type,
    Optional<String> accountId,
    String arn,
    Optional<String> roleArn,
    Optional<String> uniqueId,
    Optional<String> parentUserArn) {
  public Caller {
    Objects.requireNonNull(type);
    Objects.requireNonNull(arn);
  }

  public static Caller user(String accountId, String userArn) {
    return new Caller(CallerType.USER, Optional.of(accountId), userArn, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static Caller root(String accountId) {
    return new Caller(CallerType.ROOT, Optional.of(accountId), "arn:aws:iam::" + accountId + ":root",
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static Caller roleSession(String accountId, String sessionArn, String roleArn) {
    return new Caller(CallerType.ROLE_SESSION, Optional.of(accountId), sessionArn, Optional.of(roleArn),
        Optional.empty(), Optional.empty());
  }

  public static Caller service(String serviceName) {
    return new Caller(CallerType.SERVICE, Optional.empty(), serviceName, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static Caller anonymous() {
    return new Caller(CallerType.ANONYMOUS, Optional.empty(), "*", Optional.empty(), Optional.empty(), Optional.empty());
  }

  public Caller withUniqueId(String id) {
    return new Caller(type, accountId, arn, roleArn, Optional.of(id), parentUserArn);
  }

  /** The value of aws:PrincipalArn: the role ARN for role sessions, else the caller's ARN. */
  public String principalArn() {
    return roleArn.orElse(arn);
  }
}
