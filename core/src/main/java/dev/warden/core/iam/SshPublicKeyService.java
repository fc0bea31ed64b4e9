package dev.warden.core.iam;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.error.IamException;
import dev.warden.core.id.IdPrefix;
import dev.warden.core.model.AccessKeyStatus;
import dev.warden.core.model.Page;
import dev.warden.core.model.SshPublicKey;
import dev.warden.core.model.User;
import dev.warden.core.store.StoreTransaction;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SSH public keys of IAM users (UploadSSHPublicKey and friends): RSA keys of at least 2,048 bits
 * ({@link SshPublicKeyBody}), at most {@value #PER_USER} per user, no key twice for one user.
 */
public final class SshPublicKeyService {

    /** Fixed in AWS (iam-semantics §7.7). */
    public static final int PER_USER = 5;

    private static final String KEY_ID_PATTERN_TEXT = "[\\w]+";
    private static final Pattern KEY_ID_PATTERN = Pattern.compile(KEY_ID_PATTERN_TEXT);
    private static final String BODY_PATTERN_TEXT = "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+";
    private static final Pattern BODY_PATTERN = Pattern.compile(BODY_PATTERN_TEXT);

    /** GetSSHPublicKey's Encoding. */
    public enum Encoding {
        SSH, PEM
    }

    private final IamContext ctx;
    private final UserCredentials<SshPublicKey> credentials;

    public SshPublicKeyService(IamContext ctx) {
        this.ctx = ctx;
        this.credentials = new UserCredentials<>(ctx, StoreTransaction::sshPublicKeys, SshPublicKey::userId,
                SshPublicKey::keyId, SshPublicKey::uploadDate, "Public Key");
    }

    public SshPublicKey uploadSshPublicKey(String userName, String body) {
        String name = IamInputRules.userName(userName);
        IamInputRules.required("sSHPublicKeyBody", body);
        IamInputRules.length("sSHPublicKeyBody", body, 1, 16_384);
        IamInputRules.pattern("sSHPublicKeyBody", body, BODY_PATTERN, BODY_PATTERN_TEXT);
        SshPublicKeyBody parsed = SshPublicKeyBody.parse(body);
        return ctx.store().write(tx -> {
            User user = EntityLookup.user(tx, ctx.accountId(), name);
            List<SshPublicKey> existing = tx.sshPublicKeys().listForUser(user.userId());
            if (existing.stream().anyMatch(k -> k.fingerprint().equals(parsed.fingerprint()))) {
                throw new IamException(IamErrorCode.DUPLICATE_SSH_PUBLIC_KEY,
                        "The SSH public key is already associated with the specified IAM user.");
            }
            if (existing.size() >= PER_USER) {
                throw IamException.limitExceeded("Cannot exceed quota for PublicKeysPerUser: " + PER_USER);
            }
            SshPublicKey key = new SshPublicKey(ctx.ids().next(IdPrefix.SSH_PUBLIC_KEY), user.userId(),
                    user.userName(), parsed.ssh(), parsed.fingerprint(), AccessKeyStatus.Active, ctx.now());
            tx.sshPublicKeys().insert(key);
            return key;
        });
    }

    /** The key with its body in the requested encoding. */
    public SshPublicKey getSshPublicKey(String userName, String keyId, Encoding encoding) {
        String name = IamInputRules.userName(userName);
        String id = keyId(keyId);
        IamInputRules.required("encoding", encoding);
        SshPublicKey key = ctx.store().read(tx -> credentials.owned(tx, name, id));
        if (encoding == Encoding.SSH) {
            return key;
        }
        String pem = new SshPublicKeyBody(key.body(), key.fingerprint()).pem();
        return new SshPublicKey(key.keyId(), key.userId(), key.userName(), pem, key.fingerprint(), key.status(),
                key.uploadDate());
    }

    public Page<SshPublicKey> listSshPublicKeys(String userName, ListOptions options) {
        return credentials.list(IamInputRules.userName(userName), options);
    }

    public void updateSshPublicKey(String userName, String keyId, String status) {
        credentials.updateStatus(IamInputRules.userName(userName), keyId(keyId), status);
    }

    public void deleteSshPublicKey(String userName, String keyId) {
        credentials.delete(IamInputRules.userName(userName), keyId(keyId));
    }

    private static String keyId(String value) {
        IamInputRules.required("sSHPublicKeyId", value);
        IamInputRules.length("sSHPublicKeyId", value, 20, 128);
        IamInputRules.pattern("sSHPublicKeyId", value, KEY_ID_PATTERN, KEY_ID_PATTERN_TEXT);
        return value;
    }
}
