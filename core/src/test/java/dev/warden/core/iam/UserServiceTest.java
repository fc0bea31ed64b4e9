package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.id.IdPrefix;
import dev.warden.core.model.Page;
import dev.warden.core.model.Tag;
import dev.warden.core.model.User;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UserServiceTest {
    @TempDir
    Path dir;

    private IamFixture fx;
    private UserService users;

    @BeforeEach
    void setUp() {
        fx = new IamFixture(dir);
        users = fx.iam.users();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void createsUserWithAwsShapedIdArnAndDate() {
        User u = users.createUser(new UserRequests.CreateUser("alice", "/eng/", null, List.of(new Tag("team", "core"))));
        assertThat(u.userId()).hasSize(21).startsWith("AIDA");
        assertThat(IdPrefix.USER.matches(u.userId())).isTrue();
        assertThat(u.arn()).isEqualTo("arn:aws:iam::123456789012:user/eng/alice");
        assertThat(u.createDate()).isEqualTo(IamFixture.NOW);
        assertThat(users.getUser("ALICE")).isEqualTo(u);
        assertThat(users.findUserById(u.userId())).contains(u);
        assertThat(users.findUserById("AIDANOSUCHUSERNOSUCHU")).isEmpty();
    }

    @Test
    void namesAreUniqueIgnoringCase() {
        users.createUser(UserRequests.CreateUser.named("Admins"));
        failsWith(IamErrorCode.ENTITY_ALREADY_EXISTS, () -> users.createUser(UserRequests.CreateUser.named("ADMINS")))
                .hasMessage("User with name ADMINS already exists.");
    }

    static Stream<Arguments> invalidCreates() {
        return Stream.of(
                Arguments.of(new UserRequests.CreateUser("", null, null, null), "userName"),
                Arguments.of(new UserRequests.CreateUser("a".repeat(65), null, null, null), "userName"),
                Arguments.of(new UserRequests.CreateUser("bad name", null, null, null), "userName"),
                Arguments.of(new UserRequests.CreateUser("bad/name", null, null, null), "userName"),
                Arguments.of(new UserRequests.CreateUser(null, null, null, null), "userName"),
                Arguments.of(new UserRequests.CreateUser("ok", "no-slash", null, null), "path"),
                Arguments.of(new UserRequests.CreateUser("ok", "/a", null, null), "path"),
                Arguments.of(new UserRequests.CreateUser("ok", "/" + "a".repeat(511) + "/", null, null), "path"),
                Arguments.of(new UserRequests.CreateUser("ok", null, null, List.of(new Tag("k", "bad\u0001"))),
                        "tags.1.member.value"));
    }

    @ParameterizedTest
    @MethodSource("invalidCreates")
    void rejectsInvalidInputWithValidationError(UserRequests.CreateUser request, String field) {
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> users.createUser(request))
                .hasMessageContaining("at '" + field + "'");
    }

    @Test
    void duplicateTagKeysDifferingInCaseAreInvalidInput() {
        failsWith(IamErrorCode.INVALID_INPUT, () -> users.createUser(new UserRequests.CreateUser("bob", null, null,
                List.of(new Tag("Team", "a"), new Tag("team", "b")))));
    }

    @Test
    void reservedTagPrefixIsInvalidInput() {
        failsWith(IamErrorCode.INVALID_INPUT, () -> users.createUser(new UserRequests.CreateUser("bob", null, null,
                List.of(new Tag("aws:x", "a")))));
    }

    @Test
    void missingUserIsNoSuchEntity() {
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> users.getUser("nobody"))
                .hasMessage("The user with name nobody cannot be found.");
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> users.deleteUser("nobody"));
    }

    @Test
    void listsWithMarkerPagingAndPathPrefix() {
        for (String n : List.of("e", "a", "d", "b", "c")) {
            users.createUser(new UserRequests.CreateUser(n, n.compareTo("c") < 0 ? "/x/" : "/y/", null, null));
        }
        List<String> seen = new ArrayList<>();
        String marker = null;
        int pages = 0;
        do {
            Page<User> page = users.listUsers(new ListOptions(null, marker, 2));
            page.items().forEach(u -> seen.add(u.userName()));
            marker = page.marker();
            assertThat(page.truncated()).isEqualTo(marker != null);
            pages++;
        } while (marker != null);
        assertThat(seen).containsExactly("a", "b", "c", "d", "e");
        assertThat(pages).isEqualTo(3);

        assertThat(users.listUsers(new ListOptions("/x/", null, null)).items()).extracting(User::userName)
                .containsExactly("a", "b");
        assertThat(users.listUsers(new ListOptions("/", null, null)).items()).hasSize(5);
    }

    @Test
    void badMarkerAndMaxItemsAreRejected() {
        failsWith(IamErrorCode.INVALID_INPUT, () -> users.listUsers(new ListOptions(null, "!!!", null)));
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> users.listUsers(new ListOptions(null, null, 0)));
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> users.listUsers(new ListOptions(null, null, 1001)));
    }

    @Test
    void tagsMergeCaseInsensitivelyAndUntagRemoves() {
        users.createUser(new UserRequests.CreateUser("alice", null, null, List.of(new Tag("Team", "a"))));
        users.tagUser(new UserRequests.TagUser("alice", List.of(new Tag("team", "b"), new Tag("env", "prod"))));
        assertThat(users.getUser("alice").tags()).containsExactly(new Tag("team", "b"), new Tag("env", "prod"));
        users.untagUser(new UserRequests.UntagUser("alice", List.of("TEAM")));
        assertThat(users.listUserTags("alice", ListOptions.all()).items()).containsExactly(new Tag("env", "prod"));
    }

    @Test
    void tagQuotaIsFifty() {
        users.createUser(UserRequests.CreateUser.named("alice"));
        List<Tag> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add(new Tag("k" + i, "v"));
        }
        users.tagUser(new UserRequests.TagUser("alice", fifty));
        failsWith(IamErrorCode.LIMIT_EXCEEDED,
                () -> users.tagUser(new UserRequests.TagUser("alice", List.of(new Tag("one-more", "v")))));
    }

    @Test
    void renameKeepsIdAndFreesOldName() {
        User before = users.createUser(UserRequests.CreateUser.named("alice"));
        users.createUser(UserRequests.CreateUser.named("bob"));
        failsWith(IamErrorCode.ENTITY_ALREADY_EXISTS, () -> users.updateUser(new UserRequests.UpdateUser("alice", "BOB", null)));
        users.updateUser(new UserRequests.UpdateUser("alice", "carol", "/new/"));
        User after = users.getUser("carol");
        assertThat(after.userId()).isEqualTo(before.userId());
        assertThat(after.arn()).isEqualTo("arn:aws:iam::123456789012:user/new/carol");
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> users.getUser("alice"));
    }

    @Test
    void deleteRefusesWhileAnythingHangsOffTheUser() {
        users.createUser(UserRequests.CreateUser.named("alice"));
        var key = fx.iam.accessKeys().createAccessKey("alice");
        failsWith(IamErrorCode.DELETE_CONFLICT, () -> users.deleteUser("alice")).hasMessageContaining("access keys");
        fx.iam.accessKeys().deleteAccessKey(new AccessKeyRequests.DeleteAccessKey("alice", key.accessKey().accessKeyId()));

        fx.iam.attachments().attachUserPolicy(new AttachmentRequests.AttachPolicy("alice",
                "arn:aws:iam::aws:policy/ReadOnlyAccess"));
        failsWith(IamErrorCode.DELETE_CONFLICT, () -> users.deleteUser("alice")).hasMessageContaining("detach");
        fx.iam.attachments().detachUserPolicy(new AttachmentRequests.AttachPolicy("alice",
                "arn:aws:iam::aws:policy/ReadOnlyAccess"));

        fx.iam.inlinePolicies().putUserPolicy(new InlinePolicyRequests.PutPolicy("alice", "p", IamFixture.allowAll()));
        failsWith(IamErrorCode.DELETE_CONFLICT, () -> users.deleteUser("alice")).hasMessageContaining("policies");
        fx.iam.inlinePolicies().deleteUserPolicy(new InlinePolicyRequests.PolicyRef("alice", "p"));

        fx.iam.groups().createGroup(new GroupRequests.CreateGroup("devs", null));
        fx.iam.groups().addUserToGroup(new GroupRequests.Membership("devs", "alice"));
        failsWith(IamErrorCode.DELETE_CONFLICT, () -> users.deleteUser("alice")).hasMessageContaining("group");
        fx.iam.groups().removeUserFromGroup(new GroupRequests.Membership("devs", "alice"));

        fx.iam.loginProfiles().createLoginProfile(new LoginProfileRequests.CreateLoginProfile("alice",
                dev.warden.core.secret.Password.of("Secret-123"), false));
        failsWith(IamErrorCode.DELETE_CONFLICT, () -> users.deleteUser("alice")).hasMessageContaining("login profile");
        fx.iam.loginProfiles().deleteLoginProfile("alice");

        users.deleteUser("alice");
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> users.getUser("alice"));
    }

    @Test
    void permissionsBoundaryMustExist() {
        users.createUser(UserRequests.CreateUser.named("alice"));
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> users.putUserPermissionsBoundary(
                new UserRequests.PutUserPermissionsBoundary("alice", "arn:aws:iam::123456789012:policy/missing")));
        failsWith(IamErrorCode.INVALID_INPUT, () -> users.putUserPermissionsBoundary(
                new UserRequests.PutUserPermissionsBoundary("alice", "arn:aws:s3:::not-a-policy-arn")));
        var policy = fx.iam.policies().createPolicy(PolicyRequests.CreatePolicy.of("boundary", IamFixture.allowAll()));
        users.putUserPermissionsBoundary(new UserRequests.PutUserPermissionsBoundary("alice", policy.arn()));
        assertThat(users.getUser("alice").permissionsBoundaryArn()).isEqualTo(policy.arn());
        assertThat(fx.iam.policies().getPolicy(policy.arn()).permissionsBoundaryUsageCount()).isEqualTo(1);
        failsWith(IamErrorCode.DELETE_CONFLICT, () -> fx.iam.policies().deletePolicy(policy.arn()));
        users.deleteUserPermissionsBoundary("alice");
        assertThat(users.getUser("alice").permissionsBoundaryArn()).isNull();
    }

    @Test
    void userQuotaIsEnforced(@TempDir Path other) {
        IamQuotas two = new IamQuotas(2, 300, 1000, 1500, 10, 10, 10, 10, 2, 5, 50, 2048, 10240, 5120, 6144, 2048, 1000, 100);
        try (IamFixture small = new IamFixture(other, two)) {
            small.iam.users().createUser(UserRequests.CreateUser.named("a"));
            small.iam.users().createUser(UserRequests.CreateUser.named("b"));
            failsWith(IamErrorCode.LIMIT_EXCEEDED, () -> small.iam.users().createUser(UserRequests.CreateUser.named("c")))
                    .hasMessage("Cannot exceed quota for UsersPerAccount: 2");
        }
    }
}
