package dev.warden.core.iam;

import dev.warden.core.model.AccessKey;
import dev.warden.core.model.AccessKeyStatus;
import dev.warden.core.model.PasswordPolicy;
import dev.warden.core.model.SigningCertificate;
import dev.warden.core.model.User;
import dev.warden.core.store.StoredLoginProfile;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the credential report CSV: AWS's 22 columns in AWS's order, the account root first
 * ({@code <root_account>}), then one row per user. Values as AWS writes them: {@code true}/{@code false},
 * times as ISO 8601 seconds with {@code +00:00}, {@code N/A} where a credential is absent,
 * {@code not_supported} for what the root user cannot have, {@code no_information} for a password
 * whose use Warden does not record (it has no console). mfa_active is true when the user has an
 * enabled virtual MFA device; cert_N_* describe the user's first two signing certificates. A value
 * holding a comma or quote (names and paths may contain commas) is quoted as RFC 4180 says.
 */
final class CredentialReportCsv {
    static final List<String> COLUMNS = List.of("user", "arn", "user_creation_time", "password_enabled",
            "password_last_used", "password_last_changed", "password_next_rotation", "mfa_active",
            "access_key_1_active", "access_key_1_last_rotated", "access_key_1_last_used_date",
            "access_key_1_last_used_region", "access_key_1_last_used_service", "access_key_2_active",
            "access_key_2_last_rotated", "access_key_2_last_used_date", "access_key_2_last_used_region",
            "access_key_2_last_used_service", "cert_1_active", "cert_1_last_rotated", "cert_2_active",
            "cert_2_last_rotated");
    static final String ROOT_USER = "<root_account>";
    private static final String NOT_APPLICABLE = "N/A";
    private static final String NOT_SUPPORTED = "not_supported";
    private static final String NO_INFORMATION = "no_information";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+00:00'")
            .withZone(ZoneOffset.UTC);

    /** One user's credentials as the report needs them; {@code keys} oldest first. */
    record UserCredentials(User user, StoredLoginProfile loginProfile, List<AccessKey> keys, boolean mfaActive,
            List<SigningCertificate> certificates) {
    }

    private final StringBuilder out = new StringBuilder();

    CredentialReportCsv() {
        line(COLUMNS);
    }

    CredentialReportCsv root(String rootArn, Instant accountCreated) {
        List<String> row = new ArrayList<>(List.of(ROOT_USER, rootArn, time(accountCreated), NOT_SUPPORTED,
                NO_INFORMATION, NOT_SUPPORTED, NOT_SUPPORTED, "false"));
        keys(row, List.of());
        certificates(row, List.of());
        line(row);
        return this;
    }

    CredentialReportCsv user(UserCredentials c, PasswordPolicy policy) {
        StoredLoginProfile profile = c.loginProfile();
        List<String> row = new ArrayList<>(List.of(c.user().userName(), c.user().arn(), time(c.user().createDate())));
        if (profile == null) {
            row.addAll(List.of("false", NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE));
        } else {
            Instant changed = profile.passwordChangedAt();
            row.addAll(List.of("true", NO_INFORMATION, time(changed), policy != null && policy.expirePasswords()
                    ? time(changed.plus(Duration.ofDays(policy.maxPasswordAgeDays()))) : NOT_APPLICABLE));
        }
        row.add(Boolean.toString(c.mfaActive()));
        keys(row, c.keys());
        certificates(row, c.certificates());
        line(row);
        return this;
    }

    String text() {
        return out.toString();
    }

    private static void keys(List<String> row, List<AccessKey> keys) {
        for (int i = 0; i < 2; i++) {
            AccessKey key = i < keys.size() ? keys.get(i) : null;
            if (key == null) {
                row.addAll(List.of("false", NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE));
                continue;
            }
            boolean used = key.lastUsed() != null;
            row.add(Boolean.toString(key.status() == AccessKeyStatus.Active));
            row.add(time(key.createDate()));
            row.add(used ? time(key.lastUsed().date()) : NOT_APPLICABLE);
            row.add(used && key.lastUsed().region() != null ? key.lastUsed().region() : NOT_APPLICABLE);
            row.add(used && key.lastUsed().serviceName() != null ? key.lastUsed().serviceName() : NOT_APPLICABLE);
        }
    }

    /** cert_N_active and cert_N_last_rotated (the upload date) of the first two signing certificates. */
    private static void certificates(List<String> row, List<SigningCertificate> certificates) {
        for (int i = 0; i < 2; i++) {
            SigningCertificate c = i < certificates.size() ? certificates.get(i) : null;
            row.add(Boolean.toString(c != null && c.status() == AccessKeyStatus.Active));
            row.add(c == null ? NOT_APPLICABLE : time(c.uploadDate()));
        }
    }

    private void line(List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quoted(values.get(i)));
        }
        out.append('\n');
    }

    private static String quoted(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }
}
