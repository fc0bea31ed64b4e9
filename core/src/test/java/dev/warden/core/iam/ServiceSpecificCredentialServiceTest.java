package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.model.AccessKeyStatus;
import dev.warden.core.model.ServiceSpecificCredential;
import dev.warden.core.secret.ServicePassword;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceSpecificCredentialServiceTest {
    private static final String GIT = ServiceSpecificCredentialService.CODECOMMIT;
    private static final String KEYSPACES = ServiceSpecificCredentialService.KEYSPACES;
    private static final String BEDROCK = ServiceSpecificCredentialService.BEDROCK;

    @TempDir
    Path dir;

    private IamFixture fx;
    private ServiceSpecificCredentialService credentials;

    @BeforeEach
    void setUp() {
        fx = new IamFixture(dir);
        credentials = fx.iam.serviceSpecificCredentials();
        fx.iam.users().createUser(UserRequests.CreateUser.named("alice"));
        fx.iam.users().createUser(UserRequests.CreateUser.named("bob"));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private CreatedServiceSpecificCredential create(String user, String service) {
        return credentials.create(new ServiceSpecificCredentialService.CreateRequest(user, service, null));
    }

    @Test
    void aCredentialHasAnAccaIdAServiceUserNameAndAPasswordStoredOnlySealed() {
        CreatedServiceSpecificCredential created = create("alice", GIT);
        ServiceSpecificCredential c = created.credential();

        assertThat(c.credentialId()).matches("ACCA[A-Z2-7]{16}");
        assertThat(c.serviceUserName()).isEqualTo("alice-at-" + IamFixture.ACCOUNT);
        assertThat(c.status()).isEqualTo(AccessKeyStatus.Active);
        assertThat(c.createDate()).isEqualTo(IamFixture.NOW);
        assertThat(c.expirationDate()).isNull();
        String password = created.password().reveal();
        assertThat(password).hasSize(44);
        String sealed = fx.store.read(tx -> tx.serviceSpecificCredentials().sealedPassword(c.credentialId())).orElseThrow();
        assertThat(sealed).startsWith("v1:").doesNotContain(password);
        assertThat(credentials.verifyPassword(c.credentialId(), ServicePassword.of(password))).isTrue();
        assertThat(credentials.verifyPassword(c.credentialId(), ServicePassword.of(password + "x"))).isFalse();
    }

    @Test
    void twoPerUserPerServiceWithDistinctServiceUserNames() {
        ServiceSpecificCredential first = create("alice", GIT).credential();
        ServiceSpecificCredential second = create("alice", GIT).credential();
        failsWith(IamErrorCode.LIMIT_EXCEEDED, () -> create("alice", GIT));
        create("alice", KEYSPACES);
        create("alice", KEYSPACES);
        create("bob", GIT);

        assertThat(List.of(first.serviceUserName(), second.serviceUserName()))
                .containsExactly("alice-at-123456789012", "alice-at-123456789012-1");
        credentials.delete("alice", first.credentialId());
        assertThat(create("alice", GIT).credential().serviceUserName()).isEqualTo("alice-at-123456789012");
    }

    @Test
    void bedrockKeysGetAnAliasAndMayExpire() {
        ServiceSpecificCredential key = credentials.create(
                new ServiceSpecificCredentialService.CreateRequest("alice", BEDROCK, 30)).credential();

        assertThat(key.serviceUserName()).matches("BedrockAPIKey-[a-z2-7]{4}-at-123456789012");
        assertThat(key.expirationDate()).isEqualTo(IamFixture.NOW.plus(Duration.ofDays(30)));
    }

    record BadCreate(String user, String service, Integer ageDays, IamErrorCode code) {
    }

    @Test
    void badCreatesAreRefusedAsAwsRefusesThem() {
        for (BadCreate b : List.of(
                new BadCreate("alice", "s3.amazonaws.com", null, IamErrorCode.NOT_SUPPORTED_SERVICE),
                new BadCreate("alice", null, null, IamErrorCode.VALIDATION_ERROR),
                new BadCreate("nobody", GIT, null, IamErrorCode.NO_SUCH_ENTITY),
                new BadCreate("alice", GIT, 30, IamErrorCode.INVALID_INPUT),
                new BadCreate("alice", BEDROCK, 0, IamErrorCode.VALIDATION_ERROR),
                new BadCreate("alice", BEDROCK, 36_601, IamErrorCode.VALIDATION_ERROR))) {
            failsWith(b.code(), () -> credentials.create(
                    new ServiceSpecificCredentialService.CreateRequest(b.user(), b.service(), b.ageDays())))
                    .as(b.toString());
        }
        List<ServiceSpecificCredential> stored = fx.store.read(
                tx -> tx.serviceSpecificCredentials().listForAccount(IamFixture.ACCOUNT));
        assertThat(stored).isEmpty();
    }

    @Test
    void resetReplacesThePasswordAndKeepsTheCredential() {
        CreatedServiceSpecificCredential created = create("alice", GIT);
        String id = created.credential().credentialId();
        String oldPassword = created.password().reveal();

        CreatedServiceSpecificCredential reset = credentials.reset("alice", id);

        assertThat(reset.credential()).isEqualTo(created.credential());
        assertThat(reset.password().reveal()).isNotEqualTo(oldPassword);
        assertThat(credentials.verifyPassword(id, ServicePassword.of(oldPassword))).isFalse();
        assertThat(credentials.verifyPassword(id, reset.password())).isTrue();
    }

    @Test
    void listFiltersByUserAndServiceOrAcrossUsers() {
        ServiceSpecificCredential a1 = create("alice", GIT).credential();
        ServiceSpecificCredential a2 = create("alice", KEYSPACES).credential();
        ServiceSpecificCredential b1 = create("bob", GIT).credential();

        assertThat(list("alice", null, false)).containsExactlyInAnyOrder(a1, a2);
        assertThat(list("alice", KEYSPACES, false)).containsExactly(a2);
        assertThat(list(null, GIT, true)).containsExactlyInAnyOrder(a1, b1);
        failsWith(IamErrorCode.NOT_SUPPORTED_SERVICE, () -> list("alice", "ec2.amazonaws.com", false));
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> list("nobody", null, false));

        var page = credentials.list(new ServiceSpecificCredentialService.ListRequest("alice", null, false,
                new ListOptions(null, null, 1)));
        assertThat(page.items()).hasSize(1);
        assertThat(page.truncated()).isTrue();
        var next = credentials.list(new ServiceSpecificCredentialService.ListRequest("alice", null, false,
                new ListOptions(null, page.marker(), 1)));
        assertThat(next.truncated()).isFalse();
        assertThat(List.of(page.items().get(0), next.items().get(0))).containsExactlyInAnyOrder(a1, a2);
    }

    private List<ServiceSpecificCredential> list(String user, String service, boolean allUsers) {
        return credentials.list(new ServiceSpecificCredentialService.ListRequest(user, service, allUsers,
                ListOptions.all())).items();
    }

    @Test
    void onlyTheOwnerReachesACredentialAndInactiveOnesStopVerifying() {
        CreatedServiceSpecificCredential created = create("alice", GIT);
        String id = created.credential().credentialId();

        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> credentials.reset("bob", id));
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> credentials.updateStatus("bob", id, "Inactive"));
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> credentials.delete("bob", id));
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> credentials.updateStatus("alice", id, "Paused"));
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> credentials.delete("alice", "ACCA-short"));

        credentials.updateStatus("alice", id, "Inactive");
        assertThat(list("alice", null, false)).extracting(ServiceSpecificCredential::status)
                .containsExactly(AccessKeyStatus.Inactive);
        assertThat(credentials.verifyPassword(id, created.password())).isFalse();
    }

    @Test
    void aUserWithCredentialsCannotBeDeleted() {
        String id = create("alice", GIT).credential().credentialId();

        failsWith(IamErrorCode.DELETE_CONFLICT, () -> fx.iam.users().deleteUser("alice"))
                .hasMessage("Cannot delete entity, must remove referenced objects first.");

        credentials.delete("alice", id);
        fx.iam.users().deleteUser("alice");
        java.util.Optional<dev.warden.core.model.User> gone = fx.store.read(
                tx -> tx.users().findByName(IamFixture.ACCOUNT, "alice"));
        assertThat(gone).isEmpty();
    }
}
