-- Virtual MFA devices. The TOTP seed is encrypted at rest like secret access keys (v1:<AES-GCM box>,
-- the serial number as associated data). user_id is null while the device is unassigned; enabled_at
-- is set when EnableMFADevice assigns it. Portable SQL, as V1.
CREATE TABLE mfa_devices (
    serial_number   VARCHAR(1100) PRIMARY KEY,
    account_id      VARCHAR(12)   NOT NULL REFERENCES accounts (account_id),
    name            VARCHAR(226)  NOT NULL,
    path            VARCHAR(512)  NOT NULL,
    seed_ciphertext TEXT          NOT NULL,
    user_id         VARCHAR(32)   REFERENCES users (user_id),
    enabled_at      BIGINT,
    tags_json       TEXT          NOT NULL,
    created_at      BIGINT        NOT NULL
);
CREATE INDEX mfa_devices_by_user ON mfa_devices (user_id);
CREATE INDEX mfa_devices_by_account ON mfa_devices (account_id);
