package dev.warden.core.iam;

import dev.warden.core.error.IamException;
import dev.warden.core.model.OpenIdConnectProvider;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The constraints of the OpenID Connect provider parameters: the URL (https, a host name, an optional
 * path, no port, query or fragment; iam-semantics §6.7), the client ids (1-255 characters, at most
 * 100), the thumbprints (40 hex digits, at most 5) and the provider ARN.
 */
final class OidcProviderInputs {
    static final int MAX_URL_CHARS = 255;
    static final int MAX_CLIENT_IDS = 100;
    static final int MAX_CLIENT_ID_CHARS = 255;
    static final int MAX_THUMBPRINTS = 5;
    static final int THUMBPRINT_CHARS = 40;

    private static final Pattern URL = Pattern.compile(
            "https://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*(/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*)?");
    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]{40}");

    private OidcProviderInputs() {
    }

    /** The URL without {@code https://}, as stored and as the ARN ends. */
    static String urlWithoutScheme(String url) {
        IamInputRules.required("url", url);
        if (url.isEmpty() || url.length() > MAX_URL_CHARS) {
            throw IamException.validation("url", shown(url), url.isEmpty()
                    ? "Member must have length greater than or equal to 1"
                    : "Member must have length less than or equal to " + MAX_URL_CHARS);
        }
        if (!URL.matcher(url).matches()) {
            throw IamException.invalidInput("Invalid Open ID Connect Provider URL");
        }
        return url.substring(OpenIdConnectProvider.SCHEME.length());
    }

    /** Checks each client id and drops repeats, keeping the first occurrence's place. */
    static List<String> clientIds(List<String> clientIds) {
        if (clientIds == null) {
            return List.of();
        }
        for (String id : clientIds) {
            clientId(id);
        }
        List<String> unique = new ArrayList<>(new LinkedHashSet<>(clientIds));
        requireClientIdQuota(unique.size());
        return unique;
    }

    static String clientId(String id) {
        IamInputRules.required("clientID", id);
        if (id.isEmpty() || id.length() > MAX_CLIENT_ID_CHARS) {
            throw IamException.validation("clientID", shown(id), id.isEmpty()
                    ? "Member must have length greater than or equal to 1"
                    : "Member must have length less than or equal to " + MAX_CLIENT_ID_CHARS);
        }
        return id;
    }

    static void requireClientIdQuota(int count) {
        if (count > MAX_CLIENT_IDS) {
            throw IamException.limitExceeded("Cannot exceed quota for ClientIdsPerOpenIdConnectProvider: "
                    + MAX_CLIENT_IDS);
        }
    }

    static List<String> thumbprints(List<String> thumbprints) {
        if (thumbprints == null) {
            return List.of();
        }
        for (String t : thumbprints) {
            IamInputRules.required("thumbprintList.member", t);
            if (t.length() != THUMBPRINT_CHARS) {
                throw IamException.validation("thumbprintList.member", shown(t), t.length() < THUMBPRINT_CHARS
                        ? "Member must have length greater than or equal to " + THUMBPRINT_CHARS
                        : "Member must have length less than or equal to " + THUMBPRINT_CHARS);
            }
            if (!HEX.matcher(t).matches()) {
                throw IamException.invalidInput("Thumbprint " + t + " is not a hex-encoded SHA-1 fingerprint.");
            }
        }
        List<String> unique = new ArrayList<>(new LinkedHashSet<>(thumbprints));
        if (unique.size() > MAX_THUMBPRINTS) {
            throw IamException.limitExceeded("Cannot exceed quota for ThumbprintsPerOpenIdConnectProvider: "
                    + MAX_THUMBPRINTS);
        }
        return unique;
    }

    /**
     * Checks an {@code OpenIDConnectProviderArn} parameter. An ARN of another account names no provider
     * of this one (NoSuchEntity, like a missing provider); anything that is not an OIDC provider ARN is
     * InvalidInput.
     */
    static String providerArn(String arn, String accountId) {
        IamInputRules.required("openIDConnectProviderArn", arn);
        if (arn.length() < 20 || arn.length() > 2048) {
            throw IamException.validation("openIDConnectProviderArn", shown(arn), arn.length() < 20
                    ? "Member must have length greater than or equal to 20"
                    : "Member must have length less than or equal to 2048");
        }
        if (!arn.matches("arn:aws:iam::[0-9]{12}:oidc-provider/.+")) {
            throw IamException.invalidInput("ARN " + shown(arn) + " is not valid.");
        }
        if (!arn.startsWith("arn:aws:iam::" + accountId + ":")) {
            throw notFound(arn);
        }
        return arn;
    }

    static IamException notFound(String arn) {
        return IamException.noSuchEntity("OpenIDConnect Provider not found for arn " + arn);
    }

    private static String shown(String value) {
        return value.length() <= 128 ? value : value.substring(0, 128) + "...";
    }
}
