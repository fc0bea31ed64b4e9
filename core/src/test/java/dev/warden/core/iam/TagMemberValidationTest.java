package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.model.Tag;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bad tag is named as AWS names it in a ValidationError: the member with its 1-based position
 * ({@code tags.2.member.key}, {@code tagKeys.1.member}) and the key's own pattern, botocore's
 * tagKeyType {@code [\p{L}\p{Z}\p{N}_.:/=+\-@]+} (a value's ends in {@code *}). The shape is the one
 * AWS-compatible services reproduce from AWS's answers (e.g. "Value 'x' at 'tags.1.member.key' failed
 * to satisfy constraint: Member must satisfy regular expression pattern: [\p{L}\p{Z}\p{N}_.:/=+\-@]+").
 */
class TagMemberValidationTest {
    private static final String KEY_PATTERN = "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+";
    private static final String VALUE_PATTERN = "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*";

    @TempDir
    Path dir;

    private IamFixture fx;

    @BeforeEach
    void setUp() {
        fx = new IamFixture(dir);
        fx.iam.users().createUser(UserRequests.CreateUser.named("alice"));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    static Stream<Arguments> badTags() {
        return Stream.of(
                Arguments.of(List.of(new Tag("bad#key", "v")),
                        "Value 'bad#key' at 'tags.1.member.key' failed to satisfy constraint: "
                                + "Member must satisfy regular expression pattern: " + KEY_PATTERN),
                Arguments.of(List.of(new Tag("ok", "v"), new Tag("k".repeat(129), "v")),
                        "at 'tags.2.member.key' failed to satisfy constraint: "
                                + "Member must have length less than or equal to 128"),
                Arguments.of(List.of(new Tag("ok", "v"), new Tag("ok2", "v"), new Tag("k", "bad\u0001")),
                        "at 'tags.3.member.value' failed to satisfy constraint: "
                                + "Member must satisfy regular expression pattern: " + VALUE_PATTERN),
                Arguments.of(List.of(new Tag("k", "v".repeat(257))),
                        "at 'tags.1.member.value' failed to satisfy constraint: "
                                + "Member must have length less than or equal to 256"));
    }

    @ParameterizedTest
    @MethodSource("badTags")
    void tagMembersAreNamedWithTheirPosition(List<Tag> tags, String message) {
        failsWith(IamErrorCode.VALIDATION_ERROR,
                () -> fx.iam.users().tagUser(new UserRequests.TagUser("alice", tags))).hasMessageContaining(message);
    }

    static Stream<Arguments> badUntagKeys() {
        return Stream.of(
                Arguments.of(List.of("ok", "bad#key"), "Value 'bad#key' at 'tagKeys.2.member' failed to satisfy "
                        + "constraint: Member must satisfy regular expression pattern: " + KEY_PATTERN),
                Arguments.of(List.of(""), "at 'tagKeys.1.member' failed to satisfy constraint: "
                        + "Member must have length greater than or equal to 1"));
    }

    @ParameterizedTest
    @MethodSource("badUntagKeys")
    void untagKeysAreNamedWithTheirPosition(List<String> keys, String message) {
        failsWith(IamErrorCode.VALIDATION_ERROR,
                () -> fx.iam.users().untagUser(new UserRequests.UntagUser("alice", keys))).hasMessageContaining(message);
    }
}
