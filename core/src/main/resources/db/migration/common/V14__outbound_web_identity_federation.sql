-- Outbound web identity federation (IAM EnableOutboundWebIdentityFederation, STS GetWebIdentityToken):
-- one row per account once the feature was first enabled. The issuer id names the account's issuer URL
-- and stays when the feature is disabled and enabled again, as do the signing keys, so trust that
-- external services configured keeps working. Private keys are JWKs sealed by SecretAtRestCipher
-- (v1:...), the key id as associated data. Portable SQL, as V1; nothing here affects policies, so
-- SQLite needs no change-counter triggers.
CREATE TABLE outbound_web_identity_federation (
    account_id       VARCHAR(12)  PRIMARY KEY REFERENCES accounts (account_id),
    enabled          BOOLEAN      NOT NULL,
    issuer_id        VARCHAR(64)  NOT NULL,
    rsa_key_id       VARCHAR(64)  NOT NULL,
    rsa_private_key  TEXT         NOT NULL,
    ec_key_id        VARCHAR(64)  NOT NULL,
    ec_private_key   TEXT         NOT NULL,
    created_at       BIGINT       NOT NULL,
    updated_at       BIGINT       NOT NULL
);
