package dev.warden.server.auth;

import java.util.Objects;

/**
 * Who signed a request, as STS GetCallerIdentity reports it (iam-semantics.md §6.5), e.g. an IAM
 * user: {@code AIDA…}, {@code 123456789012}, {@code arn:aws:iam::123456789012:user/alice}; a role
 * session: {@code AROA…:session}, account, {@code arn:aws:sts::123456789012:assumed-role/R/session}.
 */
public record CallerIdentity(String userId, String account, String arn) {

    public CallerIdentity {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(arn, "arn");
    }
}
