package dev.warden.policy.match;

import dev.warden.policy.arn.Arn;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling, as far as a Principal element can tell (iam-semantics.md §2.5). Build instances
 * with the factory methods; each sets exactly the fields that kind of caller has.
 *
 * @param type what kind of caller
 * @param partition the partition the caller lives in ({@code aws}, {@code aws-cn}...); empty for
 *     anonymous callers and services
 * @param accountId the caller's account; empty for anonymous callers, services and not-yet-assumed
 *     web-identity / SAML callers
 * @param arn the caller's own ARN: user ARN, session ARN ({@code arn:aws:sts::A:assumed-role/R/S}),
 *     federated-user ARN, root ARN
 * @param parentArn for a role session the role's ARN (with its path); for a federated user the IAM
 *     user that called GetFederationToken
 * @param uniqueId the user's unique id ({@code AIDA…}); for sessions the parent's ({@code AROA…} of
 *     the role, {@code AIDA…} of the federating user)
 * @param serviceName for a service principal, e.g. {@code ec2.amazonaws.com}
 * @param federatedProvider for web-identity / SAML callers, the provider as written in a Federated
 *     principal: {@code accounts.google.com}, {@code cognito-identity.amazonaws.com} or the
 *     provider ARN {@code arn:aws:iam::A:oidc-provider/HOST} / {@code …:saml-provider/NAME}
 */
public record PrincipalIdentity(
    Type type,
    Optional<String> partition,
    Optional<String> accountId,
    Optional<Arn> arn,
    Optional<Arn> parentArn,
    Optional<String> uniqueId,
    Optional<String> serviceName,
    Optional<String> federatedProvider) {

  public enum Type {
    USER,
    ROLE_SESSION,
    /** A GetFederationToken session: {@code arn:aws:sts::A:federated-user/NAME}. */
    FEDERATED_USER,
    ROOT,
    SERVICE,
    ANONYMOUS,
    /** An OIDC / Cognito / well-known web identity asking to assume a role. */
    WEB_IDENTITY,
    /** A SAML assertion holder asking to assume a role. */
    SAML
  }

  public PrincipalIdentity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(partition, "partition");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(parentArn, "parentArn");
    Objects.requireNonNull(uniqueId, "uniqueId");
    Objects.requireNonNull(serviceName, "serviceName");
    Objects.requireNonNull(federatedProvider, "federatedProvider");
  }

  public static PrincipalIdentity user(Arn userArn, String uniqueId) {
    require(userArn.isIamUser(), "not an IAM user ARN: " + userArn);
    return new PrincipalIdentity(Type.USER, Optional.of(userArn.partition()), Optional.of(userArn.account()),
        Optional.of(userArn), Optional.empty(), Optional.of(uniqueId), Optional.empty(), Optional.empty());
  }

  /** A role session: {@code sessionArn} is the assumed-role ARN, {@code roleArn} the role with its path. */
  public static PrincipalIdentity roleSession(Arn sessionArn, Arn roleArn, String roleUniqueId) {
    require(sessionArn.isAssumedRole(), "not an assumed-role ARN: " + sessionArn);
    require(roleArn.isIamRole(), "not a role ARN: " + roleArn);
    require(sessionArn.account().equals(roleArn.account()), "session and role are in different accounts");
    return new PrincipalIdentity(Type.ROLE_SESSION, Optional.of(sessionArn.partition()), Optional.of(sessionArn.account()),
        Optional.of(sessionArn), Optional.of(roleArn), Optional.of(roleUniqueId), Optional.empty(), Optional.empty());
  }

  /** A GetFederationToken session created by IAM user {@code userArn}. */
  public static PrincipalIdentity federatedUser(Arn federatedUserArn, Arn userArn, String userUniqueId) {
    require(federatedUserArn.isFederatedUser(), "not a federated-user ARN: " + federatedUserArn);
    require(userArn.isIamUser(), "not an IAM user ARN: " + userArn);
    return new PrincipalIdentity(Type.FEDERATED_USER, Optional.of(federatedUserArn.partition()),
        Optional.of(federatedUserArn.account()), Optional.of(federatedUserArn), Optional.of(userArn),
        Optional.of(userUniqueId), Optional.empty(), Optional.empty());
  }

  public static PrincipalIdentity root(String partition, String accountId) {
    return new PrincipalIdentity(Type.ROOT, Optional.of(partition), Optional.of(accountId),
        Optional.of(Arn.root(partition, accountId)), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static PrincipalIdentity service(String serviceName) {
    return new PrincipalIdentity(Type.SERVICE, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of(serviceName), Optional.empty());
  }

  public static PrincipalIdentity anonymous() {
    return new PrincipalIdentity(Type.ANONYMOUS, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static PrincipalIdentity webIdentity(String provider) {
    return new PrincipalIdentity(Type.WEB_IDENTITY, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(provider));
  }

  public static PrincipalIdentity saml(Arn samlProviderArn) {
    return new PrincipalIdentity(Type.SAML, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.of(samlProviderArn.toString()));
  }

  /** True for callers that belong to an account: users, role sessions, federated users, root. */
  public boolean isAccountMember() {
    return type == Type.USER || type == Type.ROLE_SESSION || type == Type.FEDERATED_USER || type == Type.ROOT;
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
