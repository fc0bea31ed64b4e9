package dev.warden.core.model;

import java.time.Instant;
import java.util.List;

/**
 * A server certificate (UploadServerCertificate): body and chain as uploaded (PEM; {@code chain} null
 * when none was given). Its private key is not part of the model: it is stored sealed and never returned.
 */
public record ServerCertificate(
        String accountId,
        String certificateId,
        String name,
        String path,
        String body,
        String chain,
        Instant expiration,
        Instant uploadDate,
        List<Tag> tags) {

    public ServerCertificate {
        tags = List.copyOf(tags);
    }

    public String arn() {
        return Arns.iam(accountId, "server-certificate", path, name);
    }

    public ServerCertificate renamed(String newPath, String newName) {
        return new ServerCertificate(accountId, certificateId, newName, newPath, body, chain, expiration, uploadDate,
                tags);
    }
}
