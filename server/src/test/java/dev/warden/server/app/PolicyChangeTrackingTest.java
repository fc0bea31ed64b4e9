package dev.warden.server.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.server.QueryHandler;
import dev.warden.server.authz.PolicyGeneration;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.xml.XmlResult;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyChangeTrackingTest {

    @ParameterizedTest(name = "{0} advances the generation: {1}")
    @CsvSource({
        "ListUsers, false", "GetRole, false", "SimulatePrincipalPolicy, false",
        "CreateUser, true", "PutRolePolicy, true", "AttachUserPolicy, true", "AddUserToGroup, true",
        "TagRole, true", "DeleteRole, true", "SetDefaultPolicyVersion, true", "UpdateAssumeRolePolicy, true"})
    void writesAdvanceTheGenerationReadsDoNot(String action, boolean advances) {
        PolicyGeneration generation = new PolicyGeneration();
        Map<String, QueryHandler<WardenPrincipal>> handlers = new LinkedHashMap<>();
        handlers.put(action, call -> XmlResult.NONE);

        PolicyChangeTracking.wrap(handlers, generation).get(action).handle(null);

        assertThat(generation.current()).isEqualTo(advances ? 1 : 0);
    }

    @Test
    void aFailedWriteAdvancesToo() {
        PolicyGeneration generation = new PolicyGeneration();
        QueryHandler<WardenPrincipal> failing = call -> {
            throw new IllegalStateException("half written");
        };

        assertThatThrownBy(() -> PolicyChangeTracking.wrap(Map.of("DeleteUserPolicy", failing), generation)
                .get("DeleteUserPolicy").handle(null)).hasMessage("half written");
        assertThat(generation.current()).isEqualTo(1);
    }
}
