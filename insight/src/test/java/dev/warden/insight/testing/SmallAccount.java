package dev.warden.insight.testing;

import dev.warden.catalog.ManagedPolicies;
import dev.warden.core.home.WardenHome;
import dev.warden.core.home.WardenHomeSettings;
import dev.warden.core.iam.AttachmentRequests;
import dev.warden.core.iam.GroupRequests;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.InlinePolicyRequests;
import dev.warden.core.iam.JsonPolicyDocumentCheck;
import dev.warden.core.iam.RoleRequests;
import dev.warden.core.iam.UserRequests;
import dev.warden.core.model.Tag;
import dev.warden.insight.access.AccountPrincipals;
import dev.warden.insight.access.StoredPolicyDocuments;
import java.nio.file.Path;
import java.util.List;

/**
 * A real Warden home in a temporary folder with a small account whose access is known:
 *
 * <ul>
 *   <li>alice: iam:GetUser on *; iam:CreateUser only from 10.0.0.0/8;
 *   <li>bob (group devs): iam:List*, but iam:ListUsers denied outside 10.0.0.0/8;
 *   <li>carol: AdministratorAccess within a boundary of iam:Get* and sts:AssumeRole;
 *   <li>dave (tag team=ops): iam:TagUser for team ops, iam:UntagUser for team dev; iam:PassRole
 *       and lambda:CreateFunction;
 *   <li>role app (trusts alice; and carol only with MFA): iam:GetRole only from 10.0.0.0/8;
 *   <li>role deployer (trusts lambda.amazonaws.com): iam:AttachRolePolicy on role app;
 * </ul>
 *
 * plus the administrator user every home starts with.
 */
public final class SmallAccount implements AutoCloseable {

    public static final String ACCOUNT = "123456789012";
    public static final String ARN = "arn:aws:iam::" + ACCOUNT + ":";

    private final WardenHome home;

    public SmallAccount(Path folder) {
        home = WardenHome.open(WardenHomeSettings.defaults(folder).withAccountId(ACCOUNT)
                .withPolicyCheck(new JsonPolicyDocumentCheck(), arn -> ManagedPolicies.get().find(arn).isPresent()));
        Iam iam = home.iam();
        iam.users().createUser(UserRequests.CreateUser.named("alice"));
        userPolicy("alice", statement("Allow", "iam:GetUser", "*", null)
                + "," + statement("Allow", "iam:CreateUser", "*", "{\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}"));
        iam.users().createUser(UserRequests.CreateUser.named("bob"));
        iam.groups().createGroup(new GroupRequests.CreateGroup("devs", null));
        iam.groups().addUserToGroup(new GroupRequests.Membership("devs", "bob"));
        iam.inlinePolicies().putGroupPolicy(new InlinePolicyRequests.PutPolicy("devs", "list", document(
                statement("Allow", "iam:List*", "*", null) + "," + statement("Deny", "iam:ListUsers", "*",
                        "{\"NotIpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}"))));
        iam.policies().createPolicy(dev.warden.core.iam.PolicyRequests.CreatePolicy.of("get-only",
                document(statement("Allow", "iam:Get*", "*", null) + "," + statement("Allow", "sts:AssumeRole", "*", null))));
        iam.users().createUser(new UserRequests.CreateUser("carol", null, ARN + "policy/get-only", List.of()));
        iam.attachments().attachUserPolicy(new AttachmentRequests.AttachPolicy("carol",
                "arn:aws:iam::aws:policy/AdministratorAccess"));
        iam.users().createUser(new UserRequests.CreateUser("dave", null, null, List.of(new Tag("team", "ops"))));
        userPolicy("dave", statement("Allow", "iam:TagUser", "*", "{\"StringEquals\":{\"aws:PrincipalTag/team\":\"ops\"}}")
                + "," + statement("Allow", "iam:UntagUser", "*", "{\"StringEquals\":{\"aws:PrincipalTag/team\":\"dev\"}}")
                + "," + statement("Allow", "iam:PassRole", ARN + "role/deployer", null)
                + "," + statement("Allow", "lambda:CreateFunction", "*", null));
        iam.roles().createRole(RoleRequests.CreateRole.of("app", document(
                "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + ARN + "user/alice\"},\"Action\":\"sts:AssumeRole\"},"
                + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + ARN + "user/carol\"},\"Action\":\"sts:AssumeRole\","
                + "\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}}")));
        iam.inlinePolicies().putRolePolicy(new InlinePolicyRequests.PutPolicy("app", "read", document(
                statement("Allow", "iam:GetRole", "*", "{\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}"))));
        iam.roles().createRole(RoleRequests.CreateRole.of("deployer", document(
                "{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}")));
        iam.inlinePolicies().putRolePolicy(new InlinePolicyRequests.PutPolicy("deployer", "attach", document(
                statement("Allow", "iam:AttachRolePolicy", ARN + "role/app", null))));
    }

    public WardenHome home() {
        return home;
    }

    public Iam iam() {
        return home.iam();
    }

    public AccountPrincipals principals() {
        return new AccountPrincipals(home.iam(), StoredPolicyDocuments.withEmbeddedCatalog());
    }

    private void userPolicy(String user, String statements) {
        home.iam().inlinePolicies().putUserPolicy(new InlinePolicyRequests.PutPolicy(user, "inline", document(statements)));
    }

    public static String document(String statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}";
    }

    public static String statement(String effect, String action, String resource, String condition) {
        return "{\"Effect\":\"" + effect + "\",\"Action\":\"" + action + "\",\"Resource\":\"" + resource + "\""
                + (condition == null ? "" : ",\"Condition\":" + condition) + "}";
    }

    @Override
    public void close() {
        home.close();
    }
}
