package dev.warden.server.iam;

import dev.warden.policy.document.ConditionEntry;
import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.PolicyVersion;
import dev.warden.policy.document.Statement;
import dev.warden.policy.variable.PolicyTemplate;
import dev.warden.policy.variable.PolicyTemplateException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The context keys policies refer to, as GetContextKeysFor*Policy reports them: every key of a
 * Condition block and every policy variable ({@code ${aws:username}}) in Resource and condition
 * values, each once (keys compare ignoring case; the first spelling is kept), in the order they
 * first appear: policy by policy, statement by statement, a statement's Resource before its
 * Condition. AWS does not sort them: the AWS CLI's get-context-keys-for-custom-policy example lists
 * {@code aws:username} (from Resource) before {@code aws:CurrentTime} (from Condition).
 */
final class ContextKeyNames {

    private final Map<String, String> byLowerName = new LinkedHashMap<>();

    void addAll(PolicyDocument document) {
        boolean substitutes = document.version() == PolicyVersion.V2012_10_17;
        for (Statement statement : document.statements()) {
            if (substitutes) {
                statement.resource().ifPresent(resource -> resource.values().forEach(this::addVariables));
            }
            for (ConditionEntry entry : statement.conditions()) {
                add(entry.key());
                if (substitutes) {
                    entry.values().forEach(this::addVariables);
                }
            }
        }
    }

    List<String> inOrder() {
        return List.copyOf(byLowerName.values());
    }

    private void addVariables(String text) {
        try {
            PolicyTemplate.parse(text, true).variables().forEach(v -> add(v.name()));
        } catch (PolicyTemplateException e) {
            // The parser accepted the document, so this does not happen; a malformed variable names no key.
        }
    }

    private void add(String key) {
        byLowerName.putIfAbsent(key.toLowerCase(Locale.ROOT), key);
    }
}
