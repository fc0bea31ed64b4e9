-- X.509 certificates: users' signing certificates and the account's server certificates. Bodies and
-- chains as uploaded (PEM); a server certificate's private key only as ciphertext (v1:<AES-GCM box>,
-- the certificate id as associated data). Portable SQL, as V1.
CREATE TABLE signing_certificates (
    certificate_id  VARCHAR(32)  PRIMARY KEY,
    user_id         VARCHAR(32)  NOT NULL REFERENCES users (user_id),
    body            TEXT         NOT NULL,
    fingerprint     VARCHAR(64)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    uploaded_at     BIGINT       NOT NULL
);
CREATE INDEX signing_certificates_by_user ON signing_certificates (user_id);

CREATE TABLE server_certificates (
    certificate_id          VARCHAR(32)   PRIMARY KEY,
    account_id              VARCHAR(12)   NOT NULL REFERENCES accounts (account_id),
    name                    VARCHAR(128)  NOT NULL,
    name_lower              VARCHAR(128)  NOT NULL,
    path                    VARCHAR(512)  NOT NULL,
    body                    TEXT          NOT NULL,
    chain                   TEXT,
    private_key_ciphertext  TEXT          NOT NULL,
    expires_at              BIGINT        NOT NULL,
    tags_json               TEXT          NOT NULL,
    uploaded_at             BIGINT        NOT NULL,
    CONSTRAINT server_certificates_name_unique UNIQUE (account_id, name_lower)
);
