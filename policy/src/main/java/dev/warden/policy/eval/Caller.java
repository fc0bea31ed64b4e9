package dev.warden.policy.eval;

import dev.warden.policy.arn.Arn;
import dev.warden.policy.match.PrincipalIdentity;
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

  /**
   * The caller an ARN names: {@code arn:aws:iam::ACCT:user/PATH/NAME}, {@code …:root}, {@code
   * arn:aws:iam::ACCT:role/PATH/NAME} (a session of that role), {@code
   * arn:aws:sts::ACCT:assumed-role/ROLE/SESSION}, {@code arn:aws:sts::ACCT:federated-user/NAME}, or a
   * service principal such as {@code lambda.amazonaws.com}.
   *
   * @throws IllegalArgumentException for anything else, with a message saying what is accepted
   */
  public static Caller parse(String text) {
    if (!text.startsWith("arn:")) {
      if (text.endsWith(".amazonaws.com") || text.endsWith(".amazonaws.com.cn")) {
        return service(text);
      }
      if (text.equals("*") || text.equalsIgnoreCase("anonymous")) {
        return anonymous();
      }
      throw new IllegalArgumentException(unsupported(text));
    }
    String[] parts = text.split(":", 6);
    if (parts.length != 6 || !parts[4].matches("\\d{12}")) {
      throw new IllegalArgumentException(unsupported(text));
    }
    String partition = parts[1];
    String service = parts[2];
    String account = parts[4];
    String resource = parts[5];
    if (service.equals("iam") && resource.equals("root")) {
      return root(account);
    }
    if (service.equals("iam") && resource.startsWith("user/")) {
      return user(account, text);
    }
    if (service.equals("iam") && resource.startsWith("role/")) {
      String name = resource.substring(resource.lastIndexOf('/') + 1);
      String session = "arn:" + partition + ":sts::" + account + ":assumed-role/" + name + "/simulated-session";
      return roleSession(account, session, text);
    }
    if (service.equals("sts") && resource.startsWith("assumed-role/")) {
      String[] pieces = resource.split("/");
      if (pieces.length == 3) {
        return roleSession(account, text, "arn:" + partition + ":iam::" + account + ":role/" + pieces[1]);
      }
    }
    if (service.equals("sts") && resource.startsWith("federated-user/")) {
      return new Caller(CallerType.FEDERATED_USER, Optional.of(account), text, Optional.empty(), Optional.empty(),
          Optional.empty());
    }
    throw new IllegalArgumentException(unsupported(text));
  }

  private static String unsupported(String text) {
    return "not a principal ARN: '" + text + "' (expected a user, role, assumed-role session, federated-user or "
        + "root ARN, or a service principal like lambda.amazonaws.com)";
  }

  /** The account id, or empty. */
  public String account() {
    return accountId.orElse("");
  }

  /**
   * The same caller in the form the Principal matcher takes. Unique ids default to empty text when
   * unknown, which no policy entry names.
   */
  public PrincipalIdentity identity() {
    switch (type) {
      case ROOT:
        return PrincipalIdentity.root(partition(), account());
      case USER:
        return PrincipalIdentity.user(Arn.of(arn), uniqueId.orElse(""));
      case ROLE_SESSION:
        return PrincipalIdentity.roleSession(Arn.of(arn), Arn.of(roleArn.orElseThrow()), uniqueId.orElse(""));
      case FEDERATED_USER:
        return parentUserArn.isPresent()
            ? PrincipalIdentity.federatedUser(Arn.of(arn), Arn.of(parentUserArn.get()), uniqueId.orElse(""))
            : new PrincipalIdentity(PrincipalIdentity.Type.FEDERATED_USER, Optional.of(partition()), accountId,
                Optional.of(Arn.of(arn)), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
      case SERVICE:
        return PrincipalIdentity.service(arn);
      case WEB_IDENTITY:
        return PrincipalIdentity.webIdentity(arn);
      case ANONYMOUS:
      default:
        return PrincipalIdentity.anonymous();
    }
  }

  private String partition() {
    return arn.startsWith("arn:") ? arn.substring(4, arn.indexOf(':', 4)) : "aws";
  }

  public Caller withUniqueId(String id) {
    return new Caller(type, accountId, arn, roleArn, Optional.of(id), parentUserArn);
  }

  /**
   * True for a session of a service-linked role: IAM creates those under the path
   * {@code /aws-service-role/} (IAM User Guide, "Service-linked roles"), the only thing that marks them.
   */
  public boolean serviceLinkedRole() {
    return type == CallerType.ROLE_SESSION
        && roleArn.filter(role -> role.contains(":role/aws-service-role/")).isPresent();
  }

  /**
   * True when SCPs apply to this caller: the IAM users, roles and root user of an organisation's
   * accounts, except service-linked roles (AWS Organizations User Guide, "Service control policies":
   * SCPs don't affect service-linked roles, nor principals outside the organisation's accounts).
   */
  public boolean subjectToScps() {
    return switch (type) {
      case ROOT, USER, FEDERATED_USER -> true;
      case ROLE_SESSION -> !serviceLinkedRole();
      case SERVICE, ANONYMOUS, WEB_IDENTITY -> false;
    };
  }

  /** The value of aws:PrincipalArn: the role ARN for role sessions, else the caller's ARN. */
  public String principalArn() {
    return roleArn.orElse(arn);
  }
}
