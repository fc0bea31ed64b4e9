package dev.warden.core.home;

import dev.warden.core.secret.OwnerOnlyFiles;
import dev.warden.core.secret.SecretAccessKey;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the {@code warden} profile for AWS CLIs and SDKs into {@code $WARDEN_HOME/aws/}: the
 * credentials file (mode 0600; the only place the admin secret is ever written) and the config file
 * with region and endpoint. Point clients at them with AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE.
 */
public final class AwsCliProfile {
    public static final String PROFILE = "warden";
    public static final String REGION = "us-east-1";

    private AwsCliProfile() {
    }

    public static Path credentialsFile(Path home) {
        return home.resolve("aws").resolve("credentials");
    }

    public static Path configFile(Path home) {
        return home.resolve("aws").resolve("config");
    }

    public static void writeCredentials(Path home, String accessKeyId, SecretAccessKey secret) throws IOException {
        OwnerOnlyFiles.createOwnerOnlyDirectory(home.resolve("aws"));
        OwnerOnlyFiles.writePrivate(credentialsFile(home), "[" + PROFILE + "]\n"
                + "aws_access_key_id = " + accessKeyId + "\n"
                + "aws_secret_access_key = " + secret.reveal() + "\n");
    }

    public static void writeConfig(Path home, int port) throws IOException {
        OwnerOnlyFiles.createOwnerOnlyDirectory(home.resolve("aws"));
        OwnerOnlyFiles.writePrivate(configFile(home), "[profile " + PROFILE + "]\n"
                + "region = " + REGION + "\n"
                + "endpoint_url = http://127.0.0.1:" + port + "\n"
                + S3_SIGV4);
    }

    /**
     * The nested {@code s3} setting that makes botocore (the AWS CLI's {@code aws s3 presign}, boto3's
     * {@code generate_presigned_url}) presign S3 URLs with SigV4: in us-east-1 it presigns with the
     * legacy SigV2 otherwise, which Warden's S3 gateway does not accept (as S3 in regions without SigV2).
     */
    public static final String S3_SIGV4 = "s3 =\n    signature_version = s3v4\n";
}
