package dev.warden.server.s3;

import dev.warden.policy.context.ContextKeyType;
import dev.warden.policy.context.ContextValue;
import dev.warden.server.AuthorizationDecision;
import dev.warden.server.auth.StreamingVerification;
import dev.warden.server.encoding.PercentEncoding;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Carries out each {@link S3Operation}: authorize, act on the {@link BucketStore}, answer. */
final class S3Operations {

    private static final String REGION = "us-east-1";
    private static final int MAX_SMALL_BODY_BYTES = 64 * 1024;
    /** 10,000 parts of about 100 bytes of XML each. */
    private static final int MAX_COMPLETE_BODY_BYTES = 2 * 1024 * 1024;
    private static final String USER_METADATA_PREFIX = "x-amz-meta-";
    static final int MAX_USER_METADATA_BYTES = 2 * 1024;

    private final BucketStore store;
    private final S3Authorization authorization;
    private final BucketPolicies policies;
    private final MultipartUploads uploads;

    S3Operations(BucketStore store, S3Authorization authorization) {
        this.store = store;
        this.uploads = new MultipartUploads(store);
        this.authorization = authorization;
        this.policies = new BucketPolicies();
    }

    /** The authorization decision of a request, for its audit record. */
    static final class Outcome {
        private Optional<AuthorizationDecision> decision = Optional.empty();

        Optional<AuthorizationDecision> decision() {
            return decision;
        }
    }

    void perform(S3Call call, Outcome outcome) {
        S3Operation op = call.operation();
        call.address().bucket().ifPresent(b -> {
            if (op == S3Operation.CREATE_BUCKET) {
                BucketName.require(b);
            } else if (!BucketName.isValid(b) || !store.exists(b)) {
                throw S3Error.noSuchBucket(b);
            }
        });
        call.address().key().ifPresent(ObjectKey::require);
        if (op != S3Operation.DELETE_OBJECTS) {
            authorize(call, op.action(), resourceOf(call), conditionKeys(call), outcome);
        }
        call.ctx().header(S3Errors.REQUEST_ID_HEADER, call.requestId());
        call.ctx().header("x-amz-id-2", call.requestId());
        switch (op) {
            case LIST_BUCKETS -> listBuckets(call);
            case CREATE_BUCKET -> createBucket(call);
            case HEAD_BUCKET -> call.ctx().status(200).header("x-amz-bucket-region", REGION).result(new byte[0]);
            case DELETE_BUCKET -> {
                store.deleteBucket(call.bucket());
                call.ctx().status(204).result(new byte[0]);
            }
            case GET_BUCKET_LOCATION -> xml(call, S3Xml.document("LocationConstraint").finish());
            case LIST_OBJECTS, LIST_OBJECTS_V2 -> listObjects(call);
            case PUT_BUCKET_POLICY -> {
                String document = new String(smallBody(call), StandardCharsets.UTF_8);
                store.putPolicy(call.bucket(), policies.check(call.bucket(), document));
                call.ctx().status(204).result(new byte[0]);
            }
            case GET_BUCKET_POLICY -> {
                String document = store.policy(call.bucket()).orElseThrow(() -> new S3Error("NoSuchBucketPolicy",
                        404, "The bucket policy does not exist", Map.of("BucketName", call.bucket())));
                call.ctx().status(200).contentType("application/json").result(document);
            }
            case DELETE_BUCKET_POLICY -> {
                store.deletePolicy(call.bucket());
                call.ctx().status(204).result(new byte[0]);
            }
            case PUT_OBJECT -> putObject(call);
            case COPY_OBJECT -> copyObject(call, outcome);
            case GET_OBJECT, HEAD_OBJECT -> getObject(call, outcome, op == S3Operation.HEAD_OBJECT);
            case DELETE_OBJECT -> {
                store.delete(call.bucket(), call.key());
                call.ctx().status(204).result(new byte[0]);
            }
            case CREATE_MULTIPART_UPLOAD -> {
                smallBody(call);
                String uploadId = uploads.create(call.bucket(), call.key(),
                        call.header("Content-Type").orElse("binary/octet-stream"), userMetadata(call.ctx()));
                xml(call, S3Xml.document("InitiateMultipartUploadResult").element("Bucket", call.bucket())
                        .element("Key", call.key()).element("UploadId", uploadId).finish());
            }
            case UPLOAD_PART -> {
                checkDeclaredLength(call);
                StoredObject part = uploads.putPart(call.bucket(), call.key(), call.param("uploadId").orElseThrow(),
                        partNumber(call), content(call));
                call.ctx().status(200).header("ETag", part.etag()).result(new byte[0]);
            }
            case COMPLETE_MULTIPART_UPLOAD -> {
                List<UploadedPart> parts = CompletedParts.parse(body(call, MAX_COMPLETE_BODY_BYTES));
                StoredObject object = uploads.complete(call.bucket(), call.key(),
                        call.param("uploadId").orElseThrow(), parts);
                xml(call, S3Xml.document("CompleteMultipartUploadResult")
                        .element("Location", "/" + call.bucket() + "/" + call.key()).element("Bucket", call.bucket())
                        .element("Key", call.key()).element("ETag", object.etag()).finish());
            }
            case DELETE_OBJECTS -> deleteObjects(call, outcome);
            case ABORT_MULTIPART_UPLOAD -> {
                uploads.abort(call.bucket(), call.key(), call.param("uploadId").orElseThrow());
                call.ctx().status(204).result(new byte[0]);
            }
        }
    }

    /** Each key is authorized and deleted on its own; refusals are reported per key, as S3 does. */
    private void deleteObjects(S3Call call, Outcome outcome) {
        ObjectsToDelete request = ObjectsToDelete.parse(body(call, MAX_COMPLETE_BODY_BYTES));
        S3Xml xml = S3Xml.document("DeleteResult");
        for (String key : request.keys()) {
            try {
                ObjectKey.require(key);
                authorize(call, "s3:DeleteObject", "arn:aws:s3:::" + call.bucket() + "/" + key, Map.of(), outcome,
                        call.bucket());
                store.delete(call.bucket(), key);
                if (!request.quiet()) {
                    xml.start("Deleted").element("Key", key).end();
                }
            } catch (S3Error refused) {
                xml.start("Error").element("Key", key).element("Code", refused.code())
                        .element("Message", refused.getMessage()).end();
            }
        }
        xml(call, xml.finish());
    }

    private void authorize(S3Call call, String action, String resource, Map<String, ContextValue> keys,
            Outcome outcome) {
        Optional<String> bucket = call.address().bucket();
        Optional<String> policy = bucket.filter(store::exists).flatMap(store::policy);
        AuthorizationDecision decision = authorization.decide(call, action, resource, keys, policy,
                bucket.orElse(""));
        outcome.decision = Optional.of(decision);
        if (decision instanceof AuthorizationDecision.Deny deny) {
            throw new S3Error("AccessDenied", 403, deny.message());
        }
    }

    private static String resourceOf(S3Call call) {
        if (call.address().bucket().isEmpty()) {
            return "*";
        }
        String bucketArn = "arn:aws:s3:::" + call.bucket();
        return call.address().key().map(k -> bucketArn + "/" + k).orElse(bucketArn);
    }

    /** The S3 keys AWS sets for ListBucket (service authorization reference). */
    private static Map<String, ContextValue> conditionKeys(S3Call call) {
        Map<String, ContextValue> keys = new LinkedHashMap<>();
        if (call.operation() == S3Operation.LIST_OBJECTS || call.operation() == S3Operation.LIST_OBJECTS_V2) {
            call.param("prefix").ifPresent(p -> keys.put("s3:prefix", ContextValue.string(p)));
            call.param("delimiter").ifPresent(d -> keys.put("s3:delimiter", ContextValue.string(d)));
            call.param("max-keys").ifPresent(m -> keys.put("s3:max-keys", ContextValue.of(ContextKeyType.NUMERIC, m)));
        }
        call.header("x-amz-acl").ifPresent(acl -> keys.put("s3:x-amz-acl", ContextValue.string(acl)));
        keys.put("s3:authType", ContextValue.string("REST-HEADER"));
        keys.put("s3:signatureversion", ContextValue.string("AWS4-HMAC-SHA256"));
        return keys;
    }

    private void listBuckets(S3Call call) {
        S3Xml xml = S3Xml.document("ListAllMyBucketsResult");
        String account = call.verification().caller().identity().account();
        xml.start("Owner").element("ID", account).element("DisplayName", account).end();
        xml.start("Buckets");
        for (Bucket bucket : store.buckets()) {
            xml.start("Bucket").element("Name", bucket.name()).element("CreationDate", bucket.created())
                    .element("BucketRegion", REGION).end();
        }
        xml.end();
        xml(call, xml.finish());
    }

    private void createBucket(S3Call call) {
        smallBody(call); // CreateBucketConfiguration: Warden's buckets live in one region
        store.createBucket(call.bucket());
        call.ctx().status(200).header("Location", "/" + call.bucket()).result(new byte[0]);
    }

    private void listObjects(S3Call call) {
        boolean v2 = call.operation() == S3Operation.LIST_OBJECTS_V2;
        String prefix = call.param("prefix").orElse("");
        String delimiter = call.param("delimiter").orElse("");
        int maxKeys = maxKeys(call);
        boolean urlEncoded = call.param("encoding-type").map(e -> {
            if (!e.equals("url")) {
                throw S3Error.invalidArgument("Invalid Encoding Method specified in Request", "encoding-type", e);
            }
            return true;
        }).orElse(false);
        Optional<String> token = v2 ? call.param("continuation-token") : Optional.empty();
        String startAfter = token.map(ObjectListing::marker)
                .orElse(call.param(v2 ? "start-after" : "marker").orElse(""));
        ObjectListing listing = ObjectListing.of(store.objects(call.bucket()), prefix, delimiter, startAfter, maxKeys);

        S3Xml xml = S3Xml.document("ListBucketResult");
        xml.element("Name", call.bucket()).element("Prefix", encoded(prefix, urlEncoded));
        if (v2) {
            token.ifPresent(t -> xml.element("ContinuationToken", t));
            call.param("start-after").ifPresent(s -> xml.element("StartAfter", encoded(s, urlEncoded)));
            xml.element("KeyCount", listing.contents().size() + listing.commonPrefixes().size());
        } else {
            xml.element("Marker", encoded(call.param("marker").orElse(""), urlEncoded));
        }
        xml.element("MaxKeys", maxKeys);
        if (!delimiter.isEmpty()) {
            xml.element("Delimiter", encoded(delimiter, urlEncoded));
        }
        if (urlEncoded) {
            xml.element("EncodingType", "url");
        }
        xml.element("IsTruncated", Boolean.toString(listing.truncated()));
        listing.nextMarker().ifPresent(next -> {
            if (v2) {
                xml.element("NextContinuationToken", ObjectListing.token(next));
            } else if (!delimiter.isEmpty()) {
                xml.element("NextMarker", encoded(next, urlEncoded));
            }
        });
        String owner = call.verification().caller().identity().account();
        for (StoredObject object : listing.contents()) {
            xml.start("Contents").element("Key", encoded(object.key(), urlEncoded))
                    .element("LastModified", object.lastModified()).element("ETag", object.etag())
                    .element("Size", object.size()).element("StorageClass", "STANDARD");
            if (!v2 || call.param("fetch-owner").filter("true"::equals).isPresent()) {
                xml.start("Owner").element("ID", owner).element("DisplayName", owner).end();
            }
            xml.end();
        }
        for (String common : listing.commonPrefixes()) {
            xml.start("CommonPrefixes").element("Prefix", encoded(common, urlEncoded)).end();
        }
        xml(call, xml.finish());
    }

    private static int maxKeys(S3Call call) {
        String text = call.param("max-keys").orElse(Integer.toString(ObjectListing.MAX_KEYS));
        try {
            int value = Integer.parseInt(text);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return Math.min(value, ObjectListing.MAX_KEYS);
        } catch (NumberFormatException e) {
            throw S3Error.invalidArgument("Provided max-keys not an integer or within integer range", "max-keys",
                    text);
        }
    }

    private static int partNumber(S3Call call) {
        String text = call.param("partNumber").orElse("");
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw S3Error.invalidArgument("Part number must be an integer between 1 and 10000, inclusive",
                    "partNumber", text);
        }
    }

    private static String encoded(String value, boolean urlEncoded) {
        return urlEncoded ? PercentEncoding.encode(value).replace("%2F", "/") : value;
    }

    private void putObject(S3Call call) {
        checkDeclaredLength(call);
        InputStream content = content(call);
        StoredObject stored = store.put(call.bucket(), call.key(), content,
                call.header("Content-Type").orElse("binary/octet-stream"), userMetadata(call.ctx()));
        call.ctx().status(200).header("ETag", stored.etag()).result(new byte[0]);
    }

    private void copyObject(S3Call call, Outcome outcome) {
        S3Address source = copySource(call.header("x-amz-copy-source").orElseThrow());
        String sourceBucket = source.bucket().orElseThrow();
        String sourceKey = source.key().orElseThrow();
        if (!BucketName.isValid(sourceBucket) || !store.exists(sourceBucket)) {
            throw S3Error.noSuchBucket(sourceBucket);
        }
        authorize(call, "s3:GetObject", "arn:aws:s3:::" + sourceBucket + "/" + sourceKey, Map.of(), outcome,
                sourceBucket);
        StoredObject original = store.object(sourceBucket, sourceKey).orElseThrow(() -> S3Error.noSuchKey(sourceKey));
        boolean replace = call.header("x-amz-metadata-directive").filter("REPLACE"::equalsIgnoreCase).isPresent();
        StoredObject copy;
        try (InputStream in = store.open(sourceBucket, original)) {
            copy = store.put(call.bucket(), call.key(), in,
                    replace ? call.header("Content-Type").orElse("binary/octet-stream") : original.contentType(),
                    replace ? userMetadata(call.ctx()) : original.userMetadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        xml(call, S3Xml.document("CopyObjectResult").element("LastModified", copy.lastModified())
                .element("ETag", copy.etag()).finish());
    }

    /** Like {@link #authorize(S3Call, String, String, Map, Outcome)}, for a resource in another bucket. */
    private void authorize(S3Call call, String action, String resource, Map<String, ContextValue> keys,
            Outcome outcome, String bucket) {
        AuthorizationDecision decision = authorization.decide(call, action, resource, keys, store.policy(bucket),
                bucket);
        outcome.decision = Optional.of(decision);
        if (decision instanceof AuthorizationDecision.Deny deny) {
            throw new S3Error("AccessDenied", 403, deny.message());
        }
    }

    private static S3Address copySource(String header) {
        String path = header.split("\\?", 2)[0];
        S3Address source = S3Address.parse(path.startsWith("/") ? path : "/" + path);
        if (source.bucket().isEmpty() || source.key().isEmpty()) {
            throw S3Error.invalidArgument("Copy Source must mention the source bucket and key: sourcebucket/sourcekey",
                    "x-amz-copy-source", header);
        }
        return source;
    }

    private void getObject(S3Call call, Outcome outcome, boolean headOnly) {
        Optional<StoredObject> found = store.object(call.bucket(), call.key());
        if (found.isEmpty()) {
            // Without s3:ListBucket a caller may not learn that a key is missing: S3 says 403 then.
            authorize(call, "s3:ListBucket", "arn:aws:s3:::" + call.bucket(), Map.of(), new Outcome(), call.bucket());
            throw S3Error.noSuchKey(call.key());
        }
        StoredObject object = found.get();
        Context ctx = call.ctx();
        Optional<ByteRange> range = headOnly ? Optional.empty()
                : call.header("Range").flatMap(r -> ByteRange.parse(r, object.size()));
        long length = range.map(ByteRange::length).orElse(object.size());
        ctx.status(range.isPresent() ? 206 : 200);
        ctx.header("ETag", object.etag());
        ctx.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                object.lastModified().atOffset(ZoneOffset.UTC)));
        ctx.header("Accept-Ranges", "bytes");
        ctx.contentType(object.contentType());
        object.userMetadata().forEach((name, value) -> ctx.header(USER_METADATA_PREFIX + name, value));
        range.ifPresent(r -> ctx.header("Content-Range", r.contentRange(object.size())));
        ctx.res().setContentLengthLong(length);
        if (headOnly) {
            return;
        }
        try (InputStream in = store.open(call.bucket(), object)) {
            long skip = range.map(ByteRange::first).orElse(0L);
            in.skipNBytes(skip);
            OutputStream out = ctx.res().getOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long remaining = length;
            while (remaining > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                remaining -= n;
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkDeclaredLength(S3Call call) {
        Optional<String> declared = call.header("x-amz-decoded-content-length")
                .or(() -> call.verification().awsChunked() ? Optional.empty() : call.header("Content-Length"));
        declared.ifPresent(text -> {
            try {
                if (Long.parseLong(text.strip()) > BucketStore.MAX_OBJECT_BYTES) {
                    throw BucketStore.tooLarge(BucketStore.MAX_OBJECT_BYTES);
                }
            } catch (NumberFormatException e) {
                throw new S3Error("InvalidRequest", 400, "The Content-Length is not a number.");
            }
        });
    }

    /** The object's bytes as the client meant them: hash-checked, or decoded from aws-chunked. */
    private static InputStream content(S3Call call) {
        StreamingVerification<?> verification = call.verification();
        InputStream raw;
        try {
            raw = call.ctx().req().getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (verification.awsChunked()) {
            InputStream decoded = new AwsChunkedInputStream(raw,
                    verification.signedChunks() ? Optional.of(verification.chunks()) : Optional.empty(),
                    verification.payloadHash().equals(StreamingVerification.STREAMING_SIGNED_TRAILER));
            Optional<Long> declared = call.header("x-amz-decoded-content-length").flatMap(S3Operations::number);
            return declared.<InputStream>map(length -> new LengthCheckingInputStream(decoded, length)).orElse(decoded);
        }
        if (verification.hashedPayload()) {
            return new HashCheckingInputStream(raw, verification.expectedSha256());
        }
        return raw;
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            throw new S3Error("InvalidRequest", 400, "x-amz-decoded-content-length is not a number.");
        }
    }

    /** A small body (bucket policy, bucket configuration), read whole and checked against its hash. */
    private static byte[] smallBody(S3Call call) {
        return body(call, MAX_SMALL_BODY_BYTES);
    }

    private static byte[] body(S3Call call, int maxBytes) {
        try (InputStream in = content(call)) {
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw new S3Error("MaxMessageLengthExceeded", 400, "Your request was too big.");
            }
            in.transferTo(OutputStream.nullOutputStream()); // reach the end, where the hash is checked
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The {@code x-amz-meta-*} headers. As on S3, their names (without the prefix) and values may
     * take 2 KB of UTF-8 together; more is {@code MetadataTooLarge} rather than some of them dropped.
     */
    private static Map<String, String> userMetadata(Context ctx) {
        Map<String, String> metadata = new LinkedHashMap<>();
        int bytes = 0;
        for (String name : ctx.headerMap().keySet()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith(USER_METADATA_PREFIX)) {
                String key = lower.substring(USER_METADATA_PREFIX.length());
                String value = ctx.header(name);
                bytes += key.getBytes(StandardCharsets.UTF_8).length + value.getBytes(StandardCharsets.UTF_8).length;
                metadata.put(key, value);
            }
        }
        if (bytes > MAX_USER_METADATA_BYTES) {
            throw new S3Error("MetadataTooLarge", 400, "Your metadata headers exceed the maximum allowed metadata size.");
        }
        return metadata;
    }

    private void xml(S3Call call, byte[] document) {
        call.ctx().status(200).contentType(S3Xml.CONTENT_TYPE).result(document);
    }
}
