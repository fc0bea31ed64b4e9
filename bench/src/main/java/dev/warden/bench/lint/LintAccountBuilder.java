package dev.warden.bench.lint;

import dev.warden.core.home.WardenHome;
import dev.warden.core.home.WardenHomeSettings;
import dev.warden.core.iam.AttachmentRequests.AttachPolicy;
import dev.warden.core.iam.GroupRequests;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.InlinePolicyRequests.PutPolicy;
import dev.warden.core.iam.PolicyRequests;
import dev.warden.core.iam.RoleRequests;
import dev.warden.core.iam.UserRequests;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an account of the size the lint target names, through the IAM services into a real
 * store: {@code policies} customer managed policies (eight document shapes, from a scoped
 * read/write grant to {@code s3:*} on {@code *}, escalation and exposure grants, and a long
 * multi-service policy), one user per four policies and one role per four policies, each with four
 * attached policies and an inline policy, a trust policy per role, groups of ten users with an
 * inline policy each, one access key per user; one policy in ten is attached to nothing. AWS's
 * default quota (and Warden's) is 1,500 customer managed policies per account, so 1,500 of them
 * make 2,662 policy documents in all.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.warden.bench.lint.LintAccountBuilder DIR [POLICIES]}
 * makes a Warden home in DIR for {@code ./warden lint --account --home DIR}.
 */
public final class LintAccountBuilder {
  public static final String ACCOUNT = "111122223333";
  private static final int POLICIES_PER_PRINCIPAL = 4;
  private static final int USERS_PER_GROUP = 10;

  private LintAccountBuilder() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: LintAccountBuilder DIR [POLICIES]");
      System.exit(2);
    }
    int policies = args.length > 1 ? Integer.parseInt(args[1]) : 1500;
    long start = System.nanoTime();
    try (WardenHome home = WardenHome.open(WardenHomeSettings.defaults(Path.of(args[0])).withAccountId(ACCOUNT))) {
      Counts counts = build(home.iam(), policies);
      System.out.printf("built %s = %d policy documents in %.1f s%n", counts, counts.documents(), (System.nanoTime() - start) / 1e9);
    }
  }

  /** What was built. */
  public record Counts(int policies, int users, int roles, int groups) {
    /** Policy documents lint reads: managed (default versions), inline of users, roles and groups, trust. */
    public int documents() {
      return policies + users + 2 * roles + groups;
    }
  }

  public static Counts build(Iam iam, int policyCount) {
    List<String> arns = new ArrayList<>();
    for (int i = 0; i < policyCount; i++) {
      arns.add(iam.policies().createPolicy(new PolicyRequests.CreatePolicy("policy-" + i, null, document(i), null, List.of())).arn());
    }
    int principals = policyCount / POLICIES_PER_PRINCIPAL;
    int groups = Math.max(1, principals / USERS_PER_GROUP);
    for (int g = 0; g < groups; g++) {
      iam.groups().createGroup(new GroupRequests.CreateGroup("group-" + g, null));
      iam.inlinePolicies().putGroupPolicy(new PutPolicy("group-" + g, "inline", document(g * 3 + 1)));
    }
    for (int u = 0; u < principals; u++) {
      String user = "user-" + u;
      iam.users().createUser(UserRequests.CreateUser.named(user));
      iam.groups().addUserToGroup(new GroupRequests.Membership("group-" + (u % groups), user));
      iam.inlinePolicies().putUserPolicy(new PutPolicy(user, "inline", document(u + 5)));
      for (int k = 0; k < POLICIES_PER_PRINCIPAL; k++) {
        int p = (u * POLICIES_PER_PRINCIPAL + k) % policyCount;
        if (p % 10 != 9) { // every tenth policy stays unattached
          iam.attachments().attachUserPolicy(new AttachPolicy(user, arns.get(p)));
        }
      }
      iam.accessKeys().createAccessKey(user);
    }
    for (int r = 0; r < principals; r++) {
      String role = "role-" + r;
      iam.roles().createRole(RoleRequests.CreateRole.of(role, trust(r)));
      iam.inlinePolicies().putRolePolicy(new PutPolicy(role, "inline", document(r + 2)));
      for (int k = 0; k < POLICIES_PER_PRINCIPAL; k++) {
        int p = (r * POLICIES_PER_PRINCIPAL + k + 1) % policyCount;
        if (p % 10 != 9) {
          iam.attachments().attachRolePolicy(new AttachPolicy(role, arns.get(p)));
        }
      }
    }
    return new Counts(policyCount, principals, principals, groups);
  }

  /** Eight shapes, as accounts have them: most scoped, some broad. */
  static String document(int i) {
    String n = Integer.toString(i);
    String statements = switch (i % 8) {
      case 0 -> statement("[\"s3:GetObject\",\"s3:PutObject\"]", "arn:aws:s3:::bucket-" + n + "/*")
          + "," + statement("\"s3:ListBucket\"", "arn:aws:s3:::bucket-" + n);
      case 1 -> statement("[\"dynamodb:GetItem\",\"dynamodb:PutItem\",\"dynamodb:Query\"]",
          "arn:aws:dynamodb:eu-west-1:" + ACCOUNT + ":table/table-" + n);
      case 2 -> statement("\"s3:*\"", "*");
      case 3 -> statement("\"iam:PassRole\"", "arn:aws:iam::" + ACCOUNT + ":role/*")
          + "," + statement("[\"lambda:CreateFunction\",\"lambda:InvokeFunction\"]", "*");
      case 4 -> statement("\"secretsmanager:GetSecretValue\"", "*");
      case 5 -> statement("[\"ec2:Describe*\",\"ec2:RunInstances\"]", "*");
      case 6 -> statement("[\"kms:PutKeyPolicy\",\"kms:Decrypt\"]", "*")
          + "," + statement("\"sqs:*\"", "arn:aws:sqs:eu-west-1:" + ACCOUNT + ":queue-" + n);
      default -> longPolicy(n);
    };
    return "{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}";
  }

  private static String longPolicy(String n) {
    List<String> parts = new ArrayList<>();
    parts.add(statement("[\"logs:CreateLogStream\",\"logs:PutLogEvents\"]", "arn:aws:logs:eu-west-1:" + ACCOUNT + ":log-group:app-" + n + ":*"));
    parts.add(statement("[\"cloudwatch:PutMetricData\"]", "*"));
    parts.add(statement("[\"sns:Publish\"]", "arn:aws:sns:eu-west-1:" + ACCOUNT + ":topic-" + n));
    parts.add(statement("[\"sqs:SendMessage\",\"sqs:ReceiveMessage\",\"sqs:DeleteMessage\"]", "arn:aws:sqs:eu-west-1:" + ACCOUNT + ":queue-" + n));
    parts.add(statement("[\"ssm:GetParameter\",\"ssm:GetParameters\"]", "arn:aws:ssm:eu-west-1:" + ACCOUNT + ":parameter/app/" + n + "/*"));
    parts.add("{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}");
    return String.join(",", parts);
  }

  private static String statement(String actions, String resource) {
    return "{\"Effect\":\"Allow\",\"Action\":" + actions + ",\"Resource\":\"" + resource + "\"}";
  }

  private static String trust(int r) {
    String principal = switch (r % 4) {
      case 0 -> "{\"Service\":\"lambda.amazonaws.com\"}";
      case 1 -> "{\"AWS\":\"arn:aws:iam::" + ACCOUNT + ":root\"}";
      case 2 -> "{\"AWS\":\"arn:aws:iam::444455556666:root\"}";
      default -> "{\"Service\":\"config.amazonaws.com\"}";
    };
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":" + principal + ",\"Action\":\"sts:AssumeRole\"}]}";
  }
}
