package dev.warden.policy.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The statements of some policies, indexed so a request only looks at statements that can apply:
 * first by the service prefix their actions can match, then, per distinct action, by whether the
 * Action element matches (remembered in a bounded cache, since action matching does not depend on
 * the request context). Statements that can match any service (NotAction, wildcards in the prefix)
 * are in every service bucket.
 */
final class StatementIndex {
  /** Views kept per index; past this, views are computed per request and not kept. */
  static final int MAX_CACHED_ACTIONS = 4096;
  private static final IndexedStatement[] NONE = new IndexedStatement[0];

  private final Map<String, IndexedStatement[]> byService;
  private final IndexedStatement[] anyService;
  private final int size;
  private final ConcurrentHashMap<String, ActionView> views = new ConcurrentHashMap<>();

  StatementIndex(List<CompiledPolicy> policies, TestSlots slots) {
    List<IndexedStatement> all = new ArrayList<>();
    Set<String> services = new LinkedHashSet<>();
    for (CompiledPolicy policy : policies) {
      for (CompiledStatement statement : policy.statements()) {
        all.add(new IndexedStatement(statement, slots));
        Set<String> own = statement.action().services();
        if (own != null) {
          services.addAll(own);
        }
      }
    }
    this.size = all.size();
    this.byService = new HashMap<>();
    for (String service : services) {
      byService.put(service, select(all, service));
    }
    this.anyService = select(all, null);
  }

  private static IndexedStatement[] select(List<IndexedStatement> all, String service) {
    List<IndexedStatement> out = new ArrayList<>();
    for (IndexedStatement indexed : all) {
      Set<String> own = indexed.statement.action().services();
      if (own == null || (service != null && own.contains(service))) {
        out.add(indexed);
      }
    }
    return out.isEmpty() ? NONE : out.toArray(NONE);
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** The statements whose Action/NotAction matches {@code action}. */
  ActionView view(AuthorizationRequest request) {
    String action = request.action();
    ActionView view = views.get(action);
    if (view != null) {
      return view;
    }
    IndexedStatement[] candidates = byService.get(request.servicePrefix());
    view = new ActionView(candidates != null ? candidates : anyService, action);
    if (views.size() < MAX_CACHED_ACTIONS) {
      views.putIfAbsent(action, view);
    }
    return view;
  }

  /** The statements of an index that match one action, split by effect. */
  static final class ActionView {
    /** Every matching statement in document order, for explanations. */
    final IndexedStatement[] denies;
    final IndexedStatement[] allows;
    /** One statement per signature: enough to decide, since equal signatures give equal answers. */
    final IndexedStatement[] distinctDenies;
    final IndexedStatement[] distinctAllows;

    ActionView(IndexedStatement[] candidates, String action) {
      List<IndexedStatement> deny = new ArrayList<>();
      List<IndexedStatement> allow = new ArrayList<>();
      Map<String, IndexedStatement> distinctDeny = new LinkedHashMap<>();
      Map<String, IndexedStatement> distinctAllow = new LinkedHashMap<>();
      for (IndexedStatement candidate : candidates) {
        if (!candidate.statement.action().matches(action)) {
          continue;
        }
        if (candidate.statement.isDeny()) {
          deny.add(candidate);
          distinctDeny.putIfAbsent(candidate.signature, candidate);
        } else {
          allow.add(candidate);
          distinctAllow.putIfAbsent(candidate.signature, candidate);
        }
      }
      this.denies = deny.toArray(NONE);
      this.allows = allow.toArray(NONE);
      this.distinctDenies = distinctDeny.values().toArray(NONE);
      this.distinctAllows = distinctAllow.values().toArray(NONE);
    }
  }
}
