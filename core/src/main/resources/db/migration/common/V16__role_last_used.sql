-- When and in which Region each role was last used (GetRole's and GetAccountAuthorizationDetails'
-- RoleLastUsed): a call signed with one of the role's session credentials. A table of its own rather
-- than columns of roles: every update of a roles row bumps the IAM change counter (triggers on both
-- SQLite and PostgreSQL), which would throw away every cached policy once per save interval, and
-- nothing cached depends on last use. A role without a row has never been used. Portable SQL, as V1.
CREATE TABLE role_last_used (
    role_id           VARCHAR(32) PRIMARY KEY REFERENCES roles (role_id),
    last_used_at      BIGINT      NOT NULL,
    last_used_region  VARCHAR(64)
);
