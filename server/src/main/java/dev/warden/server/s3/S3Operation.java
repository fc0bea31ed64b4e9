package dev.warden.server.s3;

import java.util.Map;
import java.util.Optional;

/**
 * The S3 operations Warden serves, with the IAM action each is authorized as (the service
 * authorization reference: HeadBucket and ListObjects need {@code s3:ListBucket}, HeadObject needs
 * {@code s3:GetObject}, CopyObject {@code s3:PutObject} here and {@code s3:GetObject} on its source).
 */
enum S3Operation {
    LIST_BUCKETS("ListBuckets", "s3:ListAllMyBuckets"),
    CREATE_BUCKET("CreateBucket", "s3:CreateBucket"),
    HEAD_BUCKET("HeadBucket", "s3:ListBucket"),
    DELETE_BUCKET("DeleteBucket", "s3:DeleteBucket"),
    GET_BUCKET_LOCATION("GetBucketLocation", "s3:GetBucketLocation"),
    LIST_OBJECTS("ListObjects", "s3:ListBucket"),
    LIST_OBJECTS_V2("ListObjectsV2", "s3:ListBucket"),
    PUT_BUCKET_POLICY("PutBucketPolicy", "s3:PutBucketPolicy"),
    GET_BUCKET_POLICY("GetBucketPolicy", "s3:GetBucketPolicy"),
    DELETE_BUCKET_POLICY("DeleteBucketPolicy", "s3:DeleteBucketPolicy"),
    PUT_OBJECT("PutObject", "s3:PutObject"),
    COPY_OBJECT("CopyObject", "s3:PutObject"),
    GET_OBJECT("GetObject", "s3:GetObject"),
    HEAD_OBJECT("HeadObject", "s3:GetObject"),
    DELETE_OBJECT("DeleteObject", "s3:DeleteObject"),
    CREATE_MULTIPART_UPLOAD("CreateMultipartUpload", "s3:PutObject"),
    UPLOAD_PART("UploadPart", "s3:PutObject"),
    COMPLETE_MULTIPART_UPLOAD("CompleteMultipartUpload", "s3:PutObject"),
    ABORT_MULTIPART_UPLOAD("AbortMultipartUpload", "s3:AbortMultipartUpload"),
    /** Authorized key by key, as {@code s3:DeleteObject} on each object. */
    DELETE_OBJECTS("DeleteObjects", "s3:DeleteObject");

    private final String operationName;
    private final String action;

    S3Operation(String operationName, String action) {
        this.operationName = operationName;
        this.action = action;
    }

    /** The API operation's name, as audit records and errors call it. */
    String operationName() {
        return operationName;
    }

    /** The IAM action the operation is authorized as. */
    String action() {
        return action;
    }

    /** The operation a request asks for; empty when Warden does not serve it. */
    static Optional<S3Operation> route(String method, S3Address address, Map<String, String> query,
            boolean copySource) {
        if (address.bucket().isEmpty()) {
            return method.equals("GET") ? Optional.of(LIST_BUCKETS) : Optional.empty();
        }
        if (address.key().isPresent()) {
            boolean upload = query.containsKey("uploadId");
            return switch (method) {
                case "PUT" -> upload ? (query.containsKey("partNumber") && !copySource
                                ? Optional.of(UPLOAD_PART) : Optional.empty())
                        : query.keySet().stream().anyMatch(S3Operation::isSubresource) ? Optional.empty()
                        : Optional.of(copySource ? COPY_OBJECT : PUT_OBJECT);
                case "POST" -> query.containsKey("uploads") ? Optional.of(CREATE_MULTIPART_UPLOAD)
                        : upload ? Optional.of(COMPLETE_MULTIPART_UPLOAD) : Optional.empty();
                case "GET" -> query.keySet().stream().anyMatch(S3Operation::isSubresource) ? Optional.empty()
                        : Optional.of(GET_OBJECT);
                case "HEAD" -> Optional.of(HEAD_OBJECT);
                case "DELETE" -> upload ? Optional.of(ABORT_MULTIPART_UPLOAD) : Optional.of(DELETE_OBJECT);
                default -> Optional.empty();
            };
        }
        boolean policy = query.containsKey("policy");
        return switch (method) {
            case "PUT" -> policy ? Optional.of(PUT_BUCKET_POLICY)
                    : query.keySet().stream().anyMatch(S3Operation::isSubresource) ? Optional.empty()
                    : Optional.of(CREATE_BUCKET);
            case "GET" -> policy ? Optional.of(GET_BUCKET_POLICY)
                    : query.containsKey("location") ? Optional.of(GET_BUCKET_LOCATION)
                    : query.keySet().stream().anyMatch(S3Operation::isSubresource) ? Optional.empty()
                    : Optional.of("2".equals(query.get("list-type")) ? LIST_OBJECTS_V2 : LIST_OBJECTS);
            case "HEAD" -> Optional.of(HEAD_BUCKET);
            case "POST" -> query.containsKey("delete") ? Optional.of(DELETE_OBJECTS) : Optional.empty();
            case "DELETE" -> policy ? Optional.of(DELETE_BUCKET_POLICY)
                    : query.keySet().stream().anyMatch(S3Operation::isSubresource) ? Optional.empty()
                    : Optional.of(DELETE_BUCKET);
            default -> Optional.empty();
        };
    }

    /**
     * Query parameters that select another operation (acl, tagging, versioning, uploads, …); the
     * ordinary parameters of the served operations are not among them.
     */
    private static boolean isSubresource(String name) {
        return switch (name) {
            case "list-type", "prefix", "delimiter", "max-keys", "continuation-token", "start-after",
                    "encoding-type", "fetch-owner", "marker", "x-id", "versionId", "partNumber",
                    "response-content-type", "response-content-disposition", "response-cache-control",
                    "response-content-encoding", "response-content-language", "response-expires",
                    "max-buckets", "bucket-region", "expected-bucket-owner" -> false;
            default -> true;
        };
    }
}
