package dev.warden.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** The CLI side of {@code POST /_warden/workloads} and {@code DELETE /_warden/workloads/{id}}, signed with SigV4. */
final class WorkloadClient {

  /** A refusal from Warden (an AWS XML error) or an unreachable server. */
  static final class RegistrationFailed extends Exception {
    private static final long serialVersionUID = 1L;

    RegistrationFailed(String message) {
      super(message);
    }
  }

  private static final JsonFactory JSON = new JsonFactory();
  private static final int TIMEOUT_MILLIS = 10_000;

  private final CallerSettings caller;
  private final Clock clock;

  WorkloadClient(CallerSettings caller, Clock clock) {
    this.caller = caller;
    this.clock = clock;
  }

  /** @param roleOrProfile a role name or ARN, or (with {@code instanceProfile}) an instance profile name */
  RegisteredWorkload register(String roleOrProfile, boolean instanceProfile, String sessionName,
      Optional<String> service, Optional<Integer> durationSeconds, boolean imdsV1) throws RegistrationFailed {
    byte[] body = registrationJson(roleOrProfile, instanceProfile, sessionName, service, durationSeconds, imdsV1);
    Map<String, String> answer = topLevelStrings(send("POST", "/_warden/workloads", body));
    if (!answer.containsKey("workloadId") || !answer.containsKey("authorizationToken")) {
      throw new RegistrationFailed("Warden's answer to the registration lacks the workload id or token.");
    }
    return new RegisteredWorkload(answer.get("workloadId"), answer.get("containerCredentialsFullUri"),
        answer.get("authorizationToken"), answer.get("metadataEndpoint"), answer.get("roleArn"),
        answer.get("roleName"), Optional.ofNullable(answer.get("service")));
  }

  // Jackson's streaming API rather than ObjectMapper: this runs on every `exec`, where JVM start-up
  // dominates, and ObjectMapper's first use loads and initializes far more classes.
  private static byte[] registrationJson(String roleOrProfile, boolean instanceProfile, String sessionName,
      Optional<String> service, Optional<Integer> durationSeconds, boolean imdsV1) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField(instanceProfile ? "instanceProfile" : "roleArn", roleOrProfile);
      json.writeStringField("sessionName", sessionName);
      if (service.isPresent()) {
        json.writeStringField("service", service.get());
      }
      if (durationSeconds.isPresent()) {
        json.writeNumberField("durationSeconds", durationSeconds.get());
      }
      if (imdsV1) {
        json.writeBooleanField("imdsV1", true);
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The string members of a JSON object's top level. */
  static Map<String, String> topLevelStrings(String document) throws RegistrationFailed {
    Map<String, String> members = new HashMap<>();
    try (JsonParser parser = JSON.createParser(document)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new RegistrationFailed("Warden's answer to the registration is not a JSON object.");
      }
      for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value == JsonToken.VALUE_STRING) {
          members.put(name, parser.getText());
        } else {
          parser.skipChildren();
        }
      }
    } catch (IOException e) {
      throw new RegistrationFailed("Warden's answer to the registration is not JSON: " + e.getMessage());
    }
    return members;
  }

  void deregister(String workloadId) throws RegistrationFailed {
    send("DELETE", "/_warden/workloads/" + workloadId, new byte[0]);
  }

  private String send(String method, String path, byte[] body) throws RegistrationFailed {
    URI url = URI.create(caller.endpoint() + path);
    Map<String, String> contentType = body.length == 0 ? Map.of() : Map.of("Content-Type", "application/json");
    Map<String, String> signed = ClientSigner.sign(method, url, body, contentType, caller, "sts", clock.instant());
    try {
      HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
      connection.setRequestMethod(method);
      connection.setConnectTimeout(TIMEOUT_MILLIS);
      connection.setReadTimeout(TIMEOUT_MILLIS);
      connection.setUseCaches(false);
      contentType.forEach(connection::setRequestProperty);
      signed.forEach(connection::setRequestProperty);
      if (body.length > 0) {
        connection.setDoOutput(true);
        connection.setFixedLengthStreamingMode(body.length);
        try (OutputStream out = connection.getOutputStream()) {
          out.write(body);
        }
      }
      int status = connection.getResponseCode();
      InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
      String answer = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      if (status >= 400) {
        throw new RegistrationFailed("Warden refused the workload: " + describeError(status, answer));
      }
      return answer;
    } catch (IOException e) {
      throw new RegistrationFailed("cannot reach Warden at " + caller.endpoint() + ": " + e.getMessage());
    }
  }

  /** {@code Code (HTTP status): Message} from an AWS XML error, else the status and the body as it came. */
  static String describeError(int status, String body) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
      NodeList codes = document.getElementsByTagName("Code");
      NodeList messages = document.getElementsByTagName("Message");
      if (codes.getLength() > 0 && messages.getLength() > 0) {
        return codes.item(0).getTextContent() + " (HTTP " + status + "): " + messages.item(0).getTextContent();
      }
    } catch (ParserConfigurationException | SAXException | IOException notXml) {
      // Not an AWS error document: show it as it came.
    }
    return "HTTP " + status + (body.isBlank() ? "" : ": " + body.strip());
  }
}
