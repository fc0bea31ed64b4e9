package dev.warden.server.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.core.audit.AuditRedactor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Query parameters in CloudTrail's {@code requestParameters} shape: member names with a lower-case
 * first letter, {@code Tags.member.1.Key} as {@code tags: [{key: …}]}, {@code Action} and
 * {@code Version} left out. Secret-bearing members (passwords, private keys, tokens) are dropped
 * here already; the audit log redacts again before storing.
 */
final class RequestParametersJson {

    /** Longer values (policy documents can reach 131,072 characters) are cut. */
    static final int MAX_VALUE_CHARS = 16_384;

    private static final ObjectMapper JSON = new ObjectMapper();

    private RequestParametersJson() {}

    static ObjectNode of(Map<String, String> parameters) {
        Map<String, Object> tree = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.equals("Action") || name.equals("Version")) {
                return;
            }
            String[] segments = name.split("\\.", -1);
            for (String segment : segments) {
                if (AuditRedactor.isSecretMember(segment)) {
                    return;
                }
            }
            put(tree, segments, 0, shortened(value));
        });
        return (ObjectNode) toJson(tree);
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> node, String[] segments, int at, String value) {
        String name = lowerFirst(segments[at]);
        if (at == segments.length - 1) {
            node.put(name, value);
            return;
        }
        boolean listItem = at + 2 < segments.length
                && (segments[at + 1].equals("member") || segments[at + 1].equals("entry"))
                && segments[at + 2].matches("[1-9][0-9]{0,5}");
        if (listItem) {
            Object existing = node.get(name);
            TreeMap<Integer, Object> items = existing instanceof TreeMap ? (TreeMap<Integer, Object>) existing : new TreeMap<>();
            node.put(name, items);
            int index = Integer.parseInt(segments[at + 2]);
            if (at + 2 == segments.length - 1) {
                items.put(index, value);
            } else {
                Object item = items.get(index);
                Map<String, Object> child = item instanceof LinkedHashMap ? (Map<String, Object>) item : new LinkedHashMap<>();
                items.put(index, child);
                put(child, segments, at + 3, value);
            }
            return;
        }
        Object existing = node.get(name);
        Map<String, Object> child = existing instanceof LinkedHashMap ? (Map<String, Object>) existing : new LinkedHashMap<>();
        node.put(name, child);
        put(child, segments, at + 1, value);
    }

    @SuppressWarnings("unchecked")
    private static JsonNode toJson(Object value) {
        if (value instanceof TreeMap<?, ?> items) {
            ArrayNode array = JSON.createArrayNode();
            items.values().forEach(item -> array.add(toJson(item)));
            return array;
        }
        if (value instanceof Map<?, ?> members) {
            ObjectNode object = JSON.createObjectNode();
            ((Map<String, Object>) members).forEach((k, v) -> object.set(k, toJson(v)));
            return object;
        }
        return JSON.getNodeFactory().textNode((String) value);
    }

    private static String shortened(String value) {
        return value.length() <= MAX_VALUE_CHARS ? value : value.substring(0, MAX_VALUE_CHARS) + "…(truncated)";
    }

    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
