package dev.warden.core.store.jdbc;

import dev.warden.core.model.CredentialReport;
import dev.warden.core.store.CredentialReportRepository;
import java.util.Optional;

final class JdbcCredentialReportRepository implements CredentialReportRepository {
    private final SqlRunner sql;

    JdbcCredentialReportRepository(SqlRunner sql) {
        this.sql = sql;
    }

    @Override
    public Optional<CredentialReport> find(String accountId) {
        return sql.queryOne("SELECT state, started_at, generated_at, content FROM credential_reports"
                        + " WHERE account_id = ?",
                rs -> new CredentialReport(CredentialReport.State.valueOf(rs.getString("state")),
                        SqlRunner.instant(rs, "started_at"), SqlRunner.instant(rs, "generated_at"),
                        rs.getString("content")),
                accountId);
    }

    @Override
    public void put(String accountId, CredentialReport report) {
        sql.update("DELETE FROM credential_reports WHERE account_id = ?", accountId);
        sql.update("INSERT INTO credential_reports (account_id, state, started_at, generated_at, content)"
                        + " VALUES (?, ?, ?, ?, ?)",
                accountId, report.state().name(), report.startedAt(), SqlRunner.nullableInstant(report.generatedAt()),
                SqlRunner.nullableText(report.csv()));
    }
}
