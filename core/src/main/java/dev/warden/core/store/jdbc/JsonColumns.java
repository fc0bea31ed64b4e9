package dev.warden.core.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.core.model.Tag;
import dev.warden.core.store.StoreException;
import java.util.ArrayList;
import java.util.List;

/** Encodes the columns kept as JSON text (tags, audit payloads); TEXT is portable where JSON types are not. */
final class JsonColumns {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonColumns() {
    }

    static String tags(List<Tag> tags) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Tag t : tags) {
            ObjectNode o = array.addObject();
            o.put("Key", t.key());
            o.put("Value", t.value());
        }
        return array.toString();
    }

    static List<Tag> tags(String json) {
        List<Tag> out = new ArrayList<>();
        for (JsonNode n : readTree(json)) {
            out.add(new Tag(n.get("Key").asText(), n.get("Value").asText()));
        }
        return out;
    }

    static String strings(List<String> values) {
        ArrayNode array = MAPPER.createArrayNode();
        values.forEach(array::add);
        return array.toString();
    }

    static List<String> strings(String json) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : readTree(json)) {
            out.add(n.asText());
        }
        return out;
    }

    static String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot encode JSON column", e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored JSON column is corrupt", e);
        }
    }

    static JsonNode readTree(String json) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored JSON column is corrupt", e);
        }
    }
}
