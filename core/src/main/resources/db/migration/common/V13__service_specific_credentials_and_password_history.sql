-- Service-specific credentials of IAM users (CreateServiceSpecificCredential): the password only
-- sealed (v1:<base64(nonce|ct|tag)>, the credential id as associated data). Portable SQL, as V1.
CREATE TABLE service_specific_credentials (
    credential_id      VARCHAR(32)   PRIMARY KEY,
    user_id            VARCHAR(32)   NOT NULL REFERENCES users (user_id),
    service_name       VARCHAR(128)  NOT NULL,
    service_user_name  VARCHAR(200)  NOT NULL,
    sealed_password    TEXT          NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    created_at         BIGINT        NOT NULL,
    expires_at         BIGINT
);
CREATE INDEX service_specific_credentials_by_user ON service_specific_credentials (user_id);

-- Earlier console password hashes of each user (Argon2id, as login_profiles keeps the current one),
-- newest generation last, so ChangePassword can enforce the password policy's PasswordReusePrevention
-- (at most 24 remembered). Cleared with the login profile.
CREATE TABLE password_history (
    user_id        VARCHAR(32)  NOT NULL REFERENCES users (user_id),
    generation     BIGINT       NOT NULL,
    password_hash  TEXT         NOT NULL,
    replaced_at    BIGINT       NOT NULL,
    PRIMARY KEY (user_id, generation)
);
