package dev.warden.cli;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Who {@code warden exec} acts as and where Warden is, found as the AWS SDKs find them: keys from
 * {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}/{@code AWS_SESSION_TOKEN}, else the profile
 * ({@code AWS_PROFILE}, else {@code default}) in the shared credentials and config files; the endpoint
 * from {@code AWS_ENDPOINT_URL_STS}, {@code AWS_ENDPOINT_URL}, else the profile's {@code endpoint_url};
 * the region from {@code AWS_REGION}, {@code AWS_DEFAULT_REGION}, the profile, else {@code us-east-1}.
 */
record CallerSettings(String accessKeyId, SigningSecret secret, Optional<String> sessionToken, String endpoint,
    String region, String source) {

  static final String DEFAULT_REGION = "us-east-1";

  /** @throws IllegalStateException with a sentence saying what is missing */
  static CallerSettings resolve(Map<String, String> env) throws IOException {
    String profileName = Optional.ofNullable(blankToNull(env.get("AWS_PROFILE")))
        .or(() -> Optional.ofNullable(blankToNull(env.get("AWS_DEFAULT_PROFILE")))).orElse("default");
    AwsProfileFiles files = AwsProfileFiles.read(env);
    Map<String, String> profile = files.profile(profileName);

    String accessKeyId = blankToNull(env.get("AWS_ACCESS_KEY_ID"));
    String secret = blankToNull(env.get("AWS_SECRET_ACCESS_KEY"));
    String token;
    String source;
    if (accessKeyId != null && secret != null) {
      token = blankToNull(env.get("AWS_SESSION_TOKEN"));
      source = "environment variables";
    } else {
      accessKeyId = blankToNull(profile.get("aws_access_key_id"));
      secret = blankToNull(profile.get("aws_secret_access_key"));
      token = blankToNull(profile.get("aws_session_token"));
      source = "profile " + profileName;
      if (accessKeyId == null || secret == null) {
        throw new IllegalStateException("no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or"
            + " a profile with keys (AWS_PROFILE=" + profileName + " has none"
            + (files.hasProfile(profileName) ? "" : "; no such profile") + "). Try: eval \"$(./warden env)\"");
      }
    }
    String endpoint = Optional.ofNullable(blankToNull(env.get("AWS_ENDPOINT_URL_STS")))
        .or(() -> Optional.ofNullable(blankToNull(env.get("AWS_ENDPOINT_URL"))))
        .or(() -> Optional.ofNullable(blankToNull(profile.get("endpoint_url"))))
        .orElseThrow(() -> new IllegalStateException("no Warden endpoint: set AWS_ENDPOINT_URL (or AWS_ENDPOINT_URL_STS,"
            + " or endpoint_url in profile " + profileName + "). Try: eval \"$(./warden env)\""));
    String region = Optional.ofNullable(blankToNull(env.get("AWS_REGION")))
        .or(() -> Optional.ofNullable(blankToNull(env.get("AWS_DEFAULT_REGION"))))
        .or(() -> Optional.ofNullable(blankToNull(profile.get("region")))).orElse(DEFAULT_REGION);
    while (endpoint.endsWith("/")) {
      endpoint = endpoint.substring(0, endpoint.length() - 1);
    }
    return new CallerSettings(accessKeyId, new SigningSecret(secret), Optional.ofNullable(token), endpoint, region,
        source);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
