-- The account's STS preferences (SetSecurityTokenServicePreferences): which version of session token
-- the global endpoint issues, 1 or 2, as GetAccountSummary reports it (GlobalEndpointTokenVersion). An
-- account without a row has never set it and reports version 1. Portable SQL, as V1; nothing cached
-- for policy evaluation depends on it, so SQLite needs no counter triggers here.
CREATE TABLE sts_preferences (
    account_id                     VARCHAR(12) PRIMARY KEY REFERENCES accounts (account_id),
    global_endpoint_token_version  INTEGER     NOT NULL,
    updated_at                     BIGINT      NOT NULL,
    CONSTRAINT sts_preferences_version_known CHECK (global_endpoint_token_version IN (1, 2))
);
