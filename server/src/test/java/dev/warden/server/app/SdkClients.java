package dev.warden.server.app;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/** AWS SDK clients pointed at a Warden app, configured as a user would: IAM global, STS in us-east-1. */
final class SdkClients {

    private SdkClients() {}

    static IamClient iam(WardenApp app, AwsCredentials credentials) {
        return IamClient.builder().endpointOverride(endpoint(app))
                .region(Region.AWS_GLOBAL).credentialsProvider(StaticCredentialsProvider.create(credentials)).build();
    }

    static StsClient sts(WardenApp app, AwsCredentialsProvider credentials) {
        return StsClient.builder().endpointOverride(endpoint(app)).region(Region.US_EAST_1)
                .credentialsProvider(credentials).build();
    }

    static StsClient sts(WardenApp app, AwsCredentials credentials) {
        return sts(app, StaticCredentialsProvider.create(credentials));
    }

    /** The key pair of the profile Warden's first start writes ({@code aws/credentials}). */
    static AwsCredentials credentialsFile(Path file) throws Exception {
        Properties profile = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            profile.load(in);
        }
        return AwsBasicCredentials.create(profile.getProperty("aws_access_key_id"),
                profile.getProperty("aws_secret_access_key"));
    }

    static AwsCredentials session(Credentials credentials) {
        return AwsSessionCredentials.create(credentials.accessKeyId(), credentials.secretAccessKey(),
                credentials.sessionToken());
    }

    private static URI endpoint(WardenApp app) {
        return URI.create("http://127.0.0.1:" + app.port());
    }
}
