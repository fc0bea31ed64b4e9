package dev.warden.insight.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The JSON form of who-can and what-can answers. */
public final class AccessJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AccessJson() {}

    /** {"action":…, "resource":…, "principals":[{"arn", "type", "access", "allowedIf", "deniedIf", "trustedBy"}]} */
    public static ObjectNode whoCan(String action, String resource, List<WhoCanEntry> entries) {
        ObjectNode root = MAPPER.createObjectNode().put("action", action).put("resource", resource);
        ArrayNode principals = root.putArray("principals");
        for (WhoCanEntry entry : entries) {
            ObjectNode node = principals.addObject().put("arn", entry.arn())
                    .put("type", entry.kind().name().toLowerCase(java.util.Locale.ROOT));
            verdict(node, entry.verdict());
            if (entry.kind() == AccountPrincipal.Kind.ROLE) {
                ArrayNode trusted = node.putArray("trustedBy");
                for (TrustedPrincipal t : entry.trustedBy()) {
                    ObjectNode tn = trusted.addObject().put("kind", t.kind().json()).put("principal", t.value())
                            .put("action", t.action());
                    t.conditions().forEach(tn.withArray("conditions")::add);
                }
            }
        }
        return root;
    }

    /** {"principal":…, "actions":[{"service", "accessLevel", "action", "resource", "access", …}]} */
    public static ObjectNode whatCan(String principal, List<WhatCanEntry> entries) {
        ObjectNode root = MAPPER.createObjectNode().put("principal", principal);
        ArrayNode actions = root.putArray("actions");
        for (WhatCanEntry entry : entries) {
            ObjectNode node = actions.addObject().put("service", entry.service())
                    .put("accessLevel", entry.accessLevel().displayName()).put("action", entry.action())
                    .put("resource", entry.resource());
            verdict(node, entry.verdict());
        }
        return root;
    }

    private static void verdict(ObjectNode node, AccessVerdict verdict) {
        node.put("access", verdict.access().name().toLowerCase(java.util.Locale.ROOT));
        if (verdict.access() == Access.CONDITIONAL) {
            node.set("allowedIf", notes(verdict.allowedIf()));
            node.set("deniedIf", notes(verdict.deniedIf()));
        }
    }

    private static ArrayNode notes(List<ConditionNote> notes) {
        ArrayNode array = MAPPER.createArrayNode();
        for (ConditionNote note : notes) {
            ObjectNode node = array.addObject().put("policyType", note.policyType().name())
                    .put("policyId", note.policyId()).put("statementIndex", note.statementIndex());
            note.sid().ifPresent(sid -> node.put("sid", sid));
            node.put("condition", note.conditionText());
            ArrayNode entries = node.putArray("conditions");
            note.conditions().forEach(c -> {
                ObjectNode cn = entries.addObject().put("operator", c.operator()).put("key", c.key());
                c.values().forEach(cn.putArray("values")::add);
            });
        }
        return array;
    }
}
