package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.iam.AccountAuthorizationDetails.Query;
import dev.warden.core.model.InlinePolicy;
import dev.warden.core.model.InstanceProfile;
import dev.warden.core.model.PolicyVersion;
import dev.warden.core.model.Tag;
import dev.warden.core.model.User;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuthorizationDetailsServiceTest {
    static final String ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess";
    static final String READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";
    static final String BOUNDARY = "arn:aws:iam::aws:policy/PowerUserAccess";
    static final String TRUST = IamFixture.trust("arn:aws:iam::123456789012:root");

    @TempDir
    static Path dir;
    static IamFixture fx;
    static Iam iam;
    static String localArn;

    /** 3 users, 2 groups, 3 roles, 2 customer policies (one with 2 versions), 3 AWS policies in use. */
    @BeforeAll
    static void account() {
        fx = new IamFixture(dir);
        iam = fx.iam;
        iam.users().createUser(new UserRequests.CreateUser("carol", "/staff/", BOUNDARY, List.of(new Tag("team", "x"))));
        iam.users().createUser(UserRequests.CreateUser.named("alice"));
        iam.users().createUser(UserRequests.CreateUser.named("Bob"));
        iam.groups().createGroup(new GroupRequests.CreateGroup("devs", null));
        iam.groups().createGroup(new GroupRequests.CreateGroup("admins", "/ops/"));
        iam.groups().addUserToGroup(new GroupRequests.Membership("devs", "alice"));
        iam.groups().addUserToGroup(new GroupRequests.Membership("admins", "alice"));
        iam.inlinePolicies().putUserPolicy(new InlinePolicyRequests.PutPolicy("alice", "own", IamFixture.allowAll()));
        iam.inlinePolicies().putGroupPolicy(new InlinePolicyRequests.PutPolicy("devs", "g", IamFixture.allowAll()));
        iam.attachments().attachGroupPolicy(new AttachmentRequests.AttachPolicy("admins", ADMIN));
        iam.attachments().attachUserPolicy(new AttachmentRequests.AttachPolicy("alice", READ_ONLY));
        for (String role : List.of("web", "batch", "Api")) {
            iam.roles().createRole(RoleRequests.CreateRole.of(role, TRUST));
        }
        iam.inlinePolicies().putRolePolicy(new InlinePolicyRequests.PutPolicy("web", "r", IamFixture.allowAll()));
        iam.attachments().attachRolePolicy(new AttachmentRequests.AttachPolicy("web", READ_ONLY));
        iam.instanceProfiles().createInstanceProfile(InstanceProfileRequests.CreateInstanceProfile.named("web-profile"));
        iam.instanceProfiles().addRoleToInstanceProfile(new InstanceProfileRequests.RoleMembership("web-profile", "web"));
        localArn = iam.policies().createPolicy(PolicyRequests.CreatePolicy.of("local-b", IamFixture.allowAll())).arn();
        iam.policies().createPolicyVersion(new PolicyRequests.CreatePolicyVersion(localArn, IamFixture.allowAll(), true));
        iam.policies().createPolicy(PolicyRequests.CreatePolicy.of("local-a", IamFixture.allowAll()));
        iam.attachments().attachRolePolicy(new AttachmentRequests.AttachPolicy("batch", localArn));
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    @Test
    void onePageRelatesEverything() {
        AccountAuthorizationDetails all = iam.authorizationDetails().getAccountAuthorizationDetails(
                new Query(Set.of(), null, 1000));
        assertThat(all.truncated()).isFalse();
        assertThat(all.marker()).isNull();
        assertThat(all.users()).extracting(d -> d.user().userName()).containsExactly("alice", "Bob", "carol");
        var alice = all.users().get(0);
        assertThat(alice.groupNames()).containsExactly("admins", "devs");
        assertThat(alice.inlinePolicies()).extracting(InlinePolicy::policyName).containsExactly("own");
        assertThat(alice.attachedPolicyArns()).containsExactly(READ_ONLY);
        User carol = all.users().get(2).user();
        assertThat(carol.permissionsBoundaryArn()).isEqualTo(BOUNDARY);
        assertThat(carol.tags()).containsExactly(new Tag("team", "x"));

        assertThat(all.groups()).extracting(d -> d.group().groupName()).containsExactly("admins", "devs");
        assertThat(all.groups().get(0).attachedPolicyArns()).containsExactly(ADMIN);
        assertThat(all.groups().get(1).inlinePolicies()).extracting(InlinePolicy::policyName).containsExactly("g");

        assertThat(all.roles()).extracting(d -> d.role().roleName()).containsExactly("Api", "batch", "web");
        var web = all.roles().get(2);
        assertThat(web.instanceProfiles()).extracting(InstanceProfile::instanceProfileName)
                .containsExactly("web-profile");
        assertThat(web.instanceProfiles().get(0).roles()).extracting(r -> r.roleName()).containsExactly("web");
        assertThat(web.inlinePolicies()).hasSize(1);
        assertThat(web.role().assumeRolePolicyDocument()).isEqualTo(TRUST);
        assertThat(all.roles().get(1).attachedPolicyArns()).containsExactly(localArn);

        assertThat(all.localPolicies()).extracting(d -> d.policy().policyName()).containsExactly("local-a", "local-b");
        var localB = all.localPolicies().get(1);
        assertThat(localB.versions()).extracting(PolicyVersion::versionId).containsExactly("v1", "v2");
        assertThat(localB.versions()).extracting(PolicyVersion::defaultVersion).containsExactly(false, true);
        assertThat(localB.policy().attachmentCount()).isEqualTo(1);

        assertThat(all.awsPolicies()).containsExactly(
                new AccountAuthorizationDetails.AwsPolicyUsage(ADMIN, 1, 0),
                new AccountAuthorizationDetails.AwsPolicyUsage(BOUNDARY, 0, 1),
                new AccountAuthorizationDetails.AwsPolicyUsage(READ_ONLY, 2, 0));
    }

    static Stream<Arguments> pagings() {
        List<Arguments> cases = new ArrayList<>();
        List<Set<AuthorizationEntityKind>> filters = List.of(Set.of(), Set.of(AuthorizationEntityKind.ROLE),
                EnumSet.of(AuthorizationEntityKind.USER, AuthorizationEntityKind.AWS_MANAGED_POLICY),
                EnumSet.of(AuthorizationEntityKind.LOCAL_MANAGED_POLICY, AuthorizationEntityKind.GROUP));
        for (Set<AuthorizationEntityKind> filter : filters) {
            for (int maxItems : new int[] {1, 2, 3, 5, 13, 14}) {
                cases.add(Arguments.of(filter, maxItems));
            }
        }
        return cases.stream();
    }

    /** Paging with any MaxItems and filter yields exactly what one big page holds, in the same order. */
    @ParameterizedTest(name = "filter {0}, MaxItems {1}")
    @MethodSource("pagings")
    void pagesConcatenateToTheWhole(Set<AuthorizationEntityKind> filter, int maxItems) {
        List<String> whole = names(iam.authorizationDetails().getAccountAuthorizationDetails(
                new Query(filter, null, 1000)));
        List<String> paged = new ArrayList<>();
        String marker = null;
        int pages = 0;
        do {
            AccountAuthorizationDetails page = iam.authorizationDetails().getAccountAuthorizationDetails(
                    new Query(filter, marker, maxItems));
            List<String> got = names(page);
            assertThat(got.size()).isLessThanOrEqualTo(maxItems);
            if (page.truncated()) {
                assertThat(got).hasSize(maxItems);
            }
            paged.addAll(got);
            marker = page.truncated() ? page.marker() : null;
            pages++;
        } while (marker != null && pages < 100);
        assertThat(paged).containsExactlyElementsOf(whole);
        assertThat(pages).isEqualTo(Math.max(1, (whole.size() + maxItems - 1) / maxItems));
    }

    @Test
    void filterSelectsKinds() {
        AccountAuthorizationDetails aws = iam.authorizationDetails().getAccountAuthorizationDetails(
                new Query(Set.of(AuthorizationEntityKind.AWS_MANAGED_POLICY), null, null));
        assertThat(aws.users()).isEmpty();
        assertThat(aws.localPolicies()).isEmpty();
        assertThat(aws.awsPolicies()).hasSize(3);
        assertThat(names(aws)).hasSize(3);
        assertThat(names(iam.authorizationDetails().getAccountAuthorizationDetails(Query.all()))).hasSize(13);
    }

    @Test
    void badMarkersAreInvalidInput() {
        var first = iam.authorizationDetails().getAccountAuthorizationDetails(
                new Query(Set.of(AuthorizationEntityKind.USER), null, 1));
        failsWith(IamErrorCode.INVALID_INPUT, () -> iam.authorizationDetails().getAccountAuthorizationDetails(
                new Query(Set.of(AuthorizationEntityKind.ROLE), first.marker(), 1)));
        failsWith(IamErrorCode.INVALID_INPUT, () -> iam.authorizationDetails().getAccountAuthorizationDetails(
                new Query(Set.of(), "bm90LWEta2luZA", 1)));
        failsWith(IamErrorCode.INVALID_INPUT, () -> iam.authorizationDetails().getAccountAuthorizationDetails(
                new Query(Set.of(), "!!", 1)));
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> iam.authorizationDetails().getAccountAuthorizationDetails(
                new Query(Set.of(), null, 0)));
    }

    private static List<String> names(AccountAuthorizationDetails d) {
        List<String> out = new ArrayList<>();
        d.users().forEach(u -> out.add("user " + u.user().userName()));
        d.groups().forEach(g -> out.add("group " + g.group().groupName()));
        d.roles().forEach(r -> out.add("role " + r.role().roleName()));
        d.localPolicies().forEach(p -> out.add("policy " + p.policy().policyName()));
        d.awsPolicies().forEach(p -> out.add("aws " + p.arn()));
        return out;
    }
}
