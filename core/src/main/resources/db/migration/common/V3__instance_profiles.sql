-- Instance profiles (iam-semantics §7.1: at most one role each). Portable SQL, as V1.
CREATE TABLE instance_profiles (
    instance_profile_id  VARCHAR(32)  PRIMARY KEY,
    account_id           VARCHAR(12)  NOT NULL REFERENCES accounts (account_id),
    name                 VARCHAR(128) NOT NULL,
    name_lower           VARCHAR(128) NOT NULL,
    path                 VARCHAR(512) NOT NULL,
    tags_json            TEXT         NOT NULL,
    created_at           BIGINT       NOT NULL,
    row_version          BIGINT       NOT NULL,
    CONSTRAINT instance_profiles_name_unique UNIQUE (account_id, name_lower)
);

-- A table rather than a column so that the one-role limit stays a quota (checked by the service)
-- and DeleteRole can find the profiles that hold a role through the index below.
CREATE TABLE instance_profile_roles (
    instance_profile_id  VARCHAR(32) NOT NULL REFERENCES instance_profiles (instance_profile_id),
    role_id              VARCHAR(32) NOT NULL REFERENCES roles (role_id),
    added_at             BIGINT      NOT NULL,
    PRIMARY KEY (instance_profile_id, role_id)
);
CREATE INDEX instance_profile_roles_by_role ON instance_profile_roles (role_id);
