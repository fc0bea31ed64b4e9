package dev.warden.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestSigningServiceTest {

    static HttpServletRequest request(String authorization, String query) {
        return request("GET", "/", authorization, query);
    }

    static HttpServletRequest request(String httpMethod, String path, String authorization, String query) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> "Authorization".equals(args[0]) ? authorization : null;
                    case "getQueryString" -> query;
                    case "getMethod" -> httpMethod;
                    case "getRequestURI" -> path;
                    default -> null;
                });
    }

    /** S3's legacy Signature Version 2 goes to S3 (which refuses it in its words); the Query API's own stays. */
    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "GET, /bkt/k.txt, -, AWSAccessKeyId=AKID&Signature=NOR%2Bg%3D&Expires=1795875715, s3",
        "GET, /bkt/k.txt, -, Expires=1795875715&Signature=x&AWSAccessKeyId=AKID, s3",
        "GET, /bkt/k.txt, 'AWS AKIDEXAMPLE:frJIUN8DYpKDtOLCwo//yllqDzg=', -, s3",
        "PUT, /bkt/k.txt, 'AWS AKIDEXAMPLE:frJIUN8DYpKDtOLCwo//yllqDzg=', -, s3",
        "GET, /, 'AWS AKIDEXAMPLE:frJIUN8DYpKDtOLCwo//yllqDzg=', -, s3",
        "POST, /, 'AWS AKIDEXAMPLE:frJIUN8DYpKDtOLCwo//yllqDzg=', -, -",
        "GET, /, 'AWS AKIDEXAMPLE:frJIUN8DYpKDtOLCwo//yllqDzg=', Action=ListUsers&Version=2010-05-08, -",
        "GET, /, -, Action=ListUsers&AWSAccessKeyId=AKID&SignatureVersion=2&Signature=x&Expires=1, -",
        "GET, /bkt/k.txt, -, AWSAccessKeyId=AKID&Signature=x, -",
        "GET, /bkt/k.txt, 'AWS4-HMAC-SHA256 Credential=AKID/20261128/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=ab', -, s3",
        "GET, /bkt/k.txt, 'AWS no-colon', -, -",
    })
    void routesS3sLegacySignatureToS3(String method, String path, String authorization, String query, String service) {
        assertThat(RequestSigningService.of(request(method, path, authorization, query)).orElse(null))
                .isEqualTo(service);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "'AWS4-HMAC-SHA256 Credential=AKID/20261128/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=ab', -, s3",
        "'AWS4-HMAC-SHA256 Credential=AKID/20261128/eu-west-1/glue/aws4_request, SignedHeaders=host, Signature=ab', -, glue",
        "'AWS4-HMAC-SHA256 Credential=AKID/20261128/us-east-1/iam/aws4_request,SignedHeaders=host,Signature=ab', -, iam",
        "-, X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKID%2F20261128%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=ab, s3",
        "-, Action=GetCallerIdentity&Version=2011-06-15, -",
        "'Basic dXNlcjpwYXNz', -, -",
        "-, -, -",
    })
    void readsTheServiceFromTheCredentialScope(String authorization, String query, String service) {
        assertThat(RequestSigningService.of(request(authorization, query)).orElse(null)).isEqualTo(service);
    }
}
