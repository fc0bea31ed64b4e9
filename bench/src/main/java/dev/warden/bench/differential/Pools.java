package dev.warden.bench.differential;

import java.util.List;

/**
 * The small pools every generated value is drawn from. Small on purpose: policies and requests pick
 * from the same few names, so actions, resources, principals and condition values actually match
 * often enough to reach every branch of the evaluation logic.
 */
final class Pools {
  static final String CALLER_ACCOUNT = "111111111111";
  static final String OTHER_ACCOUNT = "222222222222";
  static final String ANONYMOUS = "anonymous";

  static final List<Target> TARGETS = List.of(
      new Target("s3:GetObject", objects(), true),
      new Target("s3:PutObject", objects(), true),
      new Target("s3:DeleteObject", objects(), true),
      new Target("s3:ListBucket", List.of("arn:aws:s3:::data-bucket", "arn:aws:s3:::logs-bucket"), true),
      new Target("sqs:SendMessage", List.of("arn:aws:sqs:us-east-1:{acct}:orders", "arn:aws:sqs:us-east-1:{acct}:blue-jobs"), true),
      new Target("sqs:ReceiveMessage", List.of("arn:aws:sqs:us-east-1:{acct}:orders", "arn:aws:sqs:eu-west-1:{acct}:orders"), true),
      new Target("dynamodb:GetItem", List.of("arn:aws:dynamodb:us-east-1:{acct}:table/Users", "arn:aws:dynamodb:us-east-1:{acct}:table/Audit"), true),
      new Target("dynamodb:PutItem", List.of("arn:aws:dynamodb:us-east-1:{acct}:table/Users"), true),
      new Target("sns:Publish", List.of("arn:aws:sns:us-east-1:{acct}:alerts", "arn:aws:sns:us-east-1:{acct}:green-alerts"), false),
      new Target("lambda:InvokeFunction", List.of("arn:aws:lambda:us-east-1:{acct}:function:resize"), false),
      new Target("secretsmanager:GetSecretValue", List.of("arn:aws:secretsmanager:us-east-1:{acct}:secret:db-pass-AbCdEf"), true));

  /** Actions policies may name that no generated request asks for. */
  static final List<String> OTHER_ACTIONS = List.of(
      "s3:GetObjectVersion", "sqs:DeleteQueue", "dynamodb:Query", "ec2:DescribeInstances", "iam:GetUser", "sns:Subscribe");

  static final List<Principal> USERS = List.of(
      Principal.user("alice", "arn:aws:iam::" + CALLER_ACCOUNT + ":user/alice", "AIDAALICEEXAMPLE00001"),
      Principal.user("bob", "arn:aws:iam::" + CALLER_ACCOUNT + ":user/dev/bob", "AIDABOBEXAMPLE0000002"));

  static final List<Principal> SESSIONS = List.of(
      Principal.session("arn:aws:sts::" + CALLER_ACCOUNT + ":assumed-role/deployer/build-1",
          "arn:aws:iam::" + CALLER_ACCOUNT + ":role/deployer", "AROADEPLOYEREXAMPLE01:build-1"),
      Principal.session("arn:aws:sts::" + CALLER_ACCOUNT + ":assumed-role/reader/alice",
          "arn:aws:iam::" + CALLER_ACCOUNT + ":role/reader", "AROAREADEREXAMPLE0001:alice"));

  static final List<String> SERVICES = List.of("lambda.amazonaws.com", "sns.amazonaws.com");

  private Pools() {}

  private static List<String> objects() {
    return List.of(
        "arn:aws:s3:::data-bucket/reports/2026/q1.csv",
        "arn:aws:s3:::data-bucket/home/alice/notes.txt",
        "arn:aws:s3:::data-bucket/home/bob/notes.txt",
        "arn:aws:s3:::logs-bucket/public/index.html",
        "arn:aws:s3:::logs-bucket/Reports/Q1.csv");
  }
}
