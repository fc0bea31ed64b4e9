package dev.warden.core.store.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.core.audit.AuditEvent;
import dev.warden.core.audit.AuditQuery;
import dev.warden.core.audit.SessionContext;
import dev.warden.core.audit.SessionIssuer;
import dev.warden.core.audit.UserIdentity;
import dev.warden.core.audit.WebIdFederationData;
import dev.warden.core.store.AuditRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

final class JdbcAuditRepository implements AuditRepository {
    private final SqlRunner sql;

    JdbcAuditRepository(SqlRunner sql) {
        this.sql = sql;
    }

    private static final String INSERT = "INSERT INTO audit_events (event_id, event_time, event_source, event_name,"
            + " aws_region, source_ip_address, user_agent, identity_type, principal_id, principal_arn, account_id,"
            + " access_key_id, session_context_json, request_parameters, response_elements, error_code,"
            + " error_message, request_id, decision_json)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Override
    public void append(AuditEvent e) {
        sql.update(INSERT, row(e));
    }

    /** One prepared statement for the whole batch: preparing it per record was most of an append's cost. */
    @Override
    public void appendAll(List<AuditEvent> events) {
        List<Object[]> rows = new ArrayList<>(events.size());
        for (AuditEvent e : events) {
            rows.add(row(e));
        }
        sql.updateEach(INSERT, rows);
    }

    private static Object[] row(AuditEvent e) {
        UserIdentity id = e.userIdentity() == null ? UserIdentity.anonymous() : e.userIdentity();
        return new Object[] {
            e.eventId(), e.eventTime(), e.eventSource(), e.eventName(), e.awsRegion(),
            SqlRunner.nullableText(e.sourceIpAddress()), SqlRunner.nullableText(e.userAgent()),
            SqlRunner.nullableText(id.type()), SqlRunner.nullableText(id.principalId()),
            SqlRunner.nullableText(id.arn()), SqlRunner.nullableText(id.accountId()),
            SqlRunner.nullableText(id.accessKeyId()), SqlRunner.nullableText(sessionContextJson(id.sessionContext())),
            json(e.requestParameters()), json(e.responseElements()), SqlRunner.nullableText(e.errorCode()),
            SqlRunner.nullableText(e.errorMessage()), SqlRunner.nullableText(e.requestId()), json(e.decision())};
    }

    @Override
    public List<AuditEvent> query(AuditQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (q.from() != null) {
            where.append(" AND event_time >= ?");
            params.add(q.from());
        }
        if (q.to() != null) {
            where.append(" AND event_time < ?");
            params.add(q.to());
        }
        if (q.principalArn() != null) {
            where.append(" AND principal_arn = ?");
            params.add(q.principalArn());
        }
        if (q.eventName() != null) {
            where.append(" AND event_name = ?");
            params.add(q.eventName());
        }
        if (q.errorCode() != null) {
            where.append(" AND error_code = ?");
            params.add(q.errorCode());
        }
        params.add(q.limit());
        return sql.query("SELECT * FROM audit_events" + where + " ORDER BY event_time DESC, event_id DESC LIMIT ?",
                JdbcAuditRepository::map, params.toArray());
    }

    private static Object json(JsonNode node) {
        return SqlRunner.nullableText(node == null ? null : node.toString());
    }

    private static String sessionContextJson(SessionContext c) {
        if (c == null) {
            return null;
        }
        ObjectNode o = JsonColumns.MAPPER.createObjectNode();
        ObjectNode attributes = o.putObject("attributes");
        attributes.put("creationDate", c.creationDate().toString());
        attributes.put("mfaAuthenticated", Boolean.toString(c.mfaAuthenticated()));
        if (c.sessionIssuer() != null) {
            SessionIssuer i = c.sessionIssuer();
            ObjectNode issuer = o.putObject("sessionIssuer");
            issuer.put("type", i.type());
            issuer.put("principalId", i.principalId());
            issuer.put("arn", i.arn());
            issuer.put("accountId", i.accountId());
            issuer.put("userName", i.userName());
        }
        if (c.sourceIdentity() != null) {
            o.put("sourceIdentity", c.sourceIdentity());
        }
        if (c.webIdFederationData() != null) {
            ObjectNode federation = o.putObject("webIdFederationData");
            federation.put("federatedProvider", c.webIdFederationData().federatedProvider());
            ObjectNode federationAttributes = federation.putObject("attributes");
            new java.util.TreeMap<>(c.webIdFederationData().attributes()).forEach(federationAttributes::put);
        }
        return o.toString();
    }

    private static SessionContext sessionContext(String json) {
        JsonNode o = JsonColumns.readTree(json);
        if (o == null) {
            return null;
        }
        JsonNode issuer = o.get("sessionIssuer");
        SessionIssuer sessionIssuer = issuer == null ? null : new SessionIssuer(text(issuer, "type"),
                text(issuer, "principalId"), text(issuer, "arn"), text(issuer, "accountId"), text(issuer, "userName"));
        JsonNode attributes = o.get("attributes");
        WebIdFederationData federation = null;
        JsonNode federationNode = o.get("webIdFederationData");
        if (federationNode != null) {
            java.util.Map<String, String> federationAttributes = new java.util.LinkedHashMap<>();
            federationNode.path("attributes").fields().forEachRemaining(e -> federationAttributes.put(e.getKey(),
                    e.getValue().asText()));
            federation = new WebIdFederationData(text(federationNode, "federatedProvider"), federationAttributes);
        }
        return new SessionContext(Instant.parse(attributes.get("creationDate").asText()),
                Boolean.parseBoolean(attributes.get("mfaAuthenticated").asText()), sessionIssuer, text(o, "sourceIdentity"),
                federation);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static AuditEvent map(ResultSet rs) throws SQLException {
        UserIdentity identity = new UserIdentity(rs.getString("identity_type"), rs.getString("principal_id"),
                rs.getString("principal_arn"), rs.getString("account_id"), rs.getString("access_key_id"),
                sessionContext(rs.getString("session_context_json")));
        return new AuditEvent(rs.getString("event_id"), SqlRunner.instant(rs, "event_time"), rs.getString("event_source"),
                rs.getString("event_name"), rs.getString("aws_region"), rs.getString("source_ip_address"),
                rs.getString("user_agent"), identity, JsonColumns.readTree(rs.getString("request_parameters")),
                JsonColumns.readTree(rs.getString("response_elements")), rs.getString("error_code"),
                rs.getString("error_message"), rs.getString("request_id"),
                JsonColumns.readTree(rs.getString("decision_json")));
    }
}
