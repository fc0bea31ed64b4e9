package dev.warden.core.iam;

import dev.warden.core.error.IamException;
import dev.warden.core.model.ServiceLastAccessedJob;
import dev.warden.core.model.ServiceLastAccessedJob.Granularity;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * The jobs of GenerateServiceLastAccessedDetails and the Get calls that read them. Warden's report
 * is a query over its own audit log, fast enough to answer at once, so a job is COMPLETED when it is
 * created. The job id is a random UUID (AWS's fixed 36 characters), and only the principal that
 * generated a job may read it, as AWS documents. Checking that the entity exists is the caller's.
 */
public final class ServiceLastAccessedJobService {
    private final IamContext ctx;

    public ServiceLastAccessedJobService(IamContext ctx) {
        this.ctx = ctx;
    }

    /** @param granularity SERVICE_LEVEL (the default when null) or ACTION_LEVEL */
    public ServiceLastAccessedJob generate(String entityArn, String granularity, String requestedBy) {
        IamInputRules.required("arn", entityArn);
        IamInputRules.length("arn", entityArn, 20, 2048);
        Instant now = ctx.now();
        ServiceLastAccessedJob job = new ServiceLastAccessedJob(randomUuid(), ctx.accountId(), entityArn,
                granularity(granularity), requestedBy, now, now);
        ctx.store().write(tx -> {
            tx.serviceLastAccessedJobs().insert(job);
            return null;
        });
        return job;
    }

    /** @throws IamException NoSuchEntity for an unknown job or one another principal generated */
    public ServiceLastAccessedJob find(String jobId, String requestedBy) {
        IamInputRules.required("jobId", jobId);
        IamInputRules.length("jobId", jobId, 36, 36);
        return ctx.store().read(tx -> tx.serviceLastAccessedJobs().find(ctx.accountId(), jobId))
                .filter(job -> job.requestedBy().equals(requestedBy))
                .orElseThrow(() -> IamException.noSuchEntity("No such job " + jobId + " exists for this caller."));
    }

    private static Granularity granularity(String value) {
        if (value == null) {
            return Granularity.SERVICE_LEVEL;
        }
        return Arrays.stream(Granularity.values()).filter(g -> g.name().equals(value)).findFirst()
                .orElseThrow(() -> IamException.validation("granularity", value,
                        "Member must satisfy enum value set: [SERVICE_LEVEL, ACTION_LEVEL]"));
    }

    /** A version 4 UUID from the context's secure random source. */
    private String randomUuid() {
        byte[] bytes = new byte[16];
        ctx.random().nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong()).toString();
    }
}
