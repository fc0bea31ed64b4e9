package dev.warden.bench.load;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The pre-signed requests of a run, read from the JSON file bench/load/warden_load.py writes
 * ({@code [{"headers": {...}, "body": "..."}, ...]}), handed out round robin as POSTs to one URI.
 */
public final class SignedRequestPool {

    /**
     * java.net.http sets these itself (Host from the URI, which is what was signed, and the length
     * of the body) and refuses to be given them.
     */
    private static final Set<String> SET_BY_CLIENT = Set.of("host", "content-length", "connection");

    private final List<HttpRequest> requests;

    public SignedRequestPool(URI target, List<SignedRequest> signed, Duration timeout) {
        if (signed.isEmpty()) {
            throw new IllegalArgumentException("no signed requests");
        }
        this.requests = signed.stream().map(request -> toHttp(target, request, timeout)).toList();
    }

    public static SignedRequestPool read(Path file, URI target, Duration timeout) throws IOException {
        List<SignedRequest> signed = new ObjectMapper().readValue(file.toFile(), new TypeReference<>() { });
        return new SignedRequestPool(target, signed, timeout);
    }

    /** The request to send as number {@code sequence} of the run. */
    public HttpRequest get(long sequence) {
        return requests.get((int) (sequence % requests.size()));
    }

    public int size() {
        return requests.size();
    }

    private static HttpRequest toHttp(URI target, SignedRequest signed, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(target)
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString(signed.body(), StandardCharsets.UTF_8));
        signed.headers().forEach((name, value) -> {
            if (!SET_BY_CLIENT.contains(name.toLowerCase(Locale.ROOT))) {
                builder.header(name, value);
            }
        });
        return builder.build();
    }
}
