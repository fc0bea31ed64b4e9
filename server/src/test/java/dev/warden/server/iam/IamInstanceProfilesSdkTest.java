package dev.warden.server.iam;

import static dev.warden.server.iam.IamErrorAssert.assertIamError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.testing.TestStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.iam.model.InstanceProfile;
import software.amazon.awssdk.services.iam.model.ListInstanceProfilesResponse;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.SummaryKeyType;
import software.amazon.awssdk.services.iam.model.Tag;

/** Instance profiles end to end: the AWS SDK against a real server, over SQLite and (when configured) PostgreSQL. */
@ParameterizedClass
@EnumSource(TestStore.class)
class IamInstanceProfilesSdkTest extends IamSdkTest {

    @Parameter
    TestStore store;

    static final String TRUST_EC2 = IamUsersRolesPoliciesSdkTest.TRUST_EC2;

    @Test
    void lifeCycleWithOneRole() {
        InstanceProfile created = iam.createInstanceProfile(r -> r.instanceProfileName("web").path("/apps/")
                .tags(Tag.builder().key("team").value("blue").build())).instanceProfile();
        assertThat(created.instanceProfileId()).startsWith("AIPA").hasSize(21);
        assertThat(created.arn()).isEqualTo("arn:aws:iam::123456789012:instance-profile/apps/web");
        assertThat(created.path()).isEqualTo("/apps/");
        assertThat(created.roles()).isEmpty();
        assertThat(created.tags()).extracting(Tag::key).containsExactly("team");
        assertThat(created.createDate()).isNotNull();

        Role role = iam.createRole(r -> r.roleName("web-role").assumeRolePolicyDocument(TRUST_EC2)).role();
        iam.createRole(r -> r.roleName("spare-role").assumeRolePolicyDocument(TRUST_EC2));
        iam.addRoleToInstanceProfile(r -> r.instanceProfileName("web").roleName("web-role"));

        InstanceProfile got = iam.getInstanceProfile(r -> r.instanceProfileName("web")).instanceProfile();
        assertThat(got.instanceProfileId()).isEqualTo(created.instanceProfileId());
        assertThat(got.roles()).extracting(Role::roleId).containsExactly(role.roleId());
        Role inside = got.roles().get(0);
        assertThat(inside.arn()).isEqualTo(role.arn());
        assertThat(IamUsersRolesPoliciesSdkTest.decode(inside.assumeRolePolicyDocument())).isEqualTo(TRUST_EC2);

        var limit = assertIamError(() -> iam.addRoleToInstanceProfile(r -> r.instanceProfileName("web")
                .roleName("spare-role")), "LimitExceeded", 409);
        assertThat(limit.awsErrorDetails().errorMessage())
                .isEqualTo("Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1");
        assertThat(iam.listInstanceProfilesForRole(r -> r.roleName("web-role")).instanceProfiles())
                .extracting(InstanceProfile::instanceProfileName).containsExactly("web");

        assertIamError(() -> iam.deleteInstanceProfile(r -> r.instanceProfileName("web")), "DeleteConflict", 409);
        assertIamError(() -> iam.deleteRole(r -> r.roleName("web-role")), "DeleteConflict", 409);

        iam.removeRoleFromInstanceProfile(r -> r.instanceProfileName("web").roleName("web-role"));
        assertIamError(() -> iam.removeRoleFromInstanceProfile(r -> r.instanceProfileName("web")
                .roleName("web-role")), "NoSuchEntity", 404);
        iam.deleteRole(r -> r.roleName("web-role"));
        iam.deleteInstanceProfile(r -> r.instanceProfileName("web"));
        assertIamError(() -> iam.getInstanceProfile(r -> r.instanceProfileName("web")), "NoSuchEntity", 404);
    }

    @Test
    void namesAreUniqueIgnoringCase() {
        iam.createInstanceProfile(r -> r.instanceProfileName("Dup"));
        assertIamError(() -> iam.createInstanceProfile(r -> r.instanceProfileName("dUP")), "EntityAlreadyExists", 409);
    }

    @Test
    void listsByPathPrefixWithMarkers() {
        for (String name : List.of("pa", "pb", "pc", "pd", "pe")) {
            iam.createInstanceProfile(r -> r.instanceProfileName(name).path("/paging/"));
        }
        List<String> seen = new ArrayList<>();
        String marker = null;
        int pages = 0;
        do {
            String from = marker;
            ListInstanceProfilesResponse page = iam.listInstanceProfiles(r -> r.pathPrefix("/paging/").maxItems(2)
                    .marker(from));
            page.instanceProfiles().forEach(p -> {
                seen.add(p.instanceProfileName());
                assertThat(p.tags()).isEmpty();
            });
            marker = page.isTruncated() ? page.marker() : null;
            pages++;
        } while (marker != null);
        assertThat(seen).containsExactly("pa", "pb", "pc", "pd", "pe");
        assertThat(pages).isEqualTo(3);
        assertThat(iam.listInstanceProfilesPaginator(r -> r.pathPrefix("/paging/").maxItems(2)).instanceProfiles()
                .stream().map(InstanceProfile::instanceProfileName).toList()).containsExactlyElementsOf(seen);
    }

    @Test
    void tagsAndSummary() {
        iam.createInstanceProfile(r -> r.instanceProfileName("tagged"));
        iam.tagInstanceProfile(r -> r.instanceProfileName("tagged").tags(Tag.builder().key("a").value("1").build(),
                Tag.builder().key("b").value("").build()));
        iam.untagInstanceProfile(r -> r.instanceProfileName("tagged").tagKeys("a"));
        assertThat(iam.listInstanceProfileTags(r -> r.instanceProfileName("tagged")).tags())
                .containsExactly(Tag.builder().key("b").value("").build());
        assertIamError(() -> iam.listInstanceProfileTags(r -> r.instanceProfileName("missing")), "NoSuchEntity", 404);

        var summary = iam.getAccountSummary().summaryMap();
        assertThat(summary.get(SummaryKeyType.INSTANCE_PROFILES)).isPositive();
        assertThat(summary.get(SummaryKeyType.INSTANCE_PROFILES_QUOTA)).isEqualTo(1000);
    }
}
