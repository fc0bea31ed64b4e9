package dev.warden.core.store;

import dev.warden.core.model.ServiceLastAccessedJob;
import java.util.Optional;

/** Service last accessed report jobs, kept as requested (the report is computed on reading). */
public interface ServiceLastAccessedJobRepository {
    void insert(ServiceLastAccessedJob job);

    Optional<ServiceLastAccessedJob> find(String accountId, String jobId);
}
