package dev.warden.server.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnexpectedErrorHandlerTest {

    static final String NS = "https://iam.amazonaws.com/doc/2010-05-08/";

    Javalin app;

    @BeforeEach
    void start() {
        app = Javalin.create(c -> c.showJavalinBanner = false)
                .get("/bug", ctx -> {
                    throw new IllegalStateException("secret-detail");
                })
                .get("/aws", ctx -> {
                    throw new AwsError(AwsErrorCode.THROTTLING, "Rate exceeded");
                })
                .exception(Exception.class, new UnexpectedErrorHandler(NS))
                .start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void unexpectedExceptionIsInternalFailureWithoutDetail() throws Exception {
        HttpResponse<String> response = get("/bug");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/xml"));
        assertThat(response.body()).contains("<Type>Receiver</Type><Code>InternalFailure</Code>")
                .doesNotContain("secret-detail").doesNotContain("IllegalStateException");
        assertThat(response.body()).contains("<RequestId>" + response.headers().firstValue("x-amzn-RequestId").orElseThrow());
    }

    @Test
    void awsErrorKeepsItsCode() throws Exception {
        HttpResponse<String> response = get("/aws");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<Code>Throttling</Code><Message>Rate exceeded</Message>");
    }
}
