package dev.warden.server.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One operation of a service Warden decides for but does not run: how a request is recognised (its
 * {@code X-Amz-Target}, or its method and path for REST-JSON), the IAM action and resource ARN it is
 * authorized as, and the minimal well-formed answer sent when it is allowed.
 *
 * @param target {@code X-Amz-Target} for JSON protocols; empty for REST-JSON
 * @param method HTTP method for REST-JSON
 * @param path the REST path with capture groups for its parameters
 * @param status the success status (REST-JSON operations such as DeleteFunction answer 204)
 */
record GatewayOperation(
        String signingName,
        GatewayProtocol protocol,
        String name,
        Optional<String> target,
        String method,
        Optional<Pattern> path,
        String action,
        Function<GatewayInput, String> resource,
        Function<GatewayInput, JsonNode> answer,
        int status) {

    static GatewayOperation json(String signingName, GatewayProtocol protocol, String targetPrefix, String name,
            String action, Function<GatewayInput, String> resource, Function<GatewayInput, JsonNode> answer) {
        return new GatewayOperation(signingName, protocol, name, Optional.of(targetPrefix + "." + name), "POST",
                Optional.empty(), action, resource, answer, 200);
    }

    static GatewayOperation rest(String signingName, String name, String method, String pathRegex, String action,
            Function<GatewayInput, String> resource, Function<GatewayInput, JsonNode> answer, int status) {
        return new GatewayOperation(signingName, GatewayProtocol.REST_JSON, name, Optional.empty(), method,
                Optional.of(Pattern.compile(pathRegex)), action, resource, answer, status);
    }
}
