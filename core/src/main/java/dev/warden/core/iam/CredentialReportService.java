package dev.warden.core.iam;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.error.IamException;
import dev.warden.core.model.AccessKey;
import dev.warden.core.model.Account;
import dev.warden.core.model.CredentialReport;
import dev.warden.core.model.PasswordPolicy;
import dev.warden.core.model.SigningCertificate;
import dev.warden.core.model.User;
import dev.warden.core.store.ListWindow;
import dev.warden.core.store.StoreTransaction;
import dev.warden.core.store.StoredAccessKey;
import dev.warden.core.store.StoredLoginProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * GenerateCredentialReport and GetCredentialReport. As in AWS, a report younger than four hours is
 * reused: generating again answers COMPLETE and keeps it. Otherwise generation starts: the report is
 * marked in progress (GetCredentialReport answers ReportInProgress meanwhile), built from one
 * snapshot and stored complete. Warden builds it at once, so the call that starts it (answering
 * STARTED) returns with the report ready; a generation left in progress for over five minutes (a
 * crash mid-way) counts as abandoned and is started again.
 */
public final class CredentialReportService {
    static final Duration REUSE_WINDOW = Duration.ofHours(4);
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    private final IamContext ctx;

    public CredentialReportService(IamContext ctx) {
        this.ctx = ctx;
    }

    /** GenerateCredentialReport's answer: {@code description} is null for COMPLETE. */
    public record Generation(State state, String description) {
        public enum State {
            STARTED,
            INPROGRESS,
            COMPLETE
        }
    }

    public Generation generateCredentialReport() {
        Optional<Generation> answered = begin();
        if (answered.isPresent()) {
            return answered.get();
        }
        complete();
        return new Generation(Generation.State.STARTED, "No report exists. Starting a new report generation task");
    }

    /** The complete report; its CSV is what GetCredentialReport returns base64-encoded. */
    public CredentialReport getCredentialReport() {
        CredentialReport report = ctx.store().read(tx -> tx.credentialReports().find(ctx.accountId())).orElseThrow(
                () -> new IamException(IamErrorCode.REPORT_NOT_PRESENT, "Credential report not present. "
                        + "To generate a credential report, use GenerateCredentialReport."));
        if (!report.isComplete()) {
            throw new IamException(IamErrorCode.REPORT_IN_PROGRESS, "Credential report is still being generated.");
        }
        return report;
    }

    /**
     * Decides in one unit of work whether to generate: empty when this call must build the report
     * (it is now marked in progress), else the answer for a report that is fresh or being built.
     */
    Optional<Generation> begin() {
        Instant now = ctx.now();
        return ctx.store().write(tx -> {
            Optional<CredentialReport> existing = tx.credentialReports().find(ctx.accountId());
            if (existing.isPresent()) {
                CredentialReport r = existing.get();
                if (r.isComplete() && r.generatedAt().plus(REUSE_WINDOW).isAfter(now)) {
                    return Optional.of(new Generation(Generation.State.COMPLETE, null));
                }
                if (!r.isComplete() && r.startedAt().plus(ABANDONED_AFTER).isAfter(now)) {
                    return Optional.of(new Generation(Generation.State.INPROGRESS, "Report generation in progress"));
                }
            }
            tx.credentialReports().put(ctx.accountId(), CredentialReport.started(now));
            return Optional.empty();
        });
    }

    /** Builds the report from one snapshot and stores it complete. */
    void complete() {
        String csv = ctx.store().read(this::csv);
        Instant started = ctx.store().read(tx -> tx.credentialReports().find(ctx.accountId())
                .map(CredentialReport::startedAt).orElse(ctx.now()));
        ctx.store().write(tx -> {
            tx.credentialReports().put(ctx.accountId(), CredentialReport.complete(started, ctx.now(), csv));
            return null;
        });
    }

    private String csv(StoreTransaction tx) {
        String account = ctx.accountId();
        Instant accountCreated = tx.accounts().all().stream().filter(a -> a.accountId().equals(account))
                .map(Account::createDate).findFirst().orElse(ctx.now());
        PasswordPolicy policy = tx.passwordPolicies().find(account).orElse(null);
        Map<String, StoredLoginProfile> profiles = new HashMap<>();
        for (StoredLoginProfile p : tx.loginProfiles().listForAccount(account)) {
            profiles.put(p.profile().userId(), p);
        }
        Map<String, List<AccessKey>> keys = new HashMap<>();
        for (StoredAccessKey k : tx.accessKeys().listForAccount(account)) {
            keys.computeIfAbsent(k.key().userId(), id -> new ArrayList<>()).add(k.key());
        }
        Map<String, List<SigningCertificate>> certificates = new HashMap<>();
        for (SigningCertificate c : tx.signingCertificates().listForAccount(account)) {
            certificates.computeIfAbsent(c.userId(), id -> new ArrayList<>()).add(c);
        }
        java.util.Set<String> withMfa = new java.util.HashSet<>();
        tx.mfaDevices().listForAccount(account).stream().filter(d -> d.device().assigned())
                .forEach(d -> withMfa.add(d.device().userId()));
        List<User> users = new ArrayList<>(tx.users().list(account, new ListWindow(null, null, Integer.MAX_VALUE)));
        users.sort(Comparator.comparing(u -> u.userName().toLowerCase(Locale.ROOT)));
        CredentialReportCsv report = new CredentialReportCsv().root(ctx.account().rootArn(), accountCreated);
        for (User u : users) {
            report.user(new CredentialReportCsv.UserCredentials(u, profiles.get(u.userId()),
                    keys.getOrDefault(u.userId(), List.of()), withMfa.contains(u.userId()),
                    certificates.getOrDefault(u.userId(), List.of())), policy);
        }
        return report.text();
    }
}
