package dev.warden.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code aws-managed-policies.json.gz} (schema 1, written by tools/catalog/generate.mjs) with
 * the streaming parser; each policy document is copied through as minified JSON text.
 */
final class ManagedPolicyReader {
  static final int SCHEMA = 1;

  private final JsonFactory factory = new JsonFactory();
  private final JsonParser parser;

  private ManagedPolicyReader(JsonParser parser) {
    this.parser = parser;
  }

  static ManagedPolicies read(InputStream json) throws IOException {
    JsonFactory factory = new JsonFactory();
    try (JsonParser parser = factory.createParser(json)) {
      return new ManagedPolicyReader(parser).readDocument();
    }
  }

  private ManagedPolicies readDocument() throws IOException {
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
          Map<String, String> s = readFlatObject();
          source = new CatalogSource(s.getOrDefault("npm", ""), s.getOrDefault("version", ""), s.getOrDefault("license", ""), "");
          break;
        case "policies":
          policies = readPolicies();
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

  private List<ManagedPolicy> readPolicies() throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw new CatalogDataException("aws-managed-policies: policies is not an array");
    }
    List<ManagedPolicy> policies = new ArrayList<>();
    while (parser.nextToken() == JsonToken.START_OBJECT) {
      Map<String, String> fields = new HashMap<>();
      String document = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("document") && value == JsonToken.START_OBJECT) {
          document = copyStructure();
        } else if (value == JsonToken.VALUE_STRING) {
          fields.put(field, parser.getText());
        } else {
          parser.skipChildren();
        }
      }
      String name = required(fields, "name", "?");
      if (document == null) {
        throw new CatalogDataException("managed policy " + name + " has no document");
      }
      policies.add(new ManagedPolicy(
          name,
          required(fields, "arn", name),
          required(fields, "path", name),
          required(fields, "defaultVersionId", name),
          instant(fields, "createDate", name),
          instant(fields, "updateDate", name),
          document));
    }
    return policies;
  }

  private String copyStructure() throws IOException {
    StringWriter text = new StringWriter(1024);
    try (JsonGenerator generator = factory.createGenerator(text)) {
      generator.copyCurrentStructure(parser);
    }
    return text.toString();
  }

  private Map<String, String> readFlatObject() throws IOException {
    Map<String, String> values = new HashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      values.put(field, parser.getValueAsString());
      parser.skipChildren();
    }
    return values;
  }

  private static String required(Map<String, String> fields, String field, String name) {
    String value = fields.get(field);
    if (value == null) {
      throw new CatalogDataException("managed policy " + name + " lacks " + field);
    }
    return value;
  }

  private static Instant instant(Map<String, String> fields, String field, String name) {
    try {
      return Instant.parse(required(fields, field, name));
    } catch (DateTimeParseException e) {
      throw new CatalogDataException("managed policy " + name + " has a malformed " + field, e);
    }
  }
}
