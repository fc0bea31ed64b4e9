package dev.warden.core.iam;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.warden.core.error.IamException;

/**
 * The minimal grammar check: the document is one JSON object with no repeated key in any object
 * (iam-semantics §1.1). Anything else is AWS's generic {@code Syntax errors in policy.}
 */
public final class JsonPolicyDocumentCheck implements PolicyDocumentCheck {
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @Override
    public void check(PolicyDocumentKind kind, String document) {
        parseObject(document);
    }

    /** Parses a document that must be a JSON object; raises MalformedPolicyDocument otherwise. */
    static JsonNode parseObject(String document) {
        JsonNode root;
        try {
            root = STRICT.readTree(document);
        } catch (JsonProcessingException e) {
            throw IamException.malformedPolicy("Syntax errors in policy.");
        }
        if (root == null || !root.isObject()) {
            throw IamException.malformedPolicy("Syntax errors in policy.");
        }
        return root;
    }
}
