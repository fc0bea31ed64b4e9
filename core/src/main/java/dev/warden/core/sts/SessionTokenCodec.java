package dev.warden.core.sts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.core.model.Tag;
import dev.warden.core.secret.AesGcm;
import dev.warden.core.secret.SealedBoxException;
import dev.warden.core.secret.SecretAccessKey;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DataFormatException;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals {@link SessionClaims} into a self-contained, opaque session token and opens it again.
 *
 * <p>Layout before base64url: {@code [format=1][keyIdLength][keyId][AES-GCM box]}. The box holds the
 * deflated JSON claims; the header bytes are its associated data, so swapping the key id or format
 * byte breaks the tag. Only holders of the master key can read or mint tokens.
 */
public final class SessionTokenCodec {
    /** AWS says not to assume a maximum; this bound only stops oversized input from costing work. */
    public static final int MAX_TOKEN_CHARS = 16_384;
    private static final int MAX_CLAIMS_BYTES = 256 * 1024;
    private static final byte FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SessionTokenKeys keys;
    private final SecureRandom random;
    private final Clock clock;

    public SessionTokenCodec(SessionTokenKeys keys, SecureRandom random, Clock clock) {
        this.keys = keys;
        this.random = random;
        this.clock = clock;
    }

    public String seal(SessionClaims claims) {
        byte[] keyId = keys.currentKeyId().getBytes(StandardCharsets.US_ASCII);
        byte[] header = ByteBuffer.allocate(2 + keyId.length).put(FORMAT).put((byte) keyId.length).put(keyId).array();
        byte[] plain = deflate(encode(claims));
        try {
            byte[] box = new AesGcm(keys.currentKey(), random).seal(plain, header);
            byte[] token = ByteBuffer.allocate(header.length + box.length).put(header).put(box).array();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    public TokenVerification open(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
            return new TokenVerification.Rejected(TokenVerification.Reason.MALFORMED);
        }
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return new TokenVerification.Rejected(TokenVerification.Reason.MALFORMED);
        }
        // The decoder ignores the unused low bits of the last character and accepts padding, so
        // several strings decode to one token; only the one Warden issued is that token.
        if (!Base64.getUrlEncoder().withoutPadding().encodeToString(raw).equals(token)) {
            return new TokenVerification.Rejected(TokenVerification.Reason.MALFORMED);
        }
        if (raw.length < 2 || raw[0] != FORMAT || raw.length < 2 + raw[1] || raw[1] <= 0) {
            return new TokenVerification.Rejected(TokenVerification.Reason.MALFORMED);
        }
        int headerLength = 2 + raw[1];
        String keyId = new String(raw, 2, raw[1], StandardCharsets.US_ASCII);
        Optional<SecretKeySpec> key = keys.key(keyId);
        if (key.isEmpty()) {
            return new TokenVerification.Rejected(TokenVerification.Reason.UNKNOWN_KEY);
        }
        byte[] plain;
        try {
            plain = new AesGcm(key.get(), random).open(Arrays.copyOfRange(raw, headerLength, raw.length),
                    Arrays.copyOfRange(raw, 0, headerLength));
        } catch (SealedBoxException e) {
            return new TokenVerification.Rejected(TokenVerification.Reason.TAMPERED);
        }
        SessionClaims claims;
        try {
            claims = decode(inflate(plain));
        } catch (IOException | DataFormatException | RuntimeException e) {
            // Authentic yet unreadable means a bug or a foreign writer with our key; never trust it.
            return new TokenVerification.Rejected(TokenVerification.Reason.MALFORMED);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
        return claims.isExpiredAt(clock.instant()) ? new TokenVerification.Expired(claims) : new TokenVerification.Valid(claims);
    }

    private static byte[] encode(SessionClaims c) {
        ObjectNode o = JSON.createObjectNode();
        o.put("akid", c.accessKeyId());
        byte[] secret = c.secretAccessKey().bytes();
        // BinaryNode keeps a reference to the array: wipe it only after serializing.
        o.put("sk", secret);
        o.put("acct", c.accountId());
        ObjectNode p = o.putObject("p");
        if (c.principal() instanceof SessionPrincipal.AssumedRole r) {
            p.put("t", "role").put("id", r.roleId()).put("arn", r.roleArn()).put("name", r.roleName())
                    .put("session", r.sessionName());
        } else if (c.principal() instanceof SessionPrincipal.IamUser u) {
            p.put("t", "user").put("id", u.userId()).put("arn", u.userArn()).put("name", u.userName());
        } else if (c.principal() instanceof SessionPrincipal.FederatedUser f) {
            p.put("t", "fed").put("acct", f.accountId()).put("name", f.name()).put("id", f.parentUserId())
                    .put("arn", f.parentUserArn());
        }
        o.put("iat", c.issuedAt().toEpochMilli());
        o.put("exp", c.expiresAt().toEpochMilli());
        if (c.sessionPolicy() != null) {
            o.put("pol", c.sessionPolicy());
        }
        ArrayNode arns = o.putArray("parns");
        c.sessionPolicyArns().forEach(arns::add);
        ArrayNode tags = o.putArray("tags");
        c.sessionTags().forEach(t -> tags.addObject().put("k", t.key()).put("v", t.value()));
        ArrayNode transitive = o.putArray("ttk");
        c.transitiveTagKeys().forEach(transitive::add);
        if (c.sourceIdentity() != null) {
            o.put("sid", c.sourceIdentity());
        }
        o.put("chain", c.roleChained());
        o.put("mfa", c.mfaAuthenticated());
        if (c.federatedProvider() != null) {
            o.put("fp", c.federatedProvider());
        }
        if (!c.webIdentityKeys().isEmpty()) {
            ObjectNode keys = o.putObject("wik");
            c.webIdentityKeys().forEach((key, values) -> {
                ArrayNode array = keys.putArray(key);
                values.forEach(array::add);
            });
        }
        try {
            return JSON.writeValueAsBytes(o);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode session claims", e);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private static SessionClaims decode(byte[] json) throws IOException {
        JsonNode o = JSON.readTree(json);
        JsonNode p = o.get("p");
        SessionPrincipal principal = switch (p.get("t").asText()) {
            case "role" -> new SessionPrincipal.AssumedRole(p.get("id").asText(), p.get("arn").asText(),
                    p.get("name").asText(), p.get("session").asText());
            case "user" -> new SessionPrincipal.IamUser(p.get("id").asText(), p.get("arn").asText(), p.get("name").asText());
            case "fed" -> new SessionPrincipal.FederatedUser(p.get("acct").asText(), p.get("name").asText(),
                    p.get("id").asText(), p.get("arn").asText());
            default -> throw new IOException("unknown principal type");
        };
        byte[] secret = o.get("sk").binaryValue();
        List<String> arns = new ArrayList<>();
        o.get("parns").forEach(n -> arns.add(n.asText()));
        List<Tag> tags = new ArrayList<>();
        o.get("tags").forEach(n -> tags.add(new Tag(n.get("k").asText(), n.get("v").asText())));
        List<String> transitive = new ArrayList<>();
        o.get("ttk").forEach(n -> transitive.add(n.asText()));
        Map<String, List<String>> webIdentityKeys = new LinkedHashMap<>();
        if (o.has("wik")) {
            o.get("wik").fields().forEachRemaining(entry -> {
                List<String> values = new ArrayList<>();
                entry.getValue().forEach(v -> values.add(v.asText()));
                webIdentityKeys.put(entry.getKey(), values);
            });
        }
        try {
            return new SessionClaims(o.get("akid").asText(), SecretAccessKey.fromBytes(secret), o.get("acct").asText(),
                    principal, Instant.ofEpochMilli(o.get("iat").asLong()), Instant.ofEpochMilli(o.get("exp").asLong()),
                    o.hasNonNull("pol") ? o.get("pol").asText() : null, arns, tags, transitive,
                    o.hasNonNull("sid") ? o.get("sid").asText() : null, o.get("chain").asBoolean(),
                    o.get("mfa").asBoolean(), o.hasNonNull("fp") ? o.get("fp").asText() : null, webIdentityKeys);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private static byte[] deflate(byte[] input) {
        try {
            return RawDeflaters.deflate(input);
        } finally {
            Arrays.fill(input, (byte) 0);
        }
    }

    private static byte[] inflate(byte[] input) throws DataFormatException {
        return RawInflater.inflate(input, MAX_CLAIMS_BYTES, "claims");
    }
}
