package dev.warden.core.iam;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.error.IamException;
import dev.warden.core.id.IdPrefix;
import dev.warden.core.model.AccessKeyStatus;
import dev.warden.core.model.Page;
import dev.warden.core.model.SigningCertificate;
import dev.warden.core.model.User;
import dev.warden.core.store.StoreTransaction;
import java.security.cert.X509Certificate;
import java.util.regex.Pattern;

/**
 * X.509 signing certificates of IAM users: PEM certificates the JDK parses ({@link PemCertificates}),
 * at most {@value #PER_USER} per user, one certificate at most once in the account.
 */
public final class SigningCertificateService {

    /** Fixed in AWS (iam-semantics §7.7). */
    public static final int PER_USER = 2;

    private static final String ID_PATTERN_TEXT = "[\\w]+";
    private static final Pattern ID_PATTERN = Pattern.compile(ID_PATTERN_TEXT);
    static final String BODY_PATTERN_TEXT = "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+";
    static final Pattern BODY_PATTERN = Pattern.compile(BODY_PATTERN_TEXT);

    private final IamContext ctx;
    private final UserCredentials<SigningCertificate> credentials;

    public SigningCertificateService(IamContext ctx) {
        this.ctx = ctx;
        this.credentials = new UserCredentials<>(ctx, StoreTransaction::signingCertificates, SigningCertificate::userId,
                SigningCertificate::certificateId, SigningCertificate::uploadDate, "Certificate");
    }

    public SigningCertificate uploadSigningCertificate(String userName, String body) {
        String name = IamInputRules.name("userName", userName, 128);
        certificateText("certificateBody", body);
        X509Certificate certificate = PemCertificates.one(body);
        String fingerprint = PemCertificates.fingerprint(certificate);
        return ctx.store().write(tx -> {
            User user = EntityLookup.user(tx, ctx.accountId(), name);
            if (tx.signingCertificates().listForAccount(ctx.accountId()).stream()
                    .anyMatch(c -> c.fingerprint().equals(fingerprint))) {
                throw new IamException(IamErrorCode.DUPLICATE_CERTIFICATE,
                        "The same certificate is already associated with an IAM user in the account.");
            }
            if (tx.signingCertificates().listForUser(user.userId()).size() >= PER_USER) {
                throw IamException.limitExceeded("Cannot exceed quota for CertificatesPerUser: " + PER_USER);
            }
            SigningCertificate created = new SigningCertificate(ctx.ids().next(IdPrefix.SIGNING_CERTIFICATE),
                    user.userId(), user.userName(), body, fingerprint, AccessKeyStatus.Active, ctx.now());
            tx.signingCertificates().insert(created);
            return created;
        });
    }

    public Page<SigningCertificate> listSigningCertificates(String userName, ListOptions options) {
        return credentials.list(IamInputRules.name("userName", userName, 128), options);
    }

    public void updateSigningCertificate(String userName, String certificateId, String status) {
        credentials.updateStatus(IamInputRules.name("userName", userName, 128), certificateId(certificateId), status);
    }

    public void deleteSigningCertificate(String userName, String certificateId) {
        credentials.delete(IamInputRules.name("userName", userName, 128), certificateId(certificateId));
    }

    static void certificateText(String field, String value) {
        IamInputRules.required(field, value);
        IamInputRules.length(field, value, 1, 16_384);
        IamInputRules.pattern(field, value, BODY_PATTERN, BODY_PATTERN_TEXT);
    }

    private static String certificateId(String value) {
        IamInputRules.required("certificateId", value);
        IamInputRules.length("certificateId", value, 24, 128);
        IamInputRules.pattern("certificateId", value, ID_PATTERN, ID_PATTERN_TEXT);
        return value;
    }
}
