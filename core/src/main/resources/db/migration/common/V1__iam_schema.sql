-- IAM entities. Portable SQL: only types and constructs that SQLite and PostgreSQL both accept the
-- same way (TEXT, BIGINT, INTEGER, BOOLEAN; times as epoch milliseconds). Anything dialect-specific
-- lives in the sqlite/ and postgresql/ folders beside this one.

CREATE TABLE accounts (
    account_id   VARCHAR(12) PRIMARY KEY,
    created_at   BIGINT      NOT NULL
);

CREATE TABLE users (
    user_id        VARCHAR(32)  PRIMARY KEY,
    account_id     VARCHAR(12)  NOT NULL REFERENCES accounts (account_id),
    name           VARCHAR(64)  NOT NULL,
    name_lower     VARCHAR(64)  NOT NULL,
    path           VARCHAR(512) NOT NULL,
    boundary_arn   VARCHAR(2048),
    tags_json      TEXT         NOT NULL,
    created_at     BIGINT       NOT NULL,
    row_version    BIGINT       NOT NULL,
    CONSTRAINT users_name_unique UNIQUE (account_id, name_lower)
);

CREATE TABLE iam_groups (
    group_id     VARCHAR(32)  PRIMARY KEY,
    account_id   VARCHAR(12)  NOT NULL REFERENCES accounts (account_id),
    name         VARCHAR(128) NOT NULL,
    name_lower   VARCHAR(128) NOT NULL,
    path         VARCHAR(512) NOT NULL,
    created_at   BIGINT       NOT NULL,
    row_version  BIGINT       NOT NULL,
    CONSTRAINT groups_name_unique UNIQUE (account_id, name_lower)
);

CREATE TABLE group_members (
    group_id   VARCHAR(32) NOT NULL REFERENCES iam_groups (group_id),
    user_id    VARCHAR(32) NOT NULL REFERENCES users (user_id),
    added_at   BIGINT      NOT NULL,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_members_by_user ON group_members (user_id);

CREATE TABLE roles (
    role_id               VARCHAR(32)  PRIMARY KEY,
    account_id            VARCHAR(12)  NOT NULL REFERENCES accounts (account_id),
    name                  VARCHAR(64)  NOT NULL,
    name_lower            VARCHAR(64)  NOT NULL,
    path                  VARCHAR(512) NOT NULL,
    trust_policy          TEXT         NOT NULL,
    description           VARCHAR(1000),
    max_session_duration  INTEGER      NOT NULL,
    boundary_arn          VARCHAR(2048),
    tags_json             TEXT         NOT NULL,
    created_at            BIGINT       NOT NULL,
    row_version           BIGINT       NOT NULL,
    CONSTRAINT roles_name_unique UNIQUE (account_id, name_lower)
);

CREATE TABLE managed_policies (
    policy_id            VARCHAR(32)   PRIMARY KEY,
    account_id           VARCHAR(12)   NOT NULL REFERENCES accounts (account_id),
    name                 VARCHAR(128)  NOT NULL,
    name_lower           VARCHAR(128)  NOT NULL,
    path                 VARCHAR(512)  NOT NULL,
    arn                  VARCHAR(2048) NOT NULL,
    description          VARCHAR(1000),
    default_version_id   VARCHAR(16)   NOT NULL,
    next_version_number  INTEGER       NOT NULL,
    tags_json            TEXT          NOT NULL,
    created_at           BIGINT        NOT NULL,
    updated_at           BIGINT        NOT NULL,
    row_version          BIGINT        NOT NULL,
    CONSTRAINT managed_policies_name_unique UNIQUE (account_id, name_lower),
    CONSTRAINT managed_policies_arn_unique UNIQUE (arn)
);

CREATE TABLE policy_versions (
    policy_id    VARCHAR(32) NOT NULL REFERENCES managed_policies (policy_id),
    version_id   VARCHAR(16) NOT NULL,
    document     TEXT        NOT NULL,
    created_at   BIGINT      NOT NULL,
    PRIMARY KEY (policy_id, version_id)
);

-- Inline policies and attachments name their owner by kind ('user', 'role', 'group') and unique id.
CREATE TABLE inline_policies (
    owner_kind   VARCHAR(8)   NOT NULL,
    owner_id     VARCHAR(32)  NOT NULL,
    name         VARCHAR(128) NOT NULL,
    name_lower   VARCHAR(128) NOT NULL,
    document     TEXT         NOT NULL,
    PRIMARY KEY (owner_kind, owner_id, name_lower)
);

-- AWS managed policies are attached by ARN only, so policy_arn has no foreign key.
CREATE TABLE policy_attachments (
    owner_kind   VARCHAR(8)    NOT NULL,
    owner_id     VARCHAR(32)   NOT NULL,
    policy_arn   VARCHAR(2048) NOT NULL,
    attached_at  BIGINT        NOT NULL,
    PRIMARY KEY (owner_kind, owner_id, policy_arn)
);
CREATE INDEX policy_attachments_by_arn ON policy_attachments (policy_arn);

CREATE TABLE access_keys (
    access_key_id       VARCHAR(32)  PRIMARY KEY,
    user_id             VARCHAR(32)  NOT NULL REFERENCES users (user_id),
    status              VARCHAR(16)  NOT NULL,
    secret_ciphertext   TEXT         NOT NULL,
    created_at          BIGINT       NOT NULL,
    last_used_at        BIGINT,
    last_used_service   VARCHAR(128),
    last_used_region    VARCHAR(64)
);
CREATE INDEX access_keys_by_user ON access_keys (user_id);

CREATE TABLE login_profiles (
    user_id                   VARCHAR(32) PRIMARY KEY REFERENCES users (user_id),
    password_hash             TEXT        NOT NULL,
    password_reset_required   BOOLEAN     NOT NULL,
    created_at                BIGINT      NOT NULL
);
