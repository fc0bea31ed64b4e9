package dev.warden.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link RequestAuthorizer#authorize}, with why, for the audit trail: either a sentence
 * ({@link #text()}) or the decision's JSON explanation ({@link #json()}), never both.
 */
public sealed interface AuthorizationDecision {

    /** The explanation as a sentence; null when {@link #json()} holds it. */
    String text();

    /** The explanation as JSON, as the authorizer built it; null when {@link #text()} holds it. Not to be changed. */
    JsonNode json();

    /** Why, as text: the sentence, or the JSON explanation written out. */
    default String explanation() {
        return text() != null ? text() : json().toString();
    }

    /**
     * The JSON explanation when there is one: the audit trail stores it as it is instead of parsing
     * {@link #explanation()} back (a tenth of an AssumeRole's CPU, JFR).
     */
    default Optional<JsonNode> explanationJson() {
        return Optional.ofNullable(json());
    }

    private static void requireExactlyOne(String text, JsonNode json) {
        if ((text == null) == (json == null)) {
            throw new IllegalArgumentException("an explanation is either a sentence or JSON");
        }
    }

    record Allow(String text, JsonNode json) implements AuthorizationDecision {

        public Allow {
            requireExactlyOne(text, json);
        }

        public Allow(String text) {
            this(Objects.requireNonNull(text), null);
        }

        public Allow(JsonNode json) {
            this(null, Objects.requireNonNull(json));
        }
    }

    /**
     * @param message sent to the client with {@code AccessDenied}, in AWS's form: {@code User: <arn>
     *     is not authorized to perform: <action> on resource: <res> because …}; the explanation is for
     *     the audit trail only, never sent to the client
     */
    record Deny(String message, String text, JsonNode json) implements AuthorizationDecision {

        public Deny {
            Objects.requireNonNull(message);
            requireExactlyOne(text, json);
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
    }
}
