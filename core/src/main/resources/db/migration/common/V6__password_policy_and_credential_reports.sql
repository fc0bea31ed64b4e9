-- The account password policy, the credential report and when a login profile's password was last
-- set (the report's password_last_changed). Portable SQL, as V1; ADD COLUMN is spelled alike in
-- SQLite and PostgreSQL.
CREATE TABLE password_policies (
    account_id                 VARCHAR(12) PRIMARY KEY REFERENCES accounts (account_id),
    minimum_length             INTEGER     NOT NULL,
    require_symbols            BOOLEAN     NOT NULL,
    require_numbers            BOOLEAN     NOT NULL,
    require_uppercase          BOOLEAN     NOT NULL,
    require_lowercase          BOOLEAN     NOT NULL,
    allow_users_to_change      BOOLEAN     NOT NULL,
    max_password_age_days      INTEGER,
    password_reuse_prevention  INTEGER,
    hard_expiry                BOOLEAN,
    updated_at                 BIGINT      NOT NULL
);

-- One report per account: state INPROGRESS while it is being generated, then COMPLETE with the CSV.
CREATE TABLE credential_reports (
    account_id    VARCHAR(12) PRIMARY KEY REFERENCES accounts (account_id),
    state         VARCHAR(16) NOT NULL,
    started_at    BIGINT      NOT NULL,
    generated_at  BIGINT,
    content       TEXT
);

-- Null for profiles created before this column existed: their password was set when they were created.
ALTER TABLE login_profiles ADD COLUMN password_changed_at BIGINT;
