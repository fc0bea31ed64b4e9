-- SSH public keys of IAM users (UploadSSHPublicKey), kept in ssh-rsa form. Portable SQL, as V1.
CREATE TABLE ssh_public_keys (
    key_id       VARCHAR(32)  PRIMARY KEY,
    user_id      VARCHAR(32)  NOT NULL REFERENCES users (user_id),
    body         TEXT         NOT NULL,
    fingerprint  VARCHAR(64)  NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    uploaded_at  BIGINT       NOT NULL
);
CREATE INDEX ssh_public_keys_by_user ON ssh_public_keys (user_id);
