package dev.warden.server.iam;

import dev.warden.server.auth.SdkSigner;
import dev.warden.server.auth.SignedRequest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An IAM Query call signed with the fixture's administrator key and posted as a raw form, for tests
 * that look at the response XML itself (member order, base64 text) rather than at what an SDK makes
 * of it.
 */
final class RawIamCall {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private RawIamCall() {}

    record Reply(int status, Document xml, String raw) {

        String text(String element) {
            var nodes = xml.getElementsByTagNameNS("*", element);
            return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
        }

        /** The element names under the first {@code <parent><child>}, in document order. */
        List<String> childNames(String parent, String child) {
            Element list = (Element) xml.getElementsByTagNameNS("*", parent).item(0);
            Element first = (Element) list.getElementsByTagNameNS("*", child).item(0);
            List<String> names = new ArrayList<>();
            for (Node n = first.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeType() == Node.ELEMENT_NODE) {
                    names.add(n.getLocalName());
                }
            }
            return names;
        }
    }

    static Reply post(IamServerFixture warden, Map<String, String> params) throws Exception {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Version", "2010-05-08");
        all.putAll(params);
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String url = "http://127.0.0.1:" + warden.port() + "/";
        SignedRequest signed = SdkSigner.sign(new SdkSigner.Spec("POST", url, body,
                Map.of("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"), "iam", "us-east-1",
                Instant.now(), warden.adminCredentials().accessKeyId(), warden.adminCredentials().secretAccessKey(),
                Optional.empty(), Optional.empty()));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofByteArray(signed.body()));
        signed.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("host") && !name.equalsIgnoreCase("content-length")) {
                values.forEach(v -> request.header(name, v));
            }
        });
        HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
        return new Reply(response.statusCode(), xml, new String(response.body(), StandardCharsets.UTF_8));
    }
}
