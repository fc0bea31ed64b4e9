package dev.warden.core.store;

import dev.warden.core.model.CredentialReport;
import java.util.Optional;

public interface CredentialReportRepository {
    Optional<CredentialReport> find(String accountId);

    /** Sets the account's report, replacing any. */
    void put(String accountId, CredentialReport report);
}
