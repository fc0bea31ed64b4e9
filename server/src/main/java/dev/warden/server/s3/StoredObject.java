package dev.warden.server.s3;

import java.time.Instant;
import java.util.Map;

/**
 * What is kept about an object besides its bytes.
 *
 * @param etag the quoted hex MD5 of the content, as S3 reports single-part uploads
 * @param userMetadata {@code x-amz-meta-*} headers, names in lower case without the prefix
 */
record StoredObject(String key, long size, String etag, Instant lastModified, String contentType,
        Map<String, String> userMetadata) {

    StoredObject {
        userMetadata = Map.copyOf(userMetadata);
    }
}
