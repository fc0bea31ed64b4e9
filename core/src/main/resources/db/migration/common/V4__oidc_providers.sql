-- IAM OpenID Connect providers. Portable SQL, as V1. The URL is kept without its https:// (as
-- GetOpenIDConnectProvider returns it and as the ARN ends); it is unique per account, compared
-- exactly (AWS treats the URL as case-sensitive). jwks_json is Warden-specific: the issuer's public
-- signing keys, supplied by the operator because Warden never fetches them (see OidcSigningKeys).
CREATE TABLE oidc_providers (
    arn               VARCHAR(2048) PRIMARY KEY,
    account_id        VARCHAR(12)   NOT NULL REFERENCES accounts (account_id),
    url               VARCHAR(255)  NOT NULL,
    client_ids_json   TEXT          NOT NULL,
    thumbprints_json  TEXT          NOT NULL,
    tags_json         TEXT          NOT NULL,
    jwks_json         TEXT,
    jwks_updated_at   BIGINT,
    created_at        BIGINT        NOT NULL,
    row_version       BIGINT        NOT NULL,
    CONSTRAINT oidc_providers_url_unique UNIQUE (account_id, url)
);
