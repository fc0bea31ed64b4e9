package dev.warden.server.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.policy.eval.Caller;
import dev.warden.server.auth.AuthLocation;
import dev.warden.server.auth.AuthenticatedCaller;
import dev.warden.server.auth.CallerIdentity;
import dev.warden.server.auth.CredentialScope;
import dev.warden.server.error.AwsError;
import dev.warden.server.principal.WardenPrincipal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkloadRegistryTest {

    static final Instant T0 = Instant.parse("2026-11-28T06:00:00Z");

    static Workload workload(String id, Instant registeredAt, Duration lifetime) {
        AuthenticatedCaller<WardenPrincipal> launcher = new AuthenticatedCaller<>(
                new CallerIdentity("AIDAEXAMPLE", "123456789012", "arn:aws:iam::123456789012:user/dev"), "AKIAEXAMPLE",
                new CredentialScope("20261128", "us-east-1", "sts", CredentialScope.TERMINATOR), AuthLocation.HEADER,
                false, Optional.empty(), new WardenPrincipal(Caller.user("123456789012",
                        "arn:aws:iam::123456789012:user/dev"), "AKIAEXAMPLE", Optional.of("dev"), Optional.empty()));
        return new Workload(id, WorkloadToken.generate(new SecureRandom()), "arn:aws:iam::123456789012:role/r", "r", "s",
                Optional.empty(), Optional.empty(), Optional.empty(), false, Duration.ofHours(1), launcher, "dev",
                "us-east-1", "127.0.0.1", "", registeredAt, registeredAt.plus(lifetime));
    }

    @Test
    void findsLiveWorkloadsUntilTheirLifetimeEnds() {
        WorkloadRegistry registry = new WorkloadRegistry(10, Duration.ofHours(2));
        registry.add(workload("wl-1", T0, registry.lifetime()), T0);

        assertThat(registry.find("wl-1", T0.plus(Duration.ofMinutes(119)))).isPresent();
        assertThat(registry.find("wl-1", T0.plus(Duration.ofHours(2)))).isEmpty();
        assertThat(registry.size()).isZero();
        assertThat(registry.find("wl-2", T0)).isEmpty();
    }

    @Test
    void refusesBeyondItsCapacityUntilOneEndsOrExpires() {
        WorkloadRegistry registry = new WorkloadRegistry(2, Duration.ofHours(1));
        registry.add(workload("wl-1", T0, Duration.ofMinutes(10)), T0);
        registry.add(workload("wl-2", T0, Duration.ofHours(1)), T0);

        assertThatThrownBy(() -> registry.add(workload("wl-3", T0, Duration.ofHours(1)), T0))
                .isInstanceOf(AwsError.class).hasMessageContaining("more than 2 workloads");
        registry.add(workload("wl-3", T0, Duration.ofHours(1)), T0.plus(Duration.ofMinutes(10)));
        assertThat(registry.remove("wl-2")).isPresent();
        registry.add(workload("wl-4", T0, Duration.ofHours(1)), T0.plus(Duration.ofMinutes(10)));
        assertThat(registry.size()).isEqualTo(2);
    }
}
