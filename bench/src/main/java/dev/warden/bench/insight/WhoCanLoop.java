package dev.warden.bench.insight;

import dev.warden.catalog.ManagedPolicies;
import dev.warden.core.home.WardenHome;
import dev.warden.core.home.WardenHomeSettings;
import dev.warden.core.iam.AttachmentRequests;
import dev.warden.core.iam.GroupRequests;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.InlinePolicyRequests;
import dev.warden.core.iam.JsonPolicyDocumentCheck;
import dev.warden.core.iam.PolicyRequests;
import dev.warden.core.iam.RoleRequests;
import dev.warden.core.iam.UserRequests;
import dev.warden.insight.access.Access;
import dev.warden.insight.access.AccountPrincipal;
import dev.warden.insight.access.AccountPrincipals;
import dev.warden.insight.access.StoredPolicyDocuments;
import dev.warden.insight.access.WhoCan;
import dev.warden.insight.access.WhoCanEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * who-can over an account of 1,000 principals (700 users in 20 groups, 300 roles; inline,
 * group and managed policies, conditions, boundaries), timed end to end as the command runs it:
 * read and compile every principal's policies from SQLite, then ask the engine for each.
 * {@code java -cp bench/target/benchmarks.jar dev.warden.bench.insight.WhoCanLoop [rounds]}
 */
public final class WhoCanLoop {

    static final String ACCOUNT = "123456789012";
    static final int USERS = 700;
    static final int GROUPS = 20;
    static final int ROLES = 300;

    private WhoCanLoop() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path folder = Files.createTempDirectory("warden-whocan");
        try (WardenHome home = WardenHome.open(WardenHomeSettings.defaults(folder).withAccountId(ACCOUNT)
                .withPolicyCheck(new JsonPolicyDocumentCheck(), arn -> ManagedPolicies.get().find(arn).isPresent()))) {
            long built = System.nanoTime();
            populate(home.iam());
            System.out.printf("account: %d users, %d groups, %d roles written in %.1f s%n", USERS + 1, GROUPS, ROLES,
                    (System.nanoTime() - built) / 1e9);
            List<String[]> questions = List.of(
                    new String[] {"s3:PutObject", "arn:aws:s3:::bucket-7/reports/q1.csv"},
                    new String[] {"iam:CreateUser", "arn:aws:iam::" + ACCOUNT + ":user/new"},
                    new String[] {"sts:AssumeRole", "arn:aws:iam::" + ACCOUNT + ":role/role-5"});
            long[] totals = new long[rounds];
            for (int round = 0; round < rounds; round++) {
                long start = System.nanoTime();
                // A fresh loader each round: nothing compiled is reused between runs of the command.
                AccountPrincipals principals = new AccountPrincipals(home.iam(), StoredPolicyDocuments.withEmbeddedCatalog());
                List<AccountPrincipal> all = principals.all();
                long loaded = System.nanoTime();
                StringBuilder answers = new StringBuilder();
                for (String[] q : questions) {
                    long asked = System.nanoTime();
                    List<WhoCanEntry> entries = WhoCan.ask(all, q[0], q[1]);
                    long conditional = entries.stream().filter(e -> e.verdict().access() == Access.CONDITIONAL).count();
                    answers.append(String.format("  %s: %d allowed (%d conditional) in %d ms", q[0], entries.size(),
                            conditional, (System.nanoTime() - asked) / 1_000_000));
                }
                totals[round] = System.nanoTime() - start;
                System.out.printf("round %d: %d principals loaded in %d ms;%s; total %d ms%n", round + 1, all.size(),
                        (loaded - start) / 1_000_000, answers, totals[round] / 1_000_000);
            }
            Arrays.sort(totals);
            System.out.printf("load + 3 who-can questions over %d principals: best %d ms, median %d ms%n",
                    USERS + 1 + ROLES, totals[0] / 1_000_000, totals[rounds / 2] / 1_000_000);
        }
    }

    static void populate(Iam iam) {
        String arn = "arn:aws:iam::" + ACCOUNT + ":";
        iam.policies().createPolicy(PolicyRequests.CreatePolicy.of("boundary", document(
                statement("Allow", "[\"s3:*\",\"iam:Get*\",\"sts:AssumeRole\"]", "\"*\"", null))));
        for (int g = 0; g < GROUPS; g++) {
            iam.groups().createGroup(new GroupRequests.CreateGroup("group-" + g, null));
            iam.inlinePolicies().putGroupPolicy(new InlinePolicyRequests.PutPolicy("group-" + g, "read", document(
                    statement("Allow", "[\"s3:Get*\",\"s3:List*\"]", "\"arn:aws:s3:::bucket-" + g + "/*\"", null)
                    + "," + statement("Deny", "\"s3:PutObject\"", "\"*\"",
                            "{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"false\"}}"))));
        }
        for (int u = 0; u < USERS; u++) {
            String name = "user-" + u;
            iam.users().createUser(new UserRequests.CreateUser(name, "/team-" + (u % 10) + "/",
                    u % 10 == 0 ? arn + "policy/boundary" : null, List.of()));
            iam.groups().addUserToGroup(new GroupRequests.Membership("group-" + (u % GROUPS), name));
            String condition = u % 3 == 0 ? "{\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}" : null;
            iam.inlinePolicies().putUserPolicy(new InlinePolicyRequests.PutPolicy(name, "own", document(
                    statement("Allow", "[\"s3:PutObject\",\"s3:GetObject\"]", "\"arn:aws:s3:::bucket-" + (u % 50)
                            + "/*\"", condition)
                    + "," + statement("Allow", "\"sts:AssumeRole\"", "\"" + arn + "role/role-" + (u % ROLES) + "\"", null))));
            if (u % 10 == 0) {
                iam.attachments().attachUserPolicy(new AttachmentRequests.AttachPolicy(name,
                        "arn:aws:iam::aws:policy/AdministratorAccess"));
            }
        }
        for (int r = 0; r < ROLES; r++) {
            String name = "role-" + r;
            iam.roles().createRole(RoleRequests.CreateRole.of(name, document(
                    "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + arn + "user/team-" + (r % 10) + "/user-" + r
                    + "\"},\"Action\":\"sts:AssumeRole\"}")));
            iam.inlinePolicies().putRolePolicy(new InlinePolicyRequests.PutPolicy(name, "work", document(
                    statement("Allow", "\"s3:*\"", "\"arn:aws:s3:::bucket-" + (r % 50) + "/reports/*\"", null))));
        }
    }

    static String document(String statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}";
    }

    static String statement(String effect, String actions, String resources, String condition) {
        return "{\"Effect\":\"" + effect + "\",\"Action\":" + actions + ",\"Resource\":" + resources
                + (condition == null ? "" : ",\"Condition\":" + condition) + "}";
    }
}
