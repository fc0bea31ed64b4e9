package dev.warden.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.core.audit.AuditEvent;
import dev.warden.core.audit.SessionContext;
import dev.warden.core.audit.SessionIssuer;
import dev.warden.core.audit.UserIdentity;
import dev.warden.core.audit.WebIdFederationData;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A stored audit event as the JSON record CloudTrail writes for the same call (AWS CloudTrail User
 * Guide, "CloudTrail record contents" and "CloudTrail userIdentity element"), so that jq scripts,
 * Athena tables and CloudTrail Lake queries written for CloudTrail read it unchanged. Built when the
 * log is read, never when a call is recorded. Members CloudTrail leaves out when they do not apply
 * (errorCode, userIdentity.sessionContext, ...) are left out, not written as null; Warden's own
 * {@code decision} comes last.
 */
final class CloudTrailRecord {

  /**
   * The record format version whose fields this record holds: eventCategory, the newest member
   * written here, came with 1.08; later minor versions only add members.
   */
  static final String EVENT_VERSION = "1.08";

  /** IAM and STS members that botocore's service models type as integers (top level of the input). */
  private static final Set<String> INTEGER_MEMBERS = Set.of("credentialAgeDays", "durationSeconds", "maxItems",
      "maxPasswordAge", "maxSessionDuration", "minimumPasswordLength", "passwordReusePrevention", "sessionDuration");

  /** IAM and STS members that botocore's service models type as booleans (top level of the input). */
  private static final Set<String> BOOLEAN_MEMBERS = Set.of("allUsers", "allowUsersToChangePassword",
      "delegationPermissionCheck", "hardExpiry", "onlyAttached", "onlySendByOwner", "passwordResetRequired",
      "requireLowercaseCharacters", "requireNumbers", "requireSymbols", "requireUppercaseCharacters", "setAsDefault");

  private CloudTrailRecord() {}

  static ObjectNode of(ObjectMapper mapper, AuditEvent event) {
    ObjectNode record = mapper.createObjectNode();
    record.put("eventVersion", EVENT_VERSION);
    UserIdentity identity = event.userIdentity() == null ? UserIdentity.anonymous() : event.userIdentity();
    record.set("userIdentity", userIdentity(mapper, identity, event.decision()));
    putIfPresent(record, "eventTime", timestamp(event.eventTime()));
    putIfPresent(record, "eventSource", event.eventSource());
    putIfPresent(record, "eventName", event.eventName());
    putIfPresent(record, "awsRegion", event.awsRegion());
    putIfPresent(record, "sourceIPAddress", event.sourceIpAddress());
    putIfPresent(record, "userAgent", event.userAgent());
    putIfPresent(record, "errorCode", event.errorCode());
    putIfPresent(record, "errorMessage", event.errorMessage());
    record.set("requestParameters", requestParameters(event));
    record.set("responseElements", event.responseElements() == null || event.responseElements().isEmpty()
        ? null : event.responseElements());
    putIfPresent(record, "requestID", event.requestId());
    putIfPresent(record, "eventID", event.eventId());
    record.put("readOnly", readOnly(event.eventSource(), event.eventName()));
    record.put("eventType", "AwsApiCall");
    boolean data = dataEvent(event.eventSource(), event.eventName());
    record.put("managementEvent", !data);
    putIfPresent(record, "recipientAccountId", recipientAccountId(identity, event.requestParameters()));
    record.put("eventCategory", data ? "Data" : "Management");
    if (event.decision() != null) {
      record.set("decision", event.decision());
    }
    return record;
  }

  private static ObjectNode userIdentity(ObjectMapper mapper, UserIdentity identity, JsonNode decision) {
    ObjectNode node = mapper.createObjectNode();
    // CloudTrail's type for an identity it cannot determine; Warden's unauthenticated callers.
    node.put("type", identity.type() == null ? "Unknown" : identity.type());
    putIfPresent(node, "principalId", identity.principalId());
    putIfPresent(node, "arn", identity.arn());
    putIfPresent(node, "accountId", identity.accountId());
    putIfPresent(node, "accessKeyId", identity.accessKeyId());
    if ("IAMUser".equals(identity.type()) && identity.arn() != null) {
      node.put("userName", identity.arn().substring(identity.arn().lastIndexOf('/') + 1));
    }
    federatedCaller(node, identity.type(), decision);
    if (identity.sessionContext() != null) {
      node.set("sessionContext", sessionContext(mapper, identity.sessionContext()));
    }
    return node;
  }

  /**
   * An unsigned federation call's caller: CloudTrail names the token's or assertion's subject as
   * {@code userName}, and for a web identity the IAM OIDC provider as {@code identityProvider}. Read
   * from the verified identity the authorizer put in its decision.
   */
  private static void federatedCaller(ObjectNode node, String type, JsonNode decision) {
    if (decision == null) {
      return;
    }
    if ("WebIdentityUser".equals(type)) {
      JsonNode web = decision.path("webIdentity");
      putIfPresent(node, "userName", web.path("subject").textValue());
      putIfPresent(node, "identityProvider", web.path("provider").textValue());
    } else if ("SAMLUser".equals(type)) {
      putIfPresent(node, "userName", decision.path("samlIdentity").path("subject").textValue());
    }
  }

  private static ObjectNode sessionContext(ObjectMapper mapper, SessionContext context) {
    ObjectNode node = mapper.createObjectNode();
    SessionIssuer issuer = context.sessionIssuer();
    if (issuer != null) {
      ObjectNode issuerNode = node.putObject("sessionIssuer");
      putIfPresent(issuerNode, "type", issuer.type());
      putIfPresent(issuerNode, "principalId", issuer.principalId());
      putIfPresent(issuerNode, "arn", issuer.arn());
      putIfPresent(issuerNode, "accountId", issuer.accountId());
      putIfPresent(issuerNode, "userName", issuer.userName());
    }
    WebIdFederationData federation = context.webIdFederationData();
    if (federation != null) {
      ObjectNode federationNode = node.putObject("webIdFederationData");
      putIfPresent(federationNode, "federatedProvider", federation.federatedProvider());
      ObjectNode attributes = federationNode.putObject("attributes");
      new TreeMap<>(federation.attributes()).forEach(attributes::put);
    }
    ObjectNode attributes = node.putObject("attributes");
    putIfPresent(attributes, "creationDate", timestamp(context.creationDate()));
    // CloudTrail writes this flag as the string "true" or "false".
    attributes.put("mfaAuthenticated", Boolean.toString(context.mfaAuthenticated()));
    putIfPresent(node, "sourceIdentity", context.sourceIdentity());
    return node;
  }

  /** CloudTrail's timestamps are whole seconds: {@code 2026-11-28T14:00:00Z}. */
  static String timestamp(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /**
   * CloudTrail writes null for a call without parameters, and numbers and booleans as JSON numbers
   * and booleans (the Query protocol sends every value as text).
   */
  private static JsonNode requestParameters(AuditEvent event) {
    JsonNode parameters = event.requestParameters();
    if (parameters == null || parameters.isEmpty()) {
      return null;
    }
    if (!(parameters instanceof ObjectNode object) || !isIamOrSts(event.eventSource())) {
      return parameters;
    }
    ObjectNode typed = object.deepCopy();
    Iterator<Map.Entry<String, JsonNode>> members = object.fields();
    while (members.hasNext()) {
      Map.Entry<String, JsonNode> member = members.next();
      String text = member.getValue().isTextual() ? member.getValue().asText() : null;
      if (text == null) {
        continue;
      }
      if (INTEGER_MEMBERS.contains(member.getKey()) && text.matches("-?[0-9]{1,9}")) {
        typed.put(member.getKey(), Integer.parseInt(text));
      } else if (BOOLEAN_MEMBERS.contains(member.getKey()) && (text.equals("true") || text.equals("false"))) {
        typed.put(member.getKey(), Boolean.parseBoolean(text));
      }
    }
    return typed;
  }

  private static boolean isIamOrSts(String eventSource) {
    return "iam.amazonaws.com".equals(eventSource) || "sts.amazonaws.com".equals(eventSource);
  }

  /**
   * Reads: Get*, List* and (S3) Head* calls, and every STS call (STS changes nothing in the account;
   * CloudTrail's AssumeRole records say readOnly true, a decision from real records rather than from
   * a documented rule).
   */
  static boolean readOnly(String eventSource, String eventName) {
    if ("sts.amazonaws.com".equals(eventSource)) {
      return true;
    }
    return eventName != null
        && (eventName.startsWith("Get") || eventName.startsWith("List") || eventName.startsWith("Head"));
  }

  /**
   * CloudTrail's data events among the services Warden answers: S3 object-level calls and Lambda's
   * Invoke; every IAM and STS call is a management event.
   */
  static boolean dataEvent(String eventSource, String eventName) {
    if (eventName == null) {
      return false;
    }
    if ("s3.amazonaws.com".equals(eventSource)) {
      boolean objectLevel = eventName.contains("Object") && !eventName.endsWith("Configuration");
      return objectLevel || eventName.contains("MultipartUpload") || eventName.equals("UploadPart")
          || eventName.equals("UploadPartCopy") || eventName.equals("ListParts");
    }
    return "lambda.amazonaws.com".equals(eventSource) && eventName.equals("Invoke");
  }

  /**
   * The account the call was made to: the caller's, or for an unsigned federation call (no caller
   * account) the account of the role it asked for.
   */
  private static String recipientAccountId(UserIdentity identity, JsonNode parameters) {
    if (identity.accountId() != null) {
      return identity.accountId();
    }
    String roleArn = parameters == null ? null : parameters.path("roleArn").textValue();
    if (roleArn == null) {
      return null;
    }
    String[] parts = roleArn.split(":", 6);
    return parts.length == 6 && parts[4].matches("[0-9]{12}") ? parts[4] : null;
  }

  private static void putIfPresent(ObjectNode node, String name, String value) {
    if (value != null) {
      node.put(name, value);
    }
  }
}
