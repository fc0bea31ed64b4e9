package dev.warden.server.sts;

import com.nimbusds.jose.JWSAlgorithm;
import dev.warden.core.model.Tag;
import dev.warden.server.query.ConstraintViolation;
import dev.warden.server.query.QueryParameters;
import dev.warden.server.query.ValidationErrors;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A GetWebIdentityToken request, checked against the STS model (botocore sts 2011-06-15):
 * {@code Audience.member.N} 1–10 strings of 1–1,000 characters (required), {@code DurationSeconds}
 * 60–3,600 (default 300), {@code SigningAlgorithm} RS256 or ES384 (required), {@code Tags} at most 50
 * with the session-tag constraints.
 */
public record GetWebIdentityTokenRequest(List<String> audiences, Duration duration, JWSAlgorithm algorithm,
        List<Tag> tags) {

    public static final int DEFAULT_DURATION_SECONDS = 300;
    static final int MIN_DURATION_SECONDS = 60;
    static final int MAX_DURATION_SECONDS = 3_600;
    static final int MAX_AUDIENCES = 10;
    static final List<String> ALGORITHMS = List.of(JWSAlgorithm.RS256.getName(), JWSAlgorithm.ES384.getName());

    public GetWebIdentityTokenRequest {
        audiences = List.copyOf(audiences);
        tags = List.copyOf(tags);
    }

    public static GetWebIdentityTokenRequest parse(QueryParameters params) {
        ValidationErrors errors = new ValidationErrors();
        List<String> audiences = params.stringList("Audience");
        if (audiences.isEmpty()) {
            errors.notNull(params.memberPath("Audience"), null);
        }
        errors.listSize("audience", audiences, MAX_AUDIENCES);
        for (String audience : audiences) {
            errors.length("audience", audience, 1, 1_000);
        }
        Optional<Integer> seconds = params.optionalInt("DurationSeconds");
        seconds.ifPresent(d -> errors.range("durationSeconds", d, MIN_DURATION_SECONDS, MAX_DURATION_SECONDS));
        String algorithm = params.optionalString("SigningAlgorithm").orElse(null);
        errors.notNull(params.memberPath("SigningAlgorithm"), algorithm);
        if (algorithm != null) {
            errors.length("signingAlgorithm", algorithm, 5, 5);
            if (algorithm.length() == 5 && !ALGORITHMS.contains(algorithm)) {
                errors.add(new ConstraintViolation("signingAlgorithm", algorithm,
                        "Member must satisfy enum value set: " + ALGORITHMS));
            }
        }
        List<Tag> tags = AssumeRoleRequest.tags(params, errors);
        errors.throwIfAny();
        return new GetWebIdentityTokenRequest(audiences,
                Duration.ofSeconds(seconds.orElse(DEFAULT_DURATION_SECONDS)), JWSAlgorithm.parse(algorithm), tags);
    }
}
