-- CloudTrail-shaped audit records. Append-only: the dialect folders add the triggers that refuse
-- UPDATE and DELETE. Secrets are removed before a row is written (AuditRedactor).

CREATE TABLE audit_events (
    event_id              VARCHAR(64)   PRIMARY KEY,
    event_time            BIGINT        NOT NULL,
    event_source          VARCHAR(128)  NOT NULL,
    event_name            VARCHAR(128)  NOT NULL,
    aws_region            VARCHAR(64)   NOT NULL,
    source_ip_address     VARCHAR(64),
    user_agent            VARCHAR(1024),
    identity_type         VARCHAR(32),
    principal_id          VARCHAR(256),
    principal_arn         VARCHAR(2048),
    account_id            VARCHAR(12),
    access_key_id         VARCHAR(128),
    session_context_json  TEXT,
    request_parameters    TEXT,
    response_elements     TEXT,
    error_code            VARCHAR(128),
    error_message         TEXT,
    request_id            VARCHAR(128),
    decision_json         TEXT
);
CREATE INDEX audit_events_by_time ON audit_events (event_time, event_id);
CREATE INDEX audit_events_by_principal ON audit_events (principal_arn, event_time);
CREATE INDEX audit_events_by_name ON audit_events (event_name, event_time);
