package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.model.ServiceLastAccessedJob;
import dev.warden.core.model.ServiceLastAccessedJob.Granularity;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceLastAccessedJobServiceTest {
    static final String ALICE = "arn:aws:iam::123456789012:user/alice";
    static final String ADMIN = "arn:aws:iam::123456789012:user/admin";

    @TempDir
    Path dir;

    private IamFixture fx;
    private ServiceLastAccessedJobService jobs;

    @BeforeEach
    void setUp() {
        fx = new IamFixture(dir);
        jobs = fx.iam.serviceLastAccessedJobs();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void aJobIsCompletedWhenCreatedAndReadOnlyByItsRequester() {
        ServiceLastAccessedJob job = jobs.generate(ALICE, null, ADMIN);
        assertThat(job.jobId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(job.granularity()).isEqualTo(Granularity.SERVICE_LEVEL);
        assertThat(job.createdAt()).isEqualTo(IamFixture.NOW).isEqualTo(job.completedAt());

        assertThat(jobs.find(job.jobId(), ADMIN)).isEqualTo(job);
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> jobs.find(job.jobId(), ALICE));
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> jobs.find("00000000-0000-4000-8000-000000000000", ADMIN));
        assertThat(jobs.generate(ALICE, "ACTION_LEVEL", ADMIN).granularity()).isEqualTo(Granularity.ACTION_LEVEL);
        assertThat(jobs.generate(ALICE, null, ADMIN).jobId()).isNotEqualTo(job.jobId());
    }

    @Test
    void badInputIsAValidationError() {
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> jobs.generate(ALICE, "action_level", ADMIN))
                .hasMessageContaining("[SERVICE_LEVEL, ACTION_LEVEL]");
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> jobs.generate("arn:aws:iam::1", null, ADMIN));
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> jobs.generate(null, null, ADMIN));
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> jobs.find("short", ADMIN));
    }
}
