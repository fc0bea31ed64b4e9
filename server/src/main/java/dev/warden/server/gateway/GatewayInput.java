package dev.warden.server.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * What an operation's resource and answer are made from.
 *
 * @param body the JSON request body (an empty object when there was none)
 * @param pathParameters the REST path's captured segments, decoded, in order
 * @param region the region the request was signed for
 * @param receivedAt when the request arrived (from the server's clock)
 */
record GatewayInput(JsonNode body, List<String> pathParameters, String region, String account, Instant receivedAt) {

    String text(String member) {
        return body.path(member).asText("");
    }

    String path(int index) {
        return pathParameters.get(index);
    }
}
