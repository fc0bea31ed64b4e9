-- Account aliases. AWS allows one alias per account and an alias names one account only (aliases
-- are unique across AWS), so both columns are unique; CreateAccountAlias replaces the row. Portable
-- SQL, as V1. Nothing cached for policy evaluation depends on an alias, so SQLite needs no counter
-- triggers here.
CREATE TABLE account_aliases (
    account_id  VARCHAR(12) PRIMARY KEY REFERENCES accounts (account_id),
    alias       VARCHAR(63) NOT NULL,
    created_at  BIGINT      NOT NULL,
    CONSTRAINT account_aliases_alias_unique UNIQUE (alias)
);
