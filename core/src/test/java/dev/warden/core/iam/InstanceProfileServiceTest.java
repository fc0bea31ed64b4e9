package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.id.IdPrefix;
import dev.warden.core.model.InstanceProfile;
import dev.warden.core.model.Page;
import dev.warden.core.model.Role;
import dev.warden.core.model.Tag;
import dev.warden.core.model.User;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InstanceProfileServiceTest {
    private static final String ACCOUNT_TRUST = IamFixture.trust("arn:aws:iam::123456789012:root");

    @TempDir
    Path dir;

    private IamFixture fx;
    private InstanceProfileService profiles;

    @BeforeEach
    void setUp() {
        fx = new IamFixture(dir, IamQuotas.defaults().withInstanceProfiles(3));
        profiles = fx.iam.instanceProfiles();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void createsWithAipaIdArnPathAndTags() {
        InstanceProfile p = profiles.createInstanceProfile(new InstanceProfileRequests.CreateInstanceProfile("web",
                "/apps/", List.of(new Tag("team", "blue"))));
        assertThat(IdPrefix.INSTANCE_PROFILE.matches(p.instanceProfileId())).isTrue();
        assertThat(p.instanceProfileId()).startsWith("AIPA");
        assertThat(p.arn()).isEqualTo("arn:aws:iam::123456789012:instance-profile/apps/web");
        assertThat(p.createDate()).isEqualTo(IamFixture.NOW);
        assertThat(p.roles()).isEmpty();
        assertThat(profiles.getInstanceProfile("WEB")).isEqualTo(p);
    }

    @Test
    void holdsOneRoleWhoseTrustPolicyIsShownWithArns() {
        User alice = fx.iam.users().createUser(UserRequests.CreateUser.named("alice"));
        Role role = fx.iam.roles().createRole(RoleRequests.CreateRole.of("app", IamFixture.trust(alice.arn())));
        fx.iam.roles().createRole(RoleRequests.CreateRole.of("other", ACCOUNT_TRUST));
        profiles.createInstanceProfile(InstanceProfileRequests.CreateInstanceProfile.named("web"));

        profiles.addRoleToInstanceProfile(new InstanceProfileRequests.RoleMembership("web", "app"));
        InstanceProfile p = profiles.getInstanceProfile("web");
        assertThat(p.roles()).extracting(Role::roleId).containsExactly(role.roleId());
        assertThat(p.roles().get(0).assumeRolePolicyDocument()).contains(alice.arn()).doesNotContain(alice.userId());

        failsWith(IamErrorCode.LIMIT_EXCEEDED, () -> profiles.addRoleToInstanceProfile(
                new InstanceProfileRequests.RoleMembership("web", "other")))
                .hasMessage("Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1");
        failsWith(IamErrorCode.LIMIT_EXCEEDED, () -> profiles.addRoleToInstanceProfile(
                new InstanceProfileRequests.RoleMembership("web", "app")));

        assertThat(profiles.listInstanceProfilesForRole("app", ListOptions.all()).items())
                .extracting(InstanceProfile::instanceProfileName).containsExactly("web");
        assertThat(profiles.listInstanceProfilesForRole("other", ListOptions.all()).items()).isEmpty();
    }

    @Test
    void aRoleMayBeInSeveralProfiles() {
        fx.iam.roles().createRole(RoleRequests.CreateRole.of("app", ACCOUNT_TRUST));
        for (String name : List.of("c", "a", "b")) {
            profiles.createInstanceProfile(InstanceProfileRequests.CreateInstanceProfile.named(name));
            profiles.addRoleToInstanceProfile(new InstanceProfileRequests.RoleMembership(name, "app"));
        }
        Page<InstanceProfile> first = profiles.listInstanceProfilesForRole("app", new ListOptions(null, null, 2));
        assertThat(first.items()).extracting(InstanceProfile::instanceProfileName).containsExactly("a", "b");
        assertThat(first.truncated()).isTrue();
        Page<InstanceProfile> rest = profiles.listInstanceProfilesForRole("app", new ListOptions(null, first.marker(), 2));
        assertThat(rest.items()).extracting(InstanceProfile::instanceProfileName).containsExactly("c");
        assertThat(rest.truncated()).isFalse();
    }

    @Test
    void deleteConflictsWhileARoleIsInside() {
        fx.iam.roles().createRole(RoleRequests.CreateRole.of("app", ACCOUNT_TRUST));
        profiles.createInstanceProfile(InstanceProfileRequests.CreateInstanceProfile.named("web"));
        profiles.addRoleToInstanceProfile(new InstanceProfileRequests.RoleMembership("web", "app"));

        failsWith(IamErrorCode.DELETE_CONFLICT, () -> profiles.deleteInstanceProfile("web"))
                .hasMessage("Cannot delete entity, must remove roles from instance profile first.");
        failsWith(IamErrorCode.DELETE_CONFLICT, () -> fx.iam.roles().deleteRole("app"))
                .hasMessage("Cannot delete entity, must remove roles from instance profile first.");

        profiles.removeRoleFromInstanceProfile(new InstanceProfileRequests.RoleMembership("web", "app"));
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> profiles.removeRoleFromInstanceProfile(
                new InstanceProfileRequests.RoleMembership("web", "app")));
        fx.iam.roles().deleteRole("app");
        profiles.deleteInstanceProfile("web");
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> profiles.getInstanceProfile("web"))
                .hasMessage("Instance Profile web cannot be found.");
    }

    @Test
    void listsByPathPrefixInPages() {
        profiles.createInstanceProfile(new InstanceProfileRequests.CreateInstanceProfile("b", "/x/", null));
        profiles.createInstanceProfile(new InstanceProfileRequests.CreateInstanceProfile("A", "/x/", null));
        profiles.createInstanceProfile(new InstanceProfileRequests.CreateInstanceProfile("c", "/y/", null));
        List<String> seen = new ArrayList<>();
        String marker = null;
        do {
            Page<InstanceProfile> page = profiles.listInstanceProfiles(new ListOptions("/x/", marker, 1));
            page.items().forEach(p -> seen.add(p.instanceProfileName()));
            marker = page.marker();
        } while (marker != null);
        assertThat(seen).containsExactly("A", "b");
        assertThat(profiles.listInstanceProfiles(ListOptions.all()).items()).hasSize(3);
    }

    @Test
    void tagsMergeRemoveAndPage() {
        profiles.createInstanceProfile(new InstanceProfileRequests.CreateInstanceProfile("web", null,
                List.of(new Tag("a", "1"))));
        profiles.tagInstanceProfile(new InstanceProfileRequests.TagInstanceProfile("web",
                List.of(new Tag("A", "2"), new Tag("b", ""))));
        // Instance profile tag keys are case sensitive (IAM User Guide, "Tagging IAM resources").
        assertThat(profiles.getInstanceProfile("web").tags())
                .containsExactly(new Tag("a", "1"), new Tag("A", "2"), new Tag("b", ""));
        profiles.untagInstanceProfile(new InstanceProfileRequests.UntagInstanceProfile("web", List.of("a")));
        Page<Tag> tags = profiles.listInstanceProfileTags("web", ListOptions.all());
        assertThat(tags.items()).containsExactly(new Tag("A", "2"), new Tag("b", ""));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("duplicate name ignoring case", IamErrorCode.ENTITY_ALREADY_EXISTS,
                        (Action) p -> p.createInstanceProfile(InstanceProfileRequests.CreateInstanceProfile.named("WEB"))),
                Arguments.of("name over 128 characters", IamErrorCode.VALIDATION_ERROR,
                        (Action) p -> p.createInstanceProfile(
                                InstanceProfileRequests.CreateInstanceProfile.named("n".repeat(129)))),
                Arguments.of("name with a slash", IamErrorCode.VALIDATION_ERROR,
                        (Action) p -> p.getInstanceProfile("a/b")),
                Arguments.of("bad path", IamErrorCode.VALIDATION_ERROR,
                        (Action) p -> p.createInstanceProfile(new InstanceProfileRequests.CreateInstanceProfile("x",
                                "no-slashes", null))),
                Arguments.of("reserved tag key", IamErrorCode.INVALID_INPUT,
                        (Action) p -> p.tagInstanceProfile(new InstanceProfileRequests.TagInstanceProfile("web",
                                List.of(new Tag("aws:x", "y"))))),
                Arguments.of("unknown profile", IamErrorCode.NO_SUCH_ENTITY,
                        (Action) p -> p.addRoleToInstanceProfile(new InstanceProfileRequests.RoleMembership("nope", "r"))),
                Arguments.of("unknown role", IamErrorCode.NO_SUCH_ENTITY,
                        (Action) p -> p.addRoleToInstanceProfile(new InstanceProfileRequests.RoleMembership("web", "nope"))),
                Arguments.of("profiles of an unknown role", IamErrorCode.NO_SUCH_ENTITY,
                        (Action) p -> p.listInstanceProfilesForRole("nope", ListOptions.all())),
                Arguments.of("MaxItems over 1000", IamErrorCode.VALIDATION_ERROR,
                        (Action) p -> p.listInstanceProfiles(new ListOptions(null, null, 1001))),
                Arguments.of("untag without keys", IamErrorCode.VALIDATION_ERROR,
                        (Action) p -> p.untagInstanceProfile(new InstanceProfileRequests.UntagInstanceProfile("web", null))));
    }

    @FunctionalInterface
    interface Action {
        void run(InstanceProfileService profiles) throws Throwable;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refuses(String what, IamErrorCode code, Action action) {
        profiles.createInstanceProfile(InstanceProfileRequests.CreateInstanceProfile.named("web"));
        ThrowingCallable call = () -> action.run(profiles);
        failsWith(code, call);
    }

    @Test
    void quotaCountsProfilesOfTheAccount() {
        for (String name : List.of("a", "b", "c")) {
            profiles.createInstanceProfile(InstanceProfileRequests.CreateInstanceProfile.named(name));
        }
        failsWith(IamErrorCode.LIMIT_EXCEEDED, () -> profiles.createInstanceProfile(
                InstanceProfileRequests.CreateInstanceProfile.named("d")))
                .hasMessage("Cannot exceed quota for InstanceProfilesPerAccount: 3");
        assertThat(fx.iam.accountSummary().getAccountSummary()).containsEntry("InstanceProfiles", 3)
                .containsEntry("InstanceProfilesQuota", 3);
    }
}
