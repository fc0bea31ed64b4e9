package dev.warden.server.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.query.FormDecoder;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class S3OperationTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "GET, /, '', false, LIST_BUCKETS",
        "PUT, /, '', false, -",
        "PUT, /b, '', false, CREATE_BUCKET",
        "HEAD, /b, '', false, HEAD_BUCKET",
        "DELETE, /b, '', false, DELETE_BUCKET",
        "GET, /b, list-type=2&prefix=p&delimiter=%2F, false, LIST_OBJECTS_V2",
        "GET, /b, prefix=p&encoding-type=url, false, LIST_OBJECTS",
        "GET, /b, location, false, GET_BUCKET_LOCATION",
        "PUT, /b, policy, false, PUT_BUCKET_POLICY",
        "GET, /b, policy, false, GET_BUCKET_POLICY",
        "DELETE, /b, policy, false, DELETE_BUCKET_POLICY",
        "GET, /b, acl, false, -",
        "PUT, /b, versioning, false, -",
        "PUT, /b/k, '', false, PUT_OBJECT",
        "PUT, /b/k, x-id=PutObject, false, PUT_OBJECT",
        "PUT, /b/k, '', true, COPY_OBJECT",
        "GET, /b/dir/k, '', false, GET_OBJECT",
        "HEAD, /b/k, '', false, HEAD_OBJECT",
        "DELETE, /b/k, '', false, DELETE_OBJECT",
        "GET, /b/k, tagging, false, -",
        "PUT, /b/k, partNumber=1&uploadId=u, false, UPLOAD_PART",
        "PUT, /b/k, partNumber=1&uploadId=u, true, -",
        "POST, /b/k, uploads, false, CREATE_MULTIPART_UPLOAD",
        "POST, /b/k, uploadId=u, false, COMPLETE_MULTIPART_UPLOAD",
        "DELETE, /b/k, uploadId=u, false, ABORT_MULTIPART_UPLOAD",
        "POST, /b/k, '', false, -",
        "POST, /b, delete, false, DELETE_OBJECTS",
        "POST, /b, '', false, -",
    })
    void routes(String method, String path, String query, boolean copySource, String expected) {
        Optional<S3Operation> routed = S3Operation.route(method, S3Address.parse(path),
                FormDecoder.decode(query, name -> false), copySource);
        assertThat(routed.map(Enum::name).orElse(null)).isEqualTo(expected);
    }
}
