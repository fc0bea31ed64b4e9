package dev.warden.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/** The outcome of {@link RequestAuthorizer#authorize}. */
public sealed interface AuthorizationDecision {

    /** Why, for the audit trail: a sentence or the decision's JSON explanation as text. */
    String explanation();

    /**
     * The JSON explanation as the authorizer built it, when it built one: the audit trail stores it
     * as it is instead of parsing {@link #explanation()} back (a tenth of an AssumeRole's CPU, JFR).
     * Not to be changed by anyone.
     */
    Optional<JsonNode> explanationJson();

    /**
     * @param text why, for the audit trail (e.g. the matching statement); null when {@code json} says it
     * @param json the decision's JSON explanation, or null
     */
    record Allow(String text, JsonNode json) implements AuthorizationDecision {

        public Allow {
            if ((text == null) == (json == null)) {
                throw new IllegalArgumentException("an explanation is either a sentence or JSON");
            }
        }

        public Allow(String text) {
            this(Objects.requireNonNull(text), null);
        }

        public Allow(JsonNode json) {
            this(null, Objects.requireNonNull(json));
        }

        @Override
        public String explanation() {
            return text != null ? text : json.toString();
        }

        @Override
        public Optional<JsonNode> explanationJson() {
            return Optional.ofNullable(json);
        }
    }

    /**
     * @param message sent to the client with {@code AccessDenied}, in AWS's form: {@code User: <arn>
     *     is not authorized to perform: <action> on resource: <res> because …}
     * @param text why, for the audit trail only (never sent to the client); null when {@code json} says it
     * @param json the decision's JSON explanation, or null
     */
    record Deny(String message, String text, JsonNode json) implements AuthorizationDecision {

        public Deny {
            Objects.requireNonNull(message);
            if ((text == null) == (json == null)) {
                throw new IllegalArgumentException("an explanation is either a sentence or JSON");
            }
        }

        public Deny(String message) {
            this(message, message, null);
        }

        public Deny(String message, String text) {
            this(message, Objects.requireNonNull(text), null);
        }

        public Deny(String message, JsonNode json) {
            this(message, null, Objects.requireNonNull(json));
        }

        @Override
        public String explanation() {
            return text != null ? text : json.toString();
        }

        @Override
        public Optional<JsonNode> explanationJson() {
            return Optional.ofNullable(json);
        }
    }
}
