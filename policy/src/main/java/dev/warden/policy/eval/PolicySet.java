package dev.warden.policy.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every policy that takes part in decisions for one principal (and optionally one resource):
 * identity policies, permissions boundary, session policies, resource-based policy, and the SCP and
 * RCP levels of the organisation (root, OUs, account: each level must allow). Immutable; build it
 * once per principal and reuse it.
 */
public final class PolicySet {
  private final StatementIndex identity;
  private final StatementIndex boundary;
  private final StatementIndex session;
  private final StatementIndex resource;
  private final StatementIndex[] scpLevels;
  private final StatementIndex[] rcpLevels;
  private final boolean hasBoundary;
  private final boolean hasSession;
  private final boolean hasResource;
  private final boolean resourcePolicyRequired;
  private final List<CompiledPolicy> policies;

  private final int slotCount;

  private PolicySet(Builder b) {
    TestSlots slots = new TestSlots();
    this.identity = new StatementIndex(b.identity, slots);
    this.boundary = new StatementIndex(b.boundary, slots);
    this.session = new StatementIndex(b.session, slots);
    this.resource = new StatementIndex(b.resource, slots);
    this.scpLevels = b.scpLevels.stream().map(level -> new StatementIndex(level, slots)).toArray(StatementIndex[]::new);
    this.rcpLevels = b.rcpLevels.stream().map(level -> new StatementIndex(level, slots)).toArray(StatementIndex[]::new);
    this.slotCount = slots.size();
    this.hasBoundary = !b.boundary.isEmpty();
    this.hasSession = b.sessionPolicyPassed;
    this.hasResource = !b.resource.isEmpty();
    this.resourcePolicyRequired = b.resourcePolicyRequired;
    List<CompiledPolicy> all = new ArrayList<>();
    all.addAll(b.identity);
    all.addAll(b.boundary);
    all.addAll(b.session);
    all.addAll(b.resource);
    b.scpLevels.forEach(all::addAll);
    b.rcpLevels.forEach(all::addAll);
    this.policies = List.copyOf(all);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** How many distinct tests the set has: the size of one request's memo. */
  int slotCount() {
    return slotCount;
  }

  StatementIndex identity() {
    return identity;
  }

  StatementIndex boundary() {
    return boundary;
  }

  StatementIndex session() {
    return session;
  }

  StatementIndex resource() {
    return resource;
  }

  StatementIndex[] scpLevels() {
    return scpLevels;
  }

  StatementIndex[] rcpLevels() {
    return rcpLevels;
  }

  boolean hasBoundary() {
    return hasBoundary;
  }

  /** True when the session was created with a session policy (inline or managed ARNs). */
  boolean hasSession() {
    return hasSession;
  }

  boolean hasResource() {
    return hasResource;
  }

  /** Role trust policies (and KMS key policies) must allow the principal themselves. */
  boolean resourcePolicyRequired() {
    return resourcePolicyRequired;
  }

  public List<CompiledPolicy> policies() {
    return policies;
  }

  /** Collects the policies; each list keeps the order given. */
  public static final class Builder {
    private final List<CompiledPolicy> identity = new ArrayList<>();
    private final List<CompiledPolicy> boundary = new ArrayList<>();
    private final List<CompiledPolicy> session = new ArrayList<>();
    private final List<CompiledPolicy> resource = new ArrayList<>();
    private final List<List<CompiledPolicy>> scpLevels = new ArrayList<>();
    private final List<List<CompiledPolicy>> rcpLevels = new ArrayList<>();
    private boolean sessionPolicyPassed;
    private boolean resourcePolicyRequired;

    private Builder() {}

    public Builder identity(CompiledPolicy policy) {
      identity.add(policy);
      return this;
    }

    public Builder identity(List<CompiledPolicy> policies) {
      identity.addAll(policies);
      return this;
    }

    public Builder boundary(CompiledPolicy policy) {
      boundary.add(policy);
      return this;
    }

    /** A session policy passed when the session was created; marks the session as policy-limited. */
    public Builder session(CompiledPolicy policy) {
      session.add(policy);
      sessionPolicyPassed = true;
      return this;
    }

    public Builder resource(CompiledPolicy policy) {
      resource.add(policy);
      return this;
    }

    /** One organisation level (root, an OU, or the account): some SCP at each level must allow. */
    public Builder scpLevel(List<CompiledPolicy> level) {
      scpLevels.add(List.copyOf(level));
      return this;
    }

    public Builder rcpLevel(List<CompiledPolicy> level) {
      rcpLevels.add(List.copyOf(level));
      return this;
    }

    /** For role trust policies: the resource policy must allow even in the same account. */
    public Builder resourcePolicyRequired(boolean required) {
      this.resourcePolicyRequired = required;
      return this;
    }

    public Optional<CompiledPolicy> firstResource() {
      return resource.stream().findFirst();
    }

    public PolicySet build() {
      return new PolicySet(this);
    }
  }
}
