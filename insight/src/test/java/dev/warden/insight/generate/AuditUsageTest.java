package dev.warden.insight.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AuditUsageTest {

    record Case(String name, String decision, Set<UsedAccess> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("one allowed decision", "{\"decision\":\"allowed\",\"action\":\"iam:GetUser\",\"resource\":\"arn:u\"}",
                        Set.of(new UsedAccess("iam:GetUser", "arn:u"))),
                new Case("a denied decision adds nothing",
                        "{\"decision\":\"implicitDeny\",\"action\":\"iam:GetUser\",\"resource\":\"arn:u\"}", Set.of()),
                new Case("steps of one call (AssumeRole with tags)", "{\"decisions\":["
                        + "{\"decision\":\"allowed\",\"action\":\"sts:AssumeRole\",\"resource\":\"arn:r\"},"
                        + "{\"decision\":\"allowed\",\"action\":\"sts:TagSession\",\"resource\":\"arn:r\"}]}",
                        Set.of(new UsedAccess("sts:AssumeRole", "arn:r"), new UsedAccess("sts:TagSession", "arn:r"))),
                new Case("a call that needs no permission", "{\"decision\":\"allowed\",\"explanation\":\"needs no permission\"}",
                        Set.of()),
                new Case("no decision recorded", "null", Set.of()));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void collectsTheAllowedDecisions(Case c) throws Exception {
        Set<UsedAccess> used = new LinkedHashSet<>();
        AuditUsage.collect(new ObjectMapper().readTree(c.decision()).isNull() ? null : new ObjectMapper().readTree(c.decision()),
                used);
        assertThat(used).isEqualTo(c.expected());
    }
}
