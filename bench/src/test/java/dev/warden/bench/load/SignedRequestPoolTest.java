package dev.warden.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignedRequestPoolTest {

    private static final URI TARGET = URI.create("http://127.0.0.1:9/");

    @Test
    void readsTheFileWardenLoadWritesAndHandsRequestsOutRoundRobin(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("signed.json");
        Files.writeString(file, """
                [{"headers": {"Host": "127.0.0.1:9", "X-Amz-Date": "20260101T000000Z",
                              "Authorization": "AWS4-HMAC-SHA256 a", "Content-Length": "7",
                              "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
                  "body": "Action=1"},
                 {"headers": {"X-Amz-Date": "20260101T000001Z", "Authorization": "AWS4-HMAC-SHA256 b"},
                  "body": "Action=2"}]
                """);
        SignedRequestPool pool = SignedRequestPool.read(file, TARGET, Duration.ofSeconds(1));

        assertThat(pool.size()).isEqualTo(2);
        HttpRequest first = pool.get(0);
        assertThat(first.uri()).isEqualTo(TARGET);
        assertThat(first.method()).isEqualTo("POST");
        assertThat(first.headers().firstValue("Authorization")).contains("AWS4-HMAC-SHA256 a");
        assertThat(first.headers().firstValue("Content-Type"))
                .contains("application/x-www-form-urlencoded; charset=utf-8");
        // The client derives these from the URI and body, exactly as they were signed.
        assertThat(first.headers().firstValue("Host")).isEmpty();
        assertThat(first.headers().firstValue("Content-Length")).isEmpty();
        assertThat(first.bodyPublisher().orElseThrow().contentLength()).isEqualTo("Action=1".length());

        assertThat(pool.get(1).headers().firstValue("Authorization")).contains("AWS4-HMAC-SHA256 b");
        assertThat(pool.get(2)).isSameAs(first);
        assertThat(pool.get(5)).isSameAs(pool.get(1));
    }

    @Test
    void anEmptyPoolIsRefused() {
        assertThatThrownBy(() -> new SignedRequestPool(TARGET, List.of(), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void signedRequestsAreImmutable() {
        java.util.HashMap<String, String> headers = new java.util.HashMap<>(Map.of("A", "1"));
        SignedRequest request = new SignedRequest(headers, "");
        headers.put("B", "2");
        assertThat(request.headers()).containsOnlyKeys("A");
    }
}
