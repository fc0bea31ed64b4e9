package dev.warden.server.workload;

import dev.warden.server.auth.AuthenticatedCaller;
import dev.warden.server.principal.WardenPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A registered workload: a program that gets the credentials of {@code roleArn}'s sessions from this
 * node, proving itself with {@code token}. Immutable; its minted sessions live in
 * {@link WorkloadSessions}.
 *
 * @param roleName the role's name, the IMDS path segment under {@code security-credentials/}
 * @param service the service principal that assumes the role, empty when the launcher assumes it
 * @param instanceProfileArn the instance profile the role came from, for {@code --instance-profile}
 * @param instanceProfileId its id, for IMDS's {@code iam/info}
 * @param imdsV1Allowed whether IMDS answers GETs without an IMDSv2 token (off unless asked for)
 * @param launcher who registered the workload (and passed the role)
 * @param sourceIdentity the launcher's name as carried by every session, for attribution
 * @param region the region the launcher signed for, used in the workload's source ARN
 * @param sourceIp the launcher's address, for {@code aws:SourceIp} when its rights are checked again
 * @param endsAt after this the registration is gone, whatever the workload does
 */
public record Workload(
        String id,
        WorkloadToken token,
        String roleArn,
        String roleName,
        String sessionName,
        Optional<ServicePrincipal> service,
        Optional<String> instanceProfileArn,
        Optional<String> instanceProfileId,
        boolean imdsV1Allowed,
        Duration sessionDuration,
        AuthenticatedCaller<WardenPrincipal> launcher,
        String sourceIdentity,
        String region,
        String sourceIp,
        String userAgent,
        Instant registeredAt,
        Instant endsAt) {

    public String accountId() {
        return launcher.principal().accountId();
    }

    /** The ARN AWS would give the workload in its service ({@code aws:SourceArn}), if it runs as one. */
    public Optional<String> sourceArn() {
        return service.map(s -> s.sourceArn(region, accountId(), sessionName));
    }

    @Override
    public String toString() {
        return "Workload[id=" + id + ", role=" + roleArn + ", session=" + sessionName + ", service="
                + service.map(ServicePrincipal::name).orElse("-") + ", launcher=" + launcher.identity().arn() + "]";
    }
}
