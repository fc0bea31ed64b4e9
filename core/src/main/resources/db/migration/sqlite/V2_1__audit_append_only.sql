-- SQLite dialect: refuse changes to audit rows. PostgreSQL needs a plpgsql function instead
-- (see ../postgresql/V2_1__audit_append_only.sql).
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only');
END;

CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only');
END;
