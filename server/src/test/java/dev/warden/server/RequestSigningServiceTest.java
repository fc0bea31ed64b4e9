package dev.warden.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestSigningServiceTest {

    static HttpServletRequest request(String authorization, String query) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> "Authorization".equals(args[0]) ? authorization : null;
                    case "getQueryString" -> query;
                    default -> null;
                });
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
