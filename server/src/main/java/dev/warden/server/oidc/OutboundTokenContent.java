package dev.warden.server.oidc;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.warden.core.model.Tag;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The claims of a token GetWebIdentityToken issues, as the IAM User Guide's "Understanding token
 * claims" lists them: the standard {@code iss}, {@code sub} (the caller's principal ARN: the role's ARN
 * for a role session), {@code aud}, {@code iat}, {@code exp}, {@code jti}, and AWS's own claims nested
 * under {@code https://sts.amazonaws.com/}: {@code aws_account}, {@code source_region},
 * {@code principal_tags} and {@code request_tags} (the request's Tags), each tag map only when it has
 * tags. Organization and compute claims ({@code org_id}, {@code ou_path}, EC2/Lambda ARNs) have no
 * counterpart in Warden and are never set.
 */
public record OutboundTokenContent(String issuer, String subject, List<String> audiences, Instant issuedAt,
        Instant expiresAt, String tokenId, String accountId, String sourceRegion, List<Tag> principalTags,
        List<Tag> requestTags) {

    public static final String AWS_NAMESPACE = "https://sts.amazonaws.com/";

    public OutboundTokenContent {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        audiences = List.copyOf(audiences);
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(sourceRegion, "sourceRegion");
        principalTags = List.copyOf(principalTags);
        requestTags = List.copyOf(requestTags);
    }

    public JWTClaimsSet claims() {
        Map<String, Object> aws = new LinkedHashMap<>();
        aws.put("aws_account", accountId);
        aws.put("source_region", sourceRegion);
        if (!principalTags.isEmpty()) {
            aws.put("principal_tags", tagMap(principalTags));
        }
        if (!requestTags.isEmpty()) {
            aws.put("request_tags", tagMap(requestTags));
        }
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience(audiences)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .jwtID(tokenId)
                .claim(AWS_NAMESPACE, aws)
                .build();
    }

    private static Map<String, Object> tagMap(List<Tag> tags) {
        Map<String, Object> map = new LinkedHashMap<>();
        tags.forEach(tag -> map.put(tag.key(), tag.value()));
        return map;
    }
}
