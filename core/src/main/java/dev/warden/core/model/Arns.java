package dev.warden.core.model;

/** Builds the ARNs of IAM entities: {@code arn:aws:iam::ACCOUNT:<kind><path><name>}. */
public final class Arns {
    public static final String AWS_MANAGED_POLICY_PREFIX = "arn:aws:iam::aws:policy/";

    private Arns() {
    }

    public static String iam(String accountId, String kind, String path, String name) {
        return "arn:aws:iam::" + accountId + ":" + kind + path + name;
    }

    public static String user(String accountId, String path, String name) {
        return iam(accountId, "user", path, name);
    }

    public static String role(String accountId, String path, String name) {
        return iam(accountId, "role", path, name);
    }

    public static String group(String accountId, String path, String name) {
        return iam(accountId, "group", path, name);
    }

    public static String policy(String accountId, String path, String name) {
        return iam(accountId, "policy", path, name);
    }

    public static String instanceProfile(String accountId, String path, String name) {
        return iam(accountId, "instance-profile", path, name);
    }

    /** {@code arn:aws:iam::ACCOUNT:oidc-provider/HOST/PATH}: the issuer URL without its {@code https://}. */
    public static String oidcProvider(String accountId, String issuerWithoutScheme) {
        return "arn:aws:iam::" + accountId + ":oidc-provider/" + issuerWithoutScheme;
    }

    public static String assumedRole(String accountId, String roleName, String sessionName) {
        return "arn:aws:sts::" + accountId + ":assumed-role/" + roleName + "/" + sessionName;
    }
}
