package dev.warden.core.iam;

import dev.warden.core.model.AccessKey;
import dev.warden.core.secret.SecretAccessKey;

/** CreateAccessKey's result: the only time the secret is handed out. */
public record CreatedAccessKey(AccessKey accessKey, SecretAccessKey secretAccessKey) {
}
