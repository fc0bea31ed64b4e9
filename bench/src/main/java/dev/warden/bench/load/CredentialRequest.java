package dev.warden.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;

/**
 * One GET on a workload's container credentials endpoint, as the AWS SDKs send it: the token in the
 * {@code Authorization} header, the whole answer read so the keep-alive connection goes back to the
 * JDK's pool (set {@code http.maxConnections} above the number of concurrent callers, or the
 * surplus callers open a new connection per request). Thread-safe.
 */
public final class CredentialRequest {

    private final URL url;
    private final String token;

    public CredentialRequest(URI url, String token) throws IOException {
        this.url = url.toURL();
        this.token = token;
    }

    /** @return whether the endpoint answered 200 */
    public boolean fetch() throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setRequestProperty("Authorization", token);
        int status = connection.getResponseCode();
        try (InputStream body = status == 200 ? connection.getInputStream() : connection.getErrorStream()) {
            if (body != null) {
                body.readAllBytes();
            }
        }
        return status == 200;
    }
}
