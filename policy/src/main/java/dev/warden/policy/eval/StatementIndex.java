package dev.warden.policy.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statements of some policies, split by effect and indexed by the service prefix their actions
 * can match, so a request for {@code s3:GetObject} never looks at a statement about {@code sqs:*}.
 * Statements that can match any service (NotAction, wildcards in the prefix) are in every bucket.
 */
final class StatementIndex {
  private static final CompiledStatement[] NONE = new CompiledStatement[0];
  static final StatementIndex EMPTY = new StatementIndex(List.of());

  private final Map<String, CompiledStatement[]> denies;
  private final Map<String, CompiledStatement[]> allows;
  private final CompiledStatement[] anyServiceDenies;
  private final CompiledStatement[] anyServiceAllows;
  private final int size;

  StatementIndex(List<CompiledPolicy> policies) {
    List<CompiledStatement> all = new ArrayList<>();
    Set<String> services = new LinkedHashSet<>();
    for (CompiledPolicy policy : policies) {
      for (CompiledStatement statement : policy.statements()) {
        all.add(statement);
        Set<String> own = statement.action().services();
        if (own != null) {
          services.addAll(own);
        }
      }
    }
    this.size = all.size();
    this.denies = new HashMap<>();
    this.allows = new HashMap<>();
    for (String service : services) {
      denies.put(service, select(all, service, true));
      allows.put(service, select(all, service, false));
    }
    this.anyServiceDenies = select(all, null, true);
    this.anyServiceAllows = select(all, null, false);
  }

  private static CompiledStatement[] select(List<CompiledStatement> all, String service, boolean deny) {
    List<CompiledStatement> out = new ArrayList<>();
    for (CompiledStatement statement : all) {
      if (statement.isDeny() != deny) {
        continue;
      }
      Set<String> own = statement.action().services();
      if (own == null || (service != null && own.contains(service))) {
        out.add(statement);
      }
    }
    return out.isEmpty() ? NONE : out.toArray(NONE);
  }

  boolean isEmpty() {
    return size == 0;
  }

  CompiledStatement[] denies(String service) {
    CompiledStatement[] found = denies.get(service);
    return found != null ? found : anyServiceDenies;
  }

  CompiledStatement[] allows(String service) {
    CompiledStatement[] found = allows.get(service);
    return found != null ? found : anyServiceAllows;
  }
}
