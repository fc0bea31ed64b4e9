-- PostgreSQL dialect: OIDC providers decide AssumeRoleWithWebIdentity (issuer, audiences, signing
-- keys), so a change to one counts as an IAM change for every node, like the tables of V2_2.
CREATE TRIGGER oidc_providers_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON oidc_providers
    FOR EACH STATEMENT EXECUTE FUNCTION iam_change_count();
