package dev.warden.core.iam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.model.ManagedPolicy;
import dev.warden.core.model.Tag;
import dev.warden.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A managed policy's UpdateDate, as the IAM API reference defines it (Policy and ManagedPolicyDetail):
 * "When a policy has only one version, this field contains the date and time when the policy was
 * created. When a policy has more than one version, this field contains the date and time when the
 * most recent policy version was created." Each step below runs one second after the previous one.
 */
class PolicyUpdateDateTest {
    @TempDir
    Path dir;

    private MutableClock clock;
    private IamFixture fx;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(IamFixture.NOW);
        fx = new IamFixture(dir, clock);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private static final BiConsumer<ManagedPolicyService, String> NEW_VERSION = (p, arn) ->
            p.createPolicyVersion(new PolicyRequests.CreatePolicyVersion(arn, IamFixture.allowAll(), false));
    private static final BiConsumer<ManagedPolicyService, String> NEW_DEFAULT_VERSION = (p, arn) ->
            p.createPolicyVersion(new PolicyRequests.CreatePolicyVersion(arn, IamFixture.allowAll(), true));
    private static final BiConsumer<ManagedPolicyService, String> DEFAULT_V1 = (p, arn) ->
            p.setDefaultPolicyVersion(new PolicyRequests.PolicyVersionRef(arn, "v1"));
    private static final BiConsumer<ManagedPolicyService, String> DEFAULT_V2 = (p, arn) ->
            p.setDefaultPolicyVersion(new PolicyRequests.PolicyVersionRef(arn, "v2"));
    private static final BiConsumer<ManagedPolicyService, String> TAG = (p, arn) ->
            p.tagPolicy(new PolicyRequests.TagPolicy(arn, List.of(new Tag("team", "a"))));

    static Stream<Arguments> steps() {
        return Stream.of(
                Arguments.of("only the first version", List.of(), 0),
                Arguments.of("a version that is not made default", List.of(NEW_VERSION), 1),
                Arguments.of("a version made default", List.of(NEW_DEFAULT_VERSION), 1),
                Arguments.of("making an older version default again", List.of(NEW_DEFAULT_VERSION, DEFAULT_V1), 1),
                Arguments.of("making the newer version default later", List.of(NEW_VERSION, DEFAULT_V2), 1),
                Arguments.of("two new versions", List.of(NEW_VERSION, NEW_VERSION), 2),
                Arguments.of("tagging", List.of(TAG), 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void updateDateIsWhenTheNewestVersionWasCreated(String name, List<BiConsumer<ManagedPolicyService, String>> steps,
            int expectedSecondsAfterCreation) {
        ManagedPolicyService policies = fx.iam.policies();
        String arn = policies.createPolicy(PolicyRequests.CreatePolicy.of("p", IamFixture.allowAll())).arn();
        for (BiConsumer<ManagedPolicyService, String> step : steps) {
            clock.advance(Duration.ofSeconds(1));
            step.accept(policies, arn);
        }
        ManagedPolicy policy = policies.getPolicy(arn);
        assertThat(policy.createDate()).isEqualTo(IamFixture.NOW);
        assertThat(policy.updateDate()).isEqualTo(IamFixture.NOW.plusSeconds(expectedSecondsAfterCreation));
    }
}
