package dev.warden.server.sts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.core.model.Tag;
import java.util.List;
import java.util.Optional;

/**
 * STS's PackedPolicySize: how much of the session's packed space the session policy, the managed
 * policy ARNs and the session tags take, in percent; over 100 the call fails with
 * {@code PackedPolicyTooLarge}. AWS packs them into an undocumented compressed binary form; Warden
 * approximates it by counting characters (the policy without insignificant white space, each ARN,
 * each tag's key and value) against {@link #BUDGET}, the plaintext session policy limit.
 */
final class PackedPolicySize {

    static final int BUDGET = 2_048;

    private static final ObjectMapper JSON = new ObjectMapper();

    private PackedPolicySize() {}

    static int percent(Optional<String> policy, List<String> policyArns, List<Tag> tags) {
        long units = policy.map(PackedPolicySize::minifiedLength).orElse(0);
        for (String arn : policyArns) {
            units += arn.length();
        }
        for (Tag tag : tags) {
            units += tag.key().length() + tag.value().length();
        }
        return (int) ((units * 100 + BUDGET - 1) / BUDGET);
    }

    static String tooLargeMessage(int percent) {
        return "Packed policy consumes " + percent + "% of allotted space, please use smaller policy.";
    }

    private static int minifiedLength(String policy) {
        try {
            return JSON.writeValueAsString(JSON.readTree(policy)).length();
        } catch (JsonProcessingException e) {
            return policy.length();
        }
    }
}
