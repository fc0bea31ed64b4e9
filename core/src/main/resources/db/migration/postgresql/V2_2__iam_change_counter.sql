-- PostgreSQL dialect: several Warden nodes may share one database, and each caches compiled policies.
-- Every statement that changes what a principal may do bumps a transactional counter and sends
-- NOTIFY warden_iam_changes with the schema as payload (delivered at commit, to every listening node).
-- Nodes re-read the counter on each notification and at least once a second, so a notification that
-- was missed is still noticed (PostgresIamChangeFeed).
--
-- Access keys, login profiles and audit rows are left out on purpose: nothing derived from them is
-- cached (keys are read on every request), and key last-used updates happen on every request.
-- A new table that feeds policy evaluation must get the same trigger.
CREATE TABLE iam_change_counter (
    singleton  BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    value      BIGINT  NOT NULL
);
INSERT INTO iam_change_counter (singleton, value) VALUES (TRUE, 0);

-- Schema-qualified through TG_TABLE_SCHEMA, so a change made from a session with another search_path
-- (psql, another installation's schema) still counts in the right place.
CREATE FUNCTION iam_change_count() RETURNS trigger AS $$
BEGIN
    EXECUTE format('UPDATE %I.iam_change_counter SET value = value + 1', TG_TABLE_SCHEMA);
    PERFORM pg_notify('warden_iam_changes', TG_TABLE_SCHEMA);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER users_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON users
    FOR EACH STATEMENT EXECUTE FUNCTION iam_change_count();
CREATE TRIGGER iam_groups_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON iam_groups
    FOR EACH STATEMENT EXECUTE FUNCTION iam_change_count();
CREATE TRIGGER group_members_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON group_members
    FOR EACH STATEMENT EXECUTE FUNCTION iam_change_count();
CREATE TRIGGER roles_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON roles
    FOR EACH STATEMENT EXECUTE FUNCTION iam_change_count();
CREATE TRIGGER managed_policies_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON managed_policies
    FOR EACH STATEMENT EXECUTE FUNCTION iam_change_count();
CREATE TRIGGER policy_versions_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON policy_versions
    FOR EACH STATEMENT EXECUTE FUNCTION iam_change_count();
CREATE TRIGGER inline_policies_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON inline_policies
    FOR EACH STATEMENT EXECUTE FUNCTION iam_change_count();
CREATE TRIGGER policy_attachments_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON policy_attachments
    FOR EACH STATEMENT EXECUTE FUNCTION iam_change_count();
