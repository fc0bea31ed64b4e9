package dev.warden.server.auth;

import java.time.Instant;
import java.util.Optional;

/**
 * A request whose SigV4 signature checked out: who signed it and with what. Carries no secret.
 *
 * @param accessKeyId the key the request was signed with
 * @param scope the credential scope it was signed for (region and service as the client chose them)
 * @param temporaryCredentials whether a session token came with the key
 * @param expiration when temporary credentials expire
 * @param principal the core module's principal, as the {@link CredentialStore} returned it
 */
public record AuthenticatedCaller<P>(
        CallerIdentity identity,
        String accessKeyId,
        CredentialScope scope,
        AuthLocation location,
        boolean temporaryCredentials,
        Optional<Instant> expiration,
        P principal) {}
