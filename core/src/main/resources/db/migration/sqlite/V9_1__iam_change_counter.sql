-- SQLite dialect: the server owns the file, but Warden's own CLI commands also write IAM directly
-- (`policy generate --apply`, `oidc set-keys`) while a server may be running, and the server caches
-- compiled policies, roles and resolved access keys. Every row change that alters what a principal
-- may do, or which keys are valid, bumps this counter in the same transaction; the server's
-- SqliteIamChangeFeed reads it several times a second. Key last-used updates and audit rows are left
-- out on purpose (they happen all the time and nothing cached depends on them).
-- A new table that feeds policy evaluation must get the same triggers.
CREATE TABLE iam_change_counter (
    singleton  INTEGER PRIMARY KEY CHECK (singleton = 1),
    value      INTEGER NOT NULL
);
INSERT INTO iam_change_counter (singleton, value) VALUES (1, 0);

CREATE TRIGGER users_inserted AFTER INSERT ON users BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER users_updated AFTER UPDATE ON users BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER users_deleted AFTER DELETE ON users BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER iam_groups_inserted AFTER INSERT ON iam_groups BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER iam_groups_updated AFTER UPDATE ON iam_groups BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER iam_groups_deleted AFTER DELETE ON iam_groups BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER group_members_inserted AFTER INSERT ON group_members BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER group_members_updated AFTER UPDATE ON group_members BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER group_members_deleted AFTER DELETE ON group_members BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER roles_inserted AFTER INSERT ON roles BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER roles_updated AFTER UPDATE ON roles BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER roles_deleted AFTER DELETE ON roles BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER managed_policies_inserted AFTER INSERT ON managed_policies BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER managed_policies_updated AFTER UPDATE ON managed_policies BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER managed_policies_deleted AFTER DELETE ON managed_policies BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER policy_versions_inserted AFTER INSERT ON policy_versions BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER policy_versions_updated AFTER UPDATE ON policy_versions BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER policy_versions_deleted AFTER DELETE ON policy_versions BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER inline_policies_inserted AFTER INSERT ON inline_policies BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER inline_policies_updated AFTER UPDATE ON inline_policies BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER inline_policies_deleted AFTER DELETE ON inline_policies BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER policy_attachments_inserted AFTER INSERT ON policy_attachments BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER policy_attachments_updated AFTER UPDATE ON policy_attachments BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER policy_attachments_deleted AFTER DELETE ON policy_attachments BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER oidc_providers_inserted AFTER INSERT ON oidc_providers BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER oidc_providers_updated AFTER UPDATE ON oidc_providers BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER oidc_providers_deleted AFTER DELETE ON oidc_providers BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER access_keys_inserted AFTER INSERT ON access_keys BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER access_keys_status_updated AFTER UPDATE OF status ON access_keys BEGIN UPDATE iam_change_counter SET value = value + 1; END;
CREATE TRIGGER access_keys_deleted AFTER DELETE ON access_keys BEGIN UPDATE iam_change_counter SET value = value + 1; END;
