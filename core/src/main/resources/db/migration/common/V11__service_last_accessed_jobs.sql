-- Service last accessed ("access advisor") report jobs. A job completes when it is created; the
-- report itself is computed from the audit log up to completed_at whenever it is read, so only the
-- request is kept. requested_by is the user or role that generated the job: AWS hands the report
-- only to that principal. Portable SQL, as V1.
CREATE TABLE service_last_accessed_jobs (
    job_id        VARCHAR(36)   PRIMARY KEY,
    account_id    VARCHAR(12)   NOT NULL REFERENCES accounts (account_id),
    entity_arn    VARCHAR(2048) NOT NULL,
    granularity   VARCHAR(16)   NOT NULL,
    requested_by  VARCHAR(2048) NOT NULL,
    created_at    BIGINT        NOT NULL,
    completed_at  BIGINT        NOT NULL
);
