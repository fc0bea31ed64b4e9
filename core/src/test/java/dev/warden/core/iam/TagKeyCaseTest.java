package dev.warden.core.iam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.model.Page;
import dev.warden.core.model.Tag;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tag keys per resource kind, through the services: the IAM User Guide ("Tagging IAM resources", Case
 * sensitivity) says users and roles keep one tag per key regardless of case (the newer spelling replaces
 * the older), while customer managed policies, instance profiles and the other kinds keep
 * {@code Costcenter} and {@code costcenter} apart. Every ListXTags page of the IAM API reference says
 * "The returned list of tags is sorted by tag key", and paging must return each tag exactly once.
 */
class TagKeyCaseTest {
    @TempDir
    Path dir;

    private IamFixture fx;

    @BeforeEach
    void setUp() {
        fx = new IamFixture(dir);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    /** One taggable kind: how to create a resource with tags (returning its handle), tag, untag and list it. */
    record Kind(BiFunction<Iam, List<Tag>, String> create, Tagging tag, Untagging untag, Listing list) {
    }

    static final Kind USER = new Kind(
            (iam, tags) -> iam.users().createUser(new UserRequests.CreateUser("u", null, null, tags)).userName(),
            (iam, h, tags) -> iam.users().tagUser(new UserRequests.TagUser(h, tags)),
            (iam, h, keys) -> iam.users().untagUser(new UserRequests.UntagUser(h, keys)),
            (iam, h, o) -> iam.users().listUserTags(h, o));
    static final Kind ROLE = new Kind(
            (iam, tags) -> iam.roles().createRole(new RoleRequests.CreateRole("r", null,
                    IamFixture.trust("arn:aws:iam::123456789012:root"), null, null, null, tags)).roleName(),
            (iam, h, tags) -> iam.roles().tagRole(new RoleRequests.TagRole(h, tags)),
            (iam, h, keys) -> iam.roles().untagRole(new RoleRequests.UntagRole(h, keys)),
            (iam, h, o) -> iam.roles().listRoleTags(h, o));
    static final Kind POLICY = new Kind(
            (iam, tags) -> iam.policies().createPolicy(new PolicyRequests.CreatePolicy("p", null, IamFixture.allowAll(),
                    null, tags)).arn(),
            (iam, h, tags) -> iam.policies().tagPolicy(new PolicyRequests.TagPolicy(h, tags)),
            (iam, h, keys) -> iam.policies().untagPolicy(new PolicyRequests.UntagPolicy(h, keys)),
            (iam, h, o) -> iam.policies().listPolicyTags(h, o));
    static final Kind INSTANCE_PROFILE = new Kind(
            (iam, tags) -> iam.instanceProfiles().createInstanceProfile(
                    new InstanceProfileRequests.CreateInstanceProfile("ip", null, tags)).instanceProfileName(),
            (iam, h, tags) -> iam.instanceProfiles().tagInstanceProfile(
                    new InstanceProfileRequests.TagInstanceProfile(h, tags)),
            (iam, h, keys) -> iam.instanceProfiles().untagInstanceProfile(
                    new InstanceProfileRequests.UntagInstanceProfile(h, keys)),
            (iam, h, o) -> iam.instanceProfiles().listInstanceProfileTags(h, o));

    static Stream<Arguments> tagging() {
        List<Tag> created = List.of(tag("Costcenter", "1234"), tag("team", "a"));
        return Stream.of(
                // TagX with a key differing only in case: replaces on users and roles, adds elsewhere.
                Arguments.of("user", USER, created, List.of(tag("costcenter", "5678")), List.of(),
                        List.of(tag("costcenter", "5678"), tag("team", "a"))),
                Arguments.of("role", ROLE, created, List.of(tag("costcenter", "5678")), List.of(),
                        List.of(tag("costcenter", "5678"), tag("team", "a"))),
                Arguments.of("policy", POLICY, created, List.of(tag("costcenter", "5678")), List.of(),
                        List.of(tag("Costcenter", "1234"), tag("costcenter", "5678"), tag("team", "a"))),
                Arguments.of("instance profile", INSTANCE_PROFILE, created, List.of(tag("costcenter", "5678")),
                        List.of(), List.of(tag("Costcenter", "1234"), tag("costcenter", "5678"), tag("team", "a"))),
                // The same key overwrites the value everywhere.
                Arguments.of("policy, same key", POLICY, created, List.of(tag("team", "b")), List.of(),
                        List.of(tag("Costcenter", "1234"), tag("team", "b"))),
                // UntagX with a key differing only in case: removes on users and roles only.
                Arguments.of("user untag", USER, created, List.of(), List.of("COSTCENTER"), List.of(tag("team", "a"))),
                Arguments.of("role untag", ROLE, created, List.of(), List.of("COSTCENTER"), List.of(tag("team", "a"))),
                Arguments.of("policy untag", POLICY, created, List.of(), List.of("COSTCENTER"), created),
                Arguments.of("instance profile untag", INSTANCE_PROFILE, created, List.of(), List.of("COSTCENTER"),
                        created),
                // Untagging a key that is not there is no error.
                Arguments.of("role untag absent", ROLE, created, List.of(), List.of("absent"), created));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tagging")
    void tagKeysFollowTheKindsCaseRule(String name, Kind kind, List<Tag> created, List<Tag> added,
            List<String> removed, List<Tag> expected) {
        String handle = kind.create().apply(fx.iam, created);
        if (!added.isEmpty()) {
            kind.tag().apply(fx.iam, handle, added);
        }
        if (!removed.isEmpty()) {
            kind.untag().apply(fx.iam, handle, removed);
        }
        assertThat(kind.list().apply(fx.iam, handle, ListOptions.all()).items()).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void oneRequestNamingAKeyTwiceInAnyCaseIsRefused(String name, Kind kind) {
        // AWS's text says keys are case insensitive; the case rule above is about the tags already stored.
        IamAssertions.failsWith(IamErrorCode.INVALID_INPUT,
                () -> kind.create().apply(fx.iam, List.of(tag("Env", "1"), tag("env", "2"))))
                .hasMessage("Duplicate tag keys found. Please note that Tag keys are case insensitive.");
    }

    static Stream<Arguments> kinds() {
        return Stream.of(Arguments.of("user", USER), Arguments.of("role", ROLE), Arguments.of("policy", POLICY),
                Arguments.of("instance profile", INSTANCE_PROFILE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void listingIsSortedByKeyAndPagesReturnEachTagOnce(String name, Kind kind) {
        String handle = kind.create().apply(fx.iam, List.of(tag("b", "1"), tag("a", "2"), tag("c", "3")));
        kind.tag().apply(fx.iam, handle, List.of(tag("B2", "4"), tag("aa", "5")));
        List<String> expected = List.of("B2", "a", "aa", "b", "c");

        assertThat(kind.list().apply(fx.iam, handle, ListOptions.all()).items()).extracting(Tag::key)
                .containsExactlyElementsOf(expected);
        for (int pageSize = 1; pageSize <= 3; pageSize++) {
            List<String> paged = new ArrayList<>();
            Page<Tag> page = kind.list().apply(fx.iam, handle, ListOptions.firstPage(pageSize));
            page.items().forEach(t -> paged.add(t.key()));
            while (page.truncated()) {
                page = kind.list().apply(fx.iam, handle, new ListOptions(null, page.marker(), pageSize));
                page.items().forEach(t -> paged.add(t.key()));
            }
            assertThat(paged).as("MaxItems %d", pageSize).containsExactlyElementsOf(expected);
        }
    }

    private static Tag tag(String key, String value) {
        return new Tag(key, value);
    }

    @FunctionalInterface
    interface Tagging {
        void apply(Iam iam, String handle, List<Tag> tags);
    }

    @FunctionalInterface
    interface Untagging {
        void apply(Iam iam, String handle, List<String> keys);
    }

    @FunctionalInterface
    interface Listing {
        Page<Tag> apply(Iam iam, String handle, ListOptions options);
    }
}
