package dev.warden.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code aws-managed-policies.json.gz} (schema 1, written by tools/catalog/generate.mjs). */
final class ManagedPolicyReader {
  static final int SCHEMA = 1;

  private ManagedPolicyReader() {}

  static ManagedPolicies read(InputStream json) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    try (JsonParser parser = mapper.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new CatalogDataException("aws-managed-policies: not a JSON object");
      }
      Integer schema = null;
      CatalogSource source = null;
      List<ManagedPolicy> policies = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        switch (field) {
          case "schema":
            schema = parser.getIntValue();
            if (schema != SCHEMA) {
              throw new CatalogDataException("aws-managed-policies schema " + schema + ", expected " + SCHEMA);
            }
            break;
          case "source":
            JsonNode s = mapper.readTree(parser);
            source = new CatalogSource(s.path("npm").asText(), s.path("version").asText(), s.path("license").asText(), "");
            break;
          case "policies":
            policies = readPolicies(parser, mapper);
            break;
          default:
            parser.skipChildren();
        }
      }
      if (schema == null || source == null || policies == null) {
        throw new CatalogDataException("aws-managed-policies lacks schema, source or policies");
      }
      return new ManagedPolicies(source, policies);
    }
  }

  private static List<ManagedPolicy> readPolicies(JsonParser parser, ObjectMapper mapper) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw new CatalogDataException("aws-managed-policies: policies is not an array");
    }
    List<ManagedPolicy> policies = new ArrayList<>();
    while (parser.nextToken() == JsonToken.START_OBJECT) {
      JsonNode p = mapper.readTree(parser);
      String name = required(p, "name");
      JsonNode document = p.get("document");
      if (document == null || !document.isObject()) {
        throw new CatalogDataException("managed policy " + name + " has no document");
      }
      policies.add(new ManagedPolicy(
          name,
          required(p, "arn"),
          required(p, "path"),
          required(p, "defaultVersionId"),
          instant(p, "createDate", name),
          instant(p, "updateDate", name),
          mapper.writeValueAsString(document)));
    }
    return policies;
  }

  private static String required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new CatalogDataException("managed policy entry lacks " + field + ": " + node.path("name").asText("?"));
    }
    return value.asText();
  }

  private static Instant instant(JsonNode node, String field, String name) {
    try {
      return Instant.parse(required(node, field));
    } catch (DateTimeParseException e) {
      throw new CatalogDataException("managed policy " + name + " has a malformed " + field, e);
    }
  }
}
