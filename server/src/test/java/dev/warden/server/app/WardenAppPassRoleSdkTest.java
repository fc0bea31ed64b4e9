package dev.warden.server.app;

import static dev.warden.server.app.WardenAppSdkTest.credentialsFile;
import static dev.warden.server.app.WardenAppSdkTest.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.InlinePolicyRequests;
import dev.warden.core.iam.InstanceProfileRequests;
import dev.warden.core.iam.RoleRequests;
import dev.warden.core.iam.UserRequests;
import dev.warden.server.testing.MutableClock;
import dev.warden.server.testing.PerStoreSdkTest;
import dev.warden.server.testing.TestDatabase;
import dev.warden.server.testing.TestStore;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * Authorization of the calls that hand a role to a service or create one for it, with the AWS SDK
 * against the assembled app: AddRoleToInstanceProfile also needs iam:PassRole on the role, and
 * iam:CreateServiceLinkedRole can be limited with iam:AWSServiceName.
 */
@ParameterizedClass
@EnumSource(TestStore.class)
class WardenAppPassRoleSdkTest extends PerStoreSdkTest {

    @Parameter
    TestStore store;

    static final String ACCOUNT = "123456789012";

    static TestDatabase database;
    static WardenApp app;
    static Iam iam;

    @BeforeParameterizedClassInvocation
    static void start(TestStore store) throws Exception {
        database = closeAfterStore(store.create());
        app = closeAfterStore(WardenApp.start(
                new WardenAppSettings(folder.resolve(store.name()), "127.0.0.1", 0, ACCOUNT, new MutableClock())
                        .withStore(database.location())));
        iam = app.home().iam();
        credentialsFile(app.home().credentialsFile());
    }

    static IamClient client(String user, String policy) {
        iam.users().createUser(UserRequests.CreateUser.named(user));
        iam.inlinePolicies().putUserPolicy(new InlinePolicyRequests.PutPolicy(user, "p", policy));
        CreatedAccessKey key = iam.accessKeys().createAccessKey(user);
        app.iamChanged();
        AwsCredentials credentials = AwsBasicCredentials.create(key.accessKey().accessKeyId(),
                key.secretAccessKey().reveal());
        return IamClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + app.port()))
                .region(Region.AWS_GLOBAL).credentialsProvider(StaticCredentialsProvider.create(credentials)).build();
    }

    @Test
    void addingARoleToAnInstanceProfileNeedsPassRoleOnThatRole() {
        String trust = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},\
                "Action":"sts:AssumeRole"}]}""";
        iam.roles().createRole(new RoleRequests.CreateRole("web", "/apps/", trust, null, null, null, List.of()));
        iam.roles().createRole(RoleRequests.CreateRole.of("admin", trust));
        iam.instanceProfiles().createInstanceProfile(new InstanceProfileRequests.CreateInstanceProfile("web-profile",
                null, List.of()));
        String policy = """
                {"Version":"2012-10-17","Statement":[\
                {"Effect":"Allow","Action":["iam:AddRoleToInstanceProfile","iam:RemoveRoleFromInstanceProfile"],\
                "Resource":"*"},\
                {"Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::%s:role/apps/*",\
                "Condition":{"StringEquals":{"iam:PassedToService":"ec2.amazonaws.com"}}}]}""".formatted(ACCOUNT);
        try (IamClient asOps = client("ops", policy)) {
            AwsServiceException denied = failure(() -> asOps.addRoleToInstanceProfile(r -> r
                    .instanceProfileName("web-profile").roleName("admin")));
            assertThat(denied.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            assertThat(denied.awsErrorDetails().errorMessage()).isEqualTo("User: arn:aws:iam::" + ACCOUNT
                    + ":user/ops is not authorized to perform: iam:PassRole on resource: arn:aws:iam::" + ACCOUNT
                    + ":role/admin because no identity-based policy allows the iam:PassRole action");
            assertThat(iam.instanceProfiles().getInstanceProfile("web-profile").roles()).isEmpty();

            asOps.addRoleToInstanceProfile(r -> r.instanceProfileName("web-profile").roleName("web"));

            assertThat(iam.instanceProfiles().getInstanceProfile("web-profile").roles())
                    .extracting(dev.warden.core.model.Role::roleName).containsExactly("web");
            asOps.removeRoleFromInstanceProfile(r -> r.instanceProfileName("web-profile").roleName("web"));
        }
    }

    @Test
    void createServiceLinkedRoleCanBeLimitedToServices() {
        String policy = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:CreateServiceLinkedRole",\
                "Resource":"*","Condition":{"StringEquals":{"iam:AWSServiceName":"elasticmapreduce.amazonaws.com"}}}]}""";
        try (IamClient asPlatform = client("platform", policy)) {
            AwsServiceException denied = failure(() -> asPlatform.createServiceLinkedRole(r -> r
                    .awsServiceName("ecs.amazonaws.com")));
            assertThat(denied.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            assertThat(denied.awsErrorDetails().errorMessage()).contains("iam:CreateServiceLinkedRole on resource: "
                    + "arn:aws:iam::" + ACCOUNT + ":role/aws-service-role/ecs.amazonaws.com/");

            assertThat(asPlatform.createServiceLinkedRole(r -> r.awsServiceName("elasticmapreduce.amazonaws.com"))
                    .role().roleName()).isEqualTo("AWSServiceRoleForEMRCleanup");
        }
    }
}
