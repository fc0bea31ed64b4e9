package dev.warden.core.iam;

import dev.warden.core.model.AccessKey;
import dev.warden.core.model.AccessKeyStatus;
import dev.warden.core.model.User;
import dev.warden.core.secret.SecretAccessKey;

/** What request authentication needs for a long-term key: its owner, status and decrypted secret. */
public record AccessKeyCredential(AccessKey accessKey, User user, SecretAccessKey secretAccessKey) {
    public boolean isActive() {
        return accessKey.status() == AccessKeyStatus.Active;
    }
}
