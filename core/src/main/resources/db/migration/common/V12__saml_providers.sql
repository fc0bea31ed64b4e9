-- SAML 2.0 identity providers: the metadata document as uploaded (checked to be well-formed XML with
-- an EntityDescriptor root), its validUntil when it has one, and tags. Portable SQL, as V1. Nothing
-- evaluates SAML trust yet (no AssumeRoleWithSAML), so SQLite needs no change-counter triggers here.
CREATE TABLE saml_providers (
    arn                VARCHAR(2048) PRIMARY KEY,
    account_id         VARCHAR(12)   NOT NULL REFERENCES accounts (account_id),
    name               VARCHAR(128)  NOT NULL,
    metadata_document  TEXT          NOT NULL,
    valid_until        BIGINT,
    tags_json          TEXT          NOT NULL,
    created_at         BIGINT        NOT NULL
);
CREATE INDEX saml_providers_by_account ON saml_providers (account_id);
