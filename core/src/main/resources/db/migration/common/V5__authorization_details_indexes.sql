-- GetAccountAuthorizationDetails reads every managed policy with its permissions-boundary use count,
-- and lists the AWS managed policies in use as boundaries: index the boundary columns so neither
-- scans all users and roles once per policy.
CREATE INDEX users_by_boundary ON users (boundary_arn);
CREATE INDEX roles_by_boundary ON roles (boundary_arn);
