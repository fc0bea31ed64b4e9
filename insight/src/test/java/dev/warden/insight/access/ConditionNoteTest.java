package dev.warden.insight.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.policy.document.ConditionEntry;
import dev.warden.policy.document.Effect;
import dev.warden.policy.document.SourcePosition;
import dev.warden.policy.eval.PolicyType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConditionNoteTest {

    static final SourcePosition AT = new SourcePosition(1, 1);

    @Test
    void conditionTextJoinsEntriesAndValues() {
        ConditionNote note = new ConditionNote(Effect.ALLOW, PolicyType.IDENTITY, "inline", 1, Optional.of("Office"), List.of(
                new ConditionEntry("IpAddress", "aws:SourceIp", List.of("10.0.0.0/8", "192.0.2.0/24"), AT),
                new ConditionEntry("Bool", "aws:MultiFactorAuthPresent", List.of("true"), AT)));
        assertThat(note.conditionText())
                .isEqualTo("aws:SourceIp IpAddress 10.0.0.0/8|192.0.2.0/24 and aws:MultiFactorAuthPresent Bool true");
        assertThat(note.source()).isEqualTo("identity policy inline statement 1 (Sid Office)");
    }

    @Test
    void aRolesResourcePolicyIsItsTrustPolicy() {
        ConditionNote note = new ConditionNote(Effect.ALLOW, PolicyType.RESOURCE, "arn:aws:iam::123456789012:role/app", 0,
                Optional.empty(), List.of());
        assertThat(note.source()).isEqualTo("trust policy of arn:aws:iam::123456789012:role/app statement 0");
        ConditionNote boundary = new ConditionNote(Effect.DENY, PolicyType.PERMISSIONS_BOUNDARY, "arn:aws:iam::1:policy/b", 2,
                Optional.empty(), List.of());
        assertThat(boundary.source()).isEqualTo("permissions boundary policy arn:aws:iam::1:policy/b statement 2");
    }
}
