package dev.warden.server.iam;

import dev.warden.core.iam.AccessKeyCredential;
import dev.warden.core.iam.Iam;
import dev.warden.core.model.User;
import dev.warden.policy.eval.Caller;
import dev.warden.server.auth.CallerIdentity;
import dev.warden.server.auth.CredentialStore;
import dev.warden.server.auth.SecretAccessKey;
import dev.warden.server.auth.SigningIdentity;
import dev.warden.server.principal.WardenPrincipal;
import java.util.Optional;

/**
 * Test stand-in for the server's real credential store: resolves the long-term access keys of IAM
 * users from the core (active keys only). Session credentials are not resolved.
 */
final class HomeCredentialStore implements CredentialStore<WardenPrincipal> {

    private final Iam iam;

    HomeCredentialStore(Iam iam) {
        this.iam = iam;
    }

    @Override
    public Optional<SigningIdentity<WardenPrincipal>> resolve(String accessKeyId, Optional<String> sessionToken) {
        if (sessionToken.isPresent()) {
            return Optional.empty();
        }
        return iam.accessKeys().findCredential(accessKeyId).filter(AccessKeyCredential::isActive).map(credential -> {
            User user = credential.user();
            CallerIdentity identity = new CallerIdentity(user.userId(), user.accountId(), user.arn());
            WardenPrincipal principal = new WardenPrincipal(
                    Caller.user(user.accountId(), user.arn()).withUniqueId(user.userId()), accessKeyId,
                    Optional.of(user.userName()), Optional.empty());
            return SigningIdentity.longTerm(SecretAccessKey.fromText(credential.secretAccessKey().reveal()), identity,
                    principal);
        });
    }
}
