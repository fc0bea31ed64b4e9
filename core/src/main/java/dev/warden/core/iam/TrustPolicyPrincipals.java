package dev.warden.core.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.warden.core.error.IamException;
import dev.warden.core.id.IdPrefix;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Emulates IAM's principal normalisation in role trust policies (iam-semantics §1.10): on save, every
 * {@code "AWS"} principal that is a user or role ARN of this account becomes that entity's unique id;
 * on read, ids map back to current ARNs, and ids whose entity is gone stay raw. So deleting and
 * recreating a role with the same name does not inherit the old trust.
 * Documents without anything to rewrite are returned unchanged, byte for byte.
 */
public final class TrustPolicyPrincipals {
    private static final Pattern USER_OR_ROLE_ARN = Pattern.compile("arn:aws:iam::([0-9]{12}):(user|role)/.+");

    private final String accountId;

    public TrustPolicyPrincipals(String accountId) {
        this.accountId = accountId;
    }

    /** Rewrites user/role ARNs of this account to unique ids; unknown ones are an invalid principal. */
    public String toStorage(String document, PrincipalDirectory directory) {
        return rewrite(document, value -> {
            var m = USER_OR_ROLE_ARN.matcher(value);
            if (!m.matches() || !m.group(1).equals(accountId)) {
                return value;
            }
            return directory.uniqueIdOf(value).orElseThrow(() -> IamException.malformedPolicy(
                    "Invalid principal in policy: \"AWS\":\"" + value + "\""));
        });
    }

    /** Rewrites user/role unique ids back to current ARNs; ids of deleted entities stay as they are. */
    public String toDisplay(String document, PrincipalDirectory directory) {
        return rewrite(document, value -> {
            if (!IdPrefix.USER.matches(value) && !IdPrefix.ROLE.matches(value)) {
                return value;
            }
            return directory.arnOf(value).orElse(value);
        });
    }

    private static String rewrite(String document, UnaryOperator<String> mapping) {
        JsonNode root = JsonPolicyDocumentCheck.parseObject(document);
        boolean changed = false;
        JsonNode statements = root.get("Statement");
        if (statements == null) {
            return document;
        }
        Iterable<JsonNode> list = statements.isArray() ? statements : java.util.List.of(statements);
        for (JsonNode statement : list) {
            if (!statement.isObject()) {
                continue;
            }
            for (String field : new String[] {"Principal", "NotPrincipal"}) {
                JsonNode principal = statement.get(field);
                if (principal != null && principal.isObject()) {
                    changed |= rewriteAws((ObjectNode) principal, mapping);
                }
            }
        }
        return changed ? root.toString() : document;
    }

    private static boolean rewriteAws(ObjectNode principal, UnaryOperator<String> mapping) {
        JsonNode aws = principal.get("AWS");
        if (aws == null) {
            return false;
        }
        if (aws.isTextual()) {
            String mapped = mapping.apply(aws.asText());
            if (!mapped.equals(aws.asText())) {
                principal.set("AWS", TextNode.valueOf(mapped));
                return true;
            }
            return false;
        }
        boolean changed = false;
        if (aws.isArray()) {
            ArrayNode array = (ArrayNode) aws;
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                if (item.isTextual()) {
                    String mapped = mapping.apply(item.asText());
                    if (!mapped.equals(item.asText())) {
                        array.set(i, TextNode.valueOf(mapped));
                        changed = true;
                    }
                }
            }
        }
        return changed;
    }

}
