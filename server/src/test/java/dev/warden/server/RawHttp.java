package dev.warden.server;

import dev.warden.server.auth.SignedRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * A minimal HTTP/1.1 client over a plain socket, for requests that well-behaved clients refuse to
 * send (duplicate or oversized headers, broken encodings, exact header bytes).
 */
final class RawHttp {

    record Response(int status, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        Document xml() {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(body));
            } catch (Exception e) {
                throw new AssertionError("not XML: " + text(), e);
            }
        }

        /** The text of the first element with this local name. */
        String xmlText(String element) {
            var nodes = xml().getElementsByTagNameNS("*", element);
            return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
        }
    }

    private RawHttp() {}

    static Response send(int port, SignedRequest request) throws IOException {
        StringBuilder head = new StringBuilder();
        head.append(request.method()).append(' ').append(request.rawPath())
                .append(request.rawQuery().isEmpty() ? "" : "?" + request.rawQuery()).append(" HTTP/1.1\r\n");
        request.headers().forEach((name, values) -> values.forEach(v -> head.append(name).append(": ").append(v).append("\r\n")));
        head.append("Connection: close\r\n\r\n");
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        raw.writeBytes(request.body());
        return send(port, raw.toByteArray());
    }

    static Response send(int port, byte[] rawRequest) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(rawRequest);
                out.flush();
            } catch (IOException e) {
                // The server may answer and close before reading everything (e.g. an oversized body).
            }
            return parse(socket.getInputStream());
        }
    }

    private static Response parse(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            throw new IOException("no complete response: " + text);
        }
        String[] lines = text.substring(0, headEnd).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        byte[] body = java.util.Arrays.copyOfRange(all, headEnd + 4, all.length);
        if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", List.of("")).get(0))) {
            body = dechunk(body);
        }
        return new Response(status, headers, body);
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        while (pos < chunked.length) {
            int lineEnd = indexOf(chunked, pos);
            int size = Integer.parseInt(new String(chunked, pos, lineEnd - pos, StandardCharsets.US_ASCII).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, size);
            pos = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, int from) {
        for (int i = from; i < data.length - 1; i++) {
            if (data[i] == '\r' && data[i + 1] == '\n') {
                return i;
            }
        }
        return data.length;
    }
}
