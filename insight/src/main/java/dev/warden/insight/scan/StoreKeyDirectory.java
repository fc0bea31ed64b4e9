package dev.warden.insight.scan;

import dev.warden.core.model.AccessKey;
import dev.warden.core.model.AccessKeyStatus;
import dev.warden.core.model.User;
import dev.warden.core.store.Store;
import java.time.Instant;
import java.util.Optional;

/**
 * Key ids looked up in Warden's own store through the core's storage port (read transactions only).
 * Long-term keys are stored; session keys are not (their sealed token carries everything), so an
 * ASIA id is reported as temporary.
 */
public final class StoreKeyDirectory implements KeyDirectory {
  private final Store store;

  public StoreKeyDirectory(Store store) {
    this.store = store;
  }

  @Override
  public KeyStanding lookup(String accessKeyId) {
    if (accessKeyId.startsWith("ASIA")) {
      return KeyStanding.of(Standing.TEMPORARY);
    }
    return store.read(tx -> {
      Optional<AccessKey> key = tx.accessKeys().find(accessKeyId).map(stored -> stored.key());
      if (key.isEmpty()) {
        return KeyStanding.of(Standing.UNKNOWN);
      }
      String arn = tx.users().findById(key.get().userId()).map(User::arn).orElse(null);
      Instant lastUsed = key.get().lastUsed() == null ? null : key.get().lastUsed().date();
      return KeyStanding.ofKey(key.get().status() == AccessKeyStatus.Active, key.get().userName(), arn, lastUsed);
    });
  }
}
