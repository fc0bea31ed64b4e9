package dev.warden.server.query;

import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A typed, read-only view of AWS Query parameters (iam-semantics.md §11.2), rooted at the request or
 * at one nested structure:
 * <ul>
 *   <li>lists: {@code Name.member.N} (1-based), an empty list as {@code Name=};</li>
 *   <li>lists of structures: {@code Tags.member.1.Key}, nested
 *       {@code ContextEntries.member.2.ContextKeyValues.member.1};</li>
 *   <li>structures: {@code Parent.Member};</li>
 *   <li>maps: {@code Name.entry.N.key} / {@code Name.entry.N.value}.</li>
 * </ul>
 * List items are returned in index order; gaps in the numbering are tolerated (botocore never
 * makes them, and dropping the numbering loses nothing), but an index that is not a positive number
 * is rejected.
 *
 * <p>Error messages name members the way AWS does: {@code 'roleSessionName'} at the top level,
 * {@code 'tags.1.member.key'} inside a list.
 */
public final class QueryParameters {

    private static final int MAX_LIST_INDEX = 100_000;

    private final Map<String, String> all;
    private final String prefix;
    private final String memberPathPrefix;

    private QueryParameters(Map<String, String> all, String prefix, String memberPathPrefix) {
        this.all = all;
        this.prefix = prefix;
        this.memberPathPrefix = memberPathPrefix;
    }

    /** The top-level view of decoded parameters (see {@link FormDecoder}). */
    public static QueryParameters of(Map<String, String> decoded) {
        return new QueryParameters(Collections.unmodifiableMap(new LinkedHashMap<>(decoded)), "", "");
    }

    /** The name AWS uses for this member in validation messages, e.g. {@code roleSessionName}. */
    public String memberPath(String name) {
        return memberPathPrefix + lowerFirst(name);
    }

    /**
     * Every parameter under this view's prefix, names relative to it, in the order received. Values
     * may be secrets (passwords, private keys): never log them.
     */
    public Map<String, String> asMap() {
        Map<String, String> view = new LinkedHashMap<>();
        all.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                view.put(key.substring(prefix.length()), value);
            }
        });
        return Collections.unmodifiableMap(view);
    }

    public boolean has(String name) {
        return all.containsKey(prefix + name);
    }

    public Optional<String> optionalString(String name) {
        return Optional.ofNullable(all.get(prefix + name));
    }

    /** @throws AwsError {@code ValidationError} "Value null at 'x' failed to satisfy constraint: Member must not be null" */
    public String requiredString(String name) {
        return optionalString(name).orElseThrow(() -> ValidationErrors.single(
                ConstraintViolation.notNull(memberPath(name))));
    }

    /** @throws AwsError {@code InvalidParameterValue} when present but not a 32-bit integer */
    public Optional<Integer> optionalInt(String name) {
        return optionalString(name).map(value -> {
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw invalidValue(name, value, "an integer");
            }
        });
    }

    public int requiredInt(String name) {
        requiredString(name);
        return optionalInt(name).orElseThrow();
    }

    /** Accepts {@code true}/{@code false} in any letter case. */
    public Optional<Boolean> optionalBoolean(String name) {
        return optionalString(name).map(value -> {
            switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "true":
                    return true;
                case "false":
                    return false;
                default:
                    throw invalidValue(name, value, "true or false");
            }
        });
    }

    /** {@code Name.member.N} strings in index order; empty when absent or sent as {@code Name=}. */
    public List<String> stringList(String name) {
        List<String> values = new ArrayList<>();
        for (String key : memberKeys(name, false).values()) {
            values.add(all.get(key));
        }
        return values;
    }

    /** {@code Name.member.N.*} structures in index order, each as its own view. */
    public List<QueryParameters> structList(String name) {
        List<QueryParameters> items = new ArrayList<>();
        memberKeys(name, true).forEach((index, itemPrefix) -> items.add(new QueryParameters(
                all, itemPrefix, memberPathPrefix + lowerFirst(name) + "." + index + ".member.")));
        return items;
    }

    /** The structure {@code Name.*}, if any of its members is present. */
    public Optional<QueryParameters> struct(String name) {
        String structPrefix = prefix + name + ".";
        boolean present = all.keySet().stream().anyMatch(k -> k.startsWith(structPrefix));
        return present
                ? Optional.of(new QueryParameters(all, structPrefix, memberPath(name) + "."))
                : Optional.empty();
    }

    /**
     * A map sent as {@code Name.entry.N.key} / {@code Name.entry.N.value}, in index order.
     *
     * @throws AwsError {@code InvalidParameterValue} for an entry without key or a repeated key
     */
    public Map<String, String> stringMap(String name) {
        Map<String, String> map = new LinkedHashMap<>();
        TreeMap<Integer, String> entries = indexedPrefixes(prefix + name + ".entry.", true);
        for (Map.Entry<Integer, String> entry : entries.entrySet()) {
            String entryPrefix = entry.getValue();
            String key = all.get(entryPrefix + "key");
            if (key == null) {
                throw new AwsError(AwsErrorCode.INVALID_PARAMETER_VALUE,
                        "The map entry " + entryPrefix + "key is missing.");
            }
            if (map.put(key, all.getOrDefault(entryPrefix + "value", "")) != null) {
                throw new AwsError(AwsErrorCode.INVALID_PARAMETER_VALUE,
                        "The map " + prefix + name + " has the key '" + key + "' more than once.");
            }
        }
        return map;
    }

    /** Index → full parameter name (plain lists) or item prefix ending in '.' (structure lists). */
    private TreeMap<Integer, String> memberKeys(String name, boolean structures) {
        return indexedPrefixes(prefix + name + ".member.", structures);
    }

    private TreeMap<Integer, String> indexedPrefixes(String listPrefix, boolean structures) {
        TreeMap<Integer, String> byIndex = new TreeMap<>();
        for (String key : all.keySet()) {
            if (!key.startsWith(listPrefix)) {
                continue;
            }
            String rest = key.substring(listPrefix.length());
            int dot = rest.indexOf('.');
            String indexText = dot < 0 ? rest : rest.substring(0, dot);
            int index = parseIndex(key, indexText);
            if (structures) {
                if (dot < 0) {
                    throw new AwsError(AwsErrorCode.INVALID_QUERY_PARAMETER,
                            "The parameter " + key + " needs a member name after the list index.");
                }
                byIndex.put(index, listPrefix + indexText + ".");
            } else {
                if (dot >= 0) {
                    throw new AwsError(AwsErrorCode.INVALID_QUERY_PARAMETER,
                            "The parameter " + key + " is a list of strings and takes no member name.");
                }
                byIndex.put(index, key);
            }
        }
        return byIndex;
    }

    private static int parseIndex(String key, String indexText) {
        int index = -1;
        if (!indexText.isEmpty() && indexText.length() <= 6 && indexText.chars().allMatch(Character::isDigit)
                && indexText.charAt(0) != '0') {
            index = Integer.parseInt(indexText);
        }
        if (index < 1 || index > MAX_LIST_INDEX) {
            throw new AwsError(AwsErrorCode.INVALID_QUERY_PARAMETER,
                    "The parameter " + key + " has an invalid list index '" + indexText
                            + "' (expected 1 to " + MAX_LIST_INDEX + ").");
        }
        return index;
    }

    private AwsError invalidValue(String name, String value, String expected) {
        return new AwsError(AwsErrorCode.INVALID_PARAMETER_VALUE,
                "Value (" + value + ") for parameter " + prefix + name + " is invalid. Expected " + expected + ".");
    }

    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    @Override
    public String toString() {
        // Parameter values may be secrets (passwords, private keys): never print them.
        return "QueryParameters" + all.keySet().stream().filter(k -> k.startsWith(prefix)).toList();
    }
}
