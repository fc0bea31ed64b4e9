package dev.warden.insight.scan;

import dev.warden.core.home.WardenHomeSettings;
import dev.warden.core.secret.MasterKey;
import dev.warden.core.secret.MasterKeyFile;
import dev.warden.core.sts.SessionClaims;
import dev.warden.core.sts.SessionTokenCodec;
import dev.warden.core.sts.SessionTokenKeys;
import dev.warden.core.sts.TokenVerification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/**
 * Session tokens opened with the home's token keys (derived from its master key), the way the
 * server verifies them: a token that opens is a Warden session, and says whose and until when.
 */
public final class WardenSessionTokenReader implements SessionTokenReader {
  private final SessionTokenCodec codec;

  public WardenSessionTokenReader(SessionTokenKeys keys, Clock clock) {
    this.codec = new SessionTokenCodec(keys, new SecureRandom(), clock);
  }

  /**
   * The reader for a home's settings: its operator master key, else {@code master.key} in the home
   * when that file exists (it is never created here); empty when there is no key to read with.
   */
  public static Optional<SessionTokenReader> forHome(WardenHomeSettings settings, Clock clock) {
    MasterKey master = settings.operatorMasterKey();
    Path keyFile = settings.home().resolve("master.key");
    if (master == null && Files.isRegularFile(keyFile)) {
      master = MasterKeyFile.load(keyFile);
    }
    if (master == null) {
      return Optional.empty();
    }
    return Optional.of(new WardenSessionTokenReader(
        new SessionTokenKeys(master, settings.tokenKeyId(), settings.acceptedTokenKeyIds()), clock));
  }

  @Override
  public Optional<SessionFacts> read(String token) {
    if (token.length() > SessionTokenCodec.MAX_TOKEN_CHARS) {
      return Optional.empty();
    }
    TokenVerification verification = codec.open(token);
    if (verification instanceof TokenVerification.Valid valid) {
      return Optional.of(facts(valid.claims(), false));
    }
    if (verification instanceof TokenVerification.Expired expired) {
      return Optional.of(facts(expired.claims(), true));
    }
    return Optional.empty();
  }

  private static SessionFacts facts(SessionClaims claims, boolean expired) {
    return new SessionFacts(claims.accessKeyId(), claims.principal().arn(claims.accountId()), claims.expiresAt(), expired);
  }
}
