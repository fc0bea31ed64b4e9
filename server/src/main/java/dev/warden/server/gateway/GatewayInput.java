package dev.warden.server.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What an operation's resource and answer are made from.
 *
 * @param body the JSON request body (an empty object when there was none)
 * @param pathParameters the REST path's captured segments, decoded, in order
 * @param region the region the request was signed for
 */
record GatewayInput(JsonNode body, List<String> pathParameters, String region, String account) {

    String text(String member) {
        return body.path(member).asText("");
    }

    String path(int index) {
        return pathParameters.get(index);
    }
}
