package dev.warden.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code iam-reference.json.gz} (schema 1, written by tools/catalog/generate.mjs) with a
 * streaming parser straight into the model, so no intermediate tree is built. Repeated strings and
 * key lists (the same tag keys recur on thousands of actions) are shared to keep the heap small.
 */
final class CatalogReader {
  static final int SCHEMA = 1;

  private final JsonParser parser;
  private final Map<String, String> strings = new HashMap<>();
  private final Map<List<String>, List<String>> lists = new HashMap<>();

  private CatalogReader(JsonParser parser) {
    this.parser = parser;
  }

  /** Reads an uncompressed reference document. */
  static Catalog read(InputStream json) throws IOException {
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      return new CatalogReader(parser).readDocument();
    }
  }

  private Catalog readDocument() throws IOException {
    expect(parser.nextToken(), JsonToken.START_OBJECT, "document");
    Integer schema = null;
    CatalogSource source = null;
    List<ConditionKey> globalKeys = null;
    List<Service> services = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "schema":
          schema = parser.getIntValue();
          if (schema != SCHEMA) {
            throw new CatalogDataException("iam-reference schema " + schema + ", expected " + SCHEMA);
          }
          break;
        case "source":
          source = readSource();
          break;
        case "globalConditionKeys":
          globalKeys = readConditionKeys();
          break;
        case "services":
          services = readServices();
          break;
        default:
          // accessLevels is fixed by AccessLevel; conditionPatterns repeat the templates of the keys.
          parser.skipChildren();
      }
    }
    if (schema == null || source == null || globalKeys == null || services == null) {
      throw new CatalogDataException("iam-reference lacks schema, source, globalConditionKeys or services");
    }
    return new Catalog(source, services, globalKeys);
  }

  private CatalogSource readSource() throws IOException {
    Map<String, String> fields = readStringMap();
    return new CatalogSource(
        fields.getOrDefault("npm", ""),
        fields.getOrDefault("version", ""),
        fields.getOrDefault("license", ""),
        fields.getOrDefault("updatedAt", ""));
  }

  private List<Service> readServices() throws IOException {
    expect(parser.currentToken(), JsonToken.START_OBJECT, "services");
    List<Service> services = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String prefix = parser.currentName();
      parser.nextToken();
      services.add(readService(prefix));
    }
    return services;
  }

  private Service readService(String prefix) throws IOException {
    expect(parser.currentToken(), JsonToken.START_OBJECT, prefix);
    String name = prefix;
    List<Action> actions = List.of();
    List<ResourceType> resources = List.of();
    List<ConditionKey> keys = List.of();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "name":
          name = parser.getText();
          break;
        case "actions":
          actions = readActions(prefix);
          break;
        case "resources":
          resources = readResources(prefix);
          break;
        case "conditionKeys":
          keys = readConditionKeys();
          break;
        default:
          parser.skipChildren();
      }
    }
    return new Service(prefix, name, actions, resources, keys);
  }

  private List<Action> readActions(String prefix) throws IOException {
    expect(parser.currentToken(), JsonToken.START_OBJECT, prefix + " actions");
    List<Action> actions = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      expect(parser.nextToken(), JsonToken.START_OBJECT, prefix + ":" + name);
      AccessLevel level = null;
      List<ActionResource> resources = List.of();
      List<String> keys = List.of();
      List<String> dependent = List.of();
      String description = "";
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        switch (field) {
          case "l":
            String code = parser.getText();
            level = AccessLevel.fromCode(code)
                .orElseThrow(() -> new CatalogDataException("unknown access level " + code + " of " + prefix + ":" + name));
            break;
          case "r":
            resources = readActionResources();
            break;
          case "c":
            keys = readStringList();
            break;
          case "d":
            dependent = readStringList();
            break;
          case "t":
            description = parser.getText();
            break;
          default:
            parser.skipChildren(); // "s": scenarios (EC2 launch variants) are not modelled
        }
      }
      if (level == null) {
        throw new CatalogDataException("no access level for " + prefix + ":" + name);
      }
      actions.add(new Action(prefix, name, level, resources, keys, dependent, description));
    }
    return actions;
  }

  private List<ActionResource> readActionResources() throws IOException {
    expect(parser.currentToken(), JsonToken.START_ARRAY, "action resources");
    List<ActionResource> resources = new ArrayList<>();
    while (parser.nextToken() == JsonToken.START_OBJECT) {
      String name = null;
      boolean required = false;
      List<String> keys = List.of();
      List<String> dependent = List.of();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        switch (field) {
          case "n":
            name = shared(parser.getText());
            break;
          case "q":
            required = parser.getIntValue() == 1;
            break;
          case "c":
            keys = readStringList();
            break;
          case "d":
            dependent = readStringList();
            break;
          default:
            parser.skipChildren();
        }
      }
      if (name == null) {
        throw new CatalogDataException("action resource without a name");
      }
      resources.add(new ActionResource(name, required, keys, dependent));
    }
    return resources;
  }

  private List<ResourceType> readResources(String prefix) throws IOException {
    expect(parser.currentToken(), JsonToken.START_OBJECT, prefix + " resources");
    List<ResourceType> types = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = shared(parser.currentName());
      expect(parser.nextToken(), JsonToken.START_OBJECT, prefix + "/" + name);
      String arn = null;
      List<String> keys = List.of();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (field.equals("arn")) {
          arn = parser.getText();
        } else if (field.equals("c")) {
          keys = readStringList();
        } else {
          parser.skipChildren();
        }
      }
      if (arn == null) {
        throw new CatalogDataException("resource type " + prefix + "/" + name + " has no ARN");
      }
      types.add(new ResourceType(prefix, name, ArnTemplate.compile(arn), keys));
    }
    return types;
  }

  /** {@code {key: type}} or, with descriptions, {@code {key: [type, description]}}. */
  private List<ConditionKey> readConditionKeys() throws IOException {
    expect(parser.currentToken(), JsonToken.START_OBJECT, "condition keys");
    List<ConditionKey> keys = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = shared(parser.currentName());
      String type;
      String description = "";
      if (parser.nextToken() == JsonToken.START_ARRAY) {
        parser.nextToken();
        type = parser.getText();
        if (parser.nextToken() == JsonToken.VALUE_STRING) {
          description = parser.getText();
          parser.nextToken();
        }
        expect(parser.currentToken(), JsonToken.END_ARRAY, key);
      } else {
        type = parser.getText();
      }
      String typeName = type;
      keys.add(new ConditionKey(key, ConditionKeyType.fromAwsName(typeName)
          .orElseThrow(() -> new CatalogDataException("unknown type " + typeName + " of condition key " + key)),
          description));
    }
    return keys;
  }

  private List<String> readStringList() throws IOException {
    expect(parser.currentToken(), JsonToken.START_ARRAY, "string list");
    List<String> values = new ArrayList<>();
    while (parser.nextToken() == JsonToken.VALUE_STRING) {
      values.add(shared(parser.getText()));
    }
    expect(parser.currentToken(), JsonToken.END_ARRAY, "string list");
    List<String> immutable = List.copyOf(values);
    return lists.computeIfAbsent(immutable, l -> l);
  }

  private Map<String, String> readStringMap() throws IOException {
    expect(parser.currentToken(), JsonToken.START_OBJECT, "object");
    Map<String, String> values = new HashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      values.put(field, parser.getValueAsString());
    }
    return values;
  }

  private String shared(String s) {
    return strings.computeIfAbsent(s, v -> v);
  }

  private void expect(JsonToken actual, JsonToken expected, String where) {
    if (actual != expected) {
      throw new CatalogDataException("iam-reference: expected " + expected + " at " + where + " but found " + actual
          + " (line " + parser.currentLocation().getLineNr() + ", column " + parser.currentLocation().getColumnNr() + ")");
    }
  }
}
