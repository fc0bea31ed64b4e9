package dev.warden.core.store.jdbc;

import dev.warden.core.model.ServiceLastAccessedJob;
import dev.warden.core.store.ServiceLastAccessedJobRepository;
import java.util.Optional;

final class JdbcServiceLastAccessedJobRepository implements ServiceLastAccessedJobRepository {
    private final SqlRunner sql;

    JdbcServiceLastAccessedJobRepository(SqlRunner sql) {
        this.sql = sql;
    }

    @Override
    public void insert(ServiceLastAccessedJob job) {
        sql.update("INSERT INTO service_last_accessed_jobs (job_id, account_id, entity_arn, granularity, requested_by,"
                        + " created_at, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                job.jobId(), job.accountId(), job.entityArn(), job.granularity().name(), job.requestedBy(),
                job.createdAt(), job.completedAt());
    }

    @Override
    public Optional<ServiceLastAccessedJob> find(String accountId, String jobId) {
        return sql.queryOne("SELECT job_id, account_id, entity_arn, granularity, requested_by, created_at, completed_at"
                        + " FROM service_last_accessed_jobs WHERE account_id = ? AND job_id = ?",
                rs -> new ServiceLastAccessedJob(rs.getString("job_id"), rs.getString("account_id"),
                        rs.getString("entity_arn"),
                        ServiceLastAccessedJob.Granularity.valueOf(rs.getString("granularity")),
                        rs.getString("requested_by"), SqlRunner.instant(rs, "created_at"),
                        SqlRunner.instant(rs, "completed_at")),
                accountId, jobId);
    }
}
