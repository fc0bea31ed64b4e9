package dev.warden.server.principal;

import dev.warden.core.sts.SessionClaims;
import dev.warden.policy.eval.Caller;
import java.util.Objects;
import java.util.Optional;

/**
 * Who signed a request, as the server's handlers and authorizer see it: the type parameter {@code P}
 * of the wire layer's ports ({@code CredentialStore<WardenPrincipal>}, {@code
 * QueryHandler<WardenPrincipal>}).
 *
 * @param caller the principal in the policy engine's terms (type, account, ARN, role ARN, unique id)
 * @param accessKeyId the access key id that signed the request
 * @param userName the IAM user name, for long-term keys and GetSessionToken sessions of a user
 * @param session the sealed session's claims, for temporary credentials
 */
public record WardenPrincipal(
    Caller caller, String accessKeyId, Optional<String> userName, Optional<SessionClaims> session) {
  public WardenPrincipal {
    Objects.requireNonNull(caller);
    Objects.requireNonNull(accessKeyId);
    Objects.requireNonNull(userName);
    Objects.requireNonNull(session);
  }

  public boolean temporary() {
    return session.isPresent();
  }

  public String accountId() {
    return caller.account();
  }
}
