package dev.warden.server.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.WardenServer;
import dev.warden.server.auth.InMemoryCredentialStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnroutedRequestHandlerTest {

    static WardenServer<String> server;

    @BeforeAll
    static void start() {
        server = WardenServer.builder(new InMemoryCredentialStore()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The raw answer (status line, headers and body) to one request line. */
    static String send(String requestLine) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TRACE / HTTP/1.1|The HTTP method TRACE is not allowed on this endpoint.",
        "BREW /any/path HTTP/1.1|The HTTP method BREW is not allowed on this endpoint.",
        "OPTIONS * HTTP/1.1|The HTTP method OPTIONS is not allowed on '*'.",
        "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX / HTTP/1.1|The HTTP method XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX… is not allowed"
                + " on this endpoint."})
    void requestsNoRouteTakesAreMethodNotAllowed(String requestLine, String message) throws IOException {
        String answer = send(requestLine);
        assertThat(answer).startsWith("HTTP/1.1 405 ");
        assertThat(answer).contains("<Code>MethodNotAllowed</Code>", "<Message>" + message + "</Message>",
                "<Type>Sender</Type>");
        assertThat(answer).doesNotContain("Endpoint", "not found");
    }
}
