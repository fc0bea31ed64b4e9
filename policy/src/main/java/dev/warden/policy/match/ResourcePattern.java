package dev.warden.policy.match;

import dev.warden.policy.arn.Arn;
import dev.warden.policy.context.RequestContext;
import java.util.Objects;
import java.util.Optional;

/**
 * One Resource / NotResource entry, compiled once (iam-semantics.md §2.2–§2.4; IAM User Guide "IAM
 * JSON policy elements: Resource").
 *
 * <p>The pattern is split like an ARN. Partition, service, region and account are matched one by
 * one, so a {@code *} there cannot cross a colon; they ignore case (as iam-simulate does; AWS's
 * values there are lower case or digits anyway). The resource part — everything after the fifth
 * colon — is matched as one case-sensitive string in which {@code *} spans {@code /} and {@code :}:
 * {@code arn:aws:s3:::B/*}{@code /test/*} matches {@code B/1/2/test/3/x.jpg} and {@code B//test/x.jpg}
 * but not {@code B/test/x.jpg}. {@code "*"} matches every resource, including a request resource
 * that is not an ARN; other patterns match ARNs only.
 *
 * <p>Policy variables are substituted only in the resource part (variables are allowed only after
 * the fifth colon); elsewhere {@code ${...}} is literal text. Short patterns follow
 * {@link ShortArnMode}; text that is not an ARN pattern at all matches nothing. Immutable and
 * thread-safe.
 */
public final class ResourcePattern {
  private static final String ARN_PREFIX = "arn:";

  private final String source;
  private final boolean everything;
  private final boolean nothing;
  private final Wildcard partition;
  private final Wildcard service;
  private final Wildcard region;
  private final Wildcard account;
  /** The resource part without variables; null when {@link #template} is used. */
  private final Wildcard resource;
  private final WildcardTemplate template;

  private ResourcePattern(
      String source,
      boolean everything,
      boolean nothing,
      Wildcard[] segments,
      Wildcard resource,
      WildcardTemplate template) {
    this.source = source;
    this.everything = everything;
    this.nothing = nothing;
    this.partition = segments == null ? null : segments[0];
    this.service = segments == null ? null : segments[1];
    this.region = segments == null ? null : segments[2];
    this.account = segments == null ? null : segments[3];
    this.resource = resource;
    this.template = template;
  }

  /** Compiles a pattern without policy variables, padding short ARNs (identity-policy rules). */
  public static ResourcePattern compile(String text) {
    return compile(text, false, null, ShortArnMode.PAD_WITH_WILDCARDS);
  }

  /**
   * Compiles a pattern with identity-policy rules for short ARNs.
   *
   * @param substituteVariables true for documents of version 2012-10-17
   * @param templates compiles the resource part when it contains {@code ${}; may be null when
   *     {@code substituteVariables} is false
   */
  public static ResourcePattern compile(String text, boolean substituteVariables, TemplateCompiler templates) {
    return compile(text, substituteVariables, templates, ShortArnMode.PAD_WITH_WILDCARDS);
  }

  public static ResourcePattern compile(
      String text, boolean substituteVariables, TemplateCompiler templates, ShortArnMode shortArns) {
    if (text.equals("*")) {
      return new ResourcePattern(text, true, false, null, null, null);
    }
    if (!text.startsWith(ARN_PREFIX)) {
      return never(text);
    }
    String[] parts = new String[5];
    int from = ARN_PREFIX.length();
    int count = 0;
    while (count < 4) {
      int colon = text.indexOf(':', from);
      if (colon < 0) {
        break;
      }
      parts[count++] = text.substring(from, colon);
      from = colon + 1;
    }
    parts[count++] = text.substring(from);
    if (count < 5) {
      if (shortArns == ShortArnMode.MATCH_NOTHING) {
        return never(text);
      }
      for (int i = count; i < 5; i++) {
        parts[i] = "*";
      }
    }
    Wildcard[] segments = new Wildcard[4];
    for (int i = 0; i < 4; i++) {
      segments[i] = Wildcard.compile(parts[i], true);
    }
    String resourcePart = parts[4];
    if (substituteVariables && resourcePart.contains("${")) {
      Objects.requireNonNull(templates, "a pattern with policy variables needs a TemplateCompiler");
      try {
        return new ResourcePattern(text, false, false, segments, null, templates.compile(resourcePart, false));
      } catch (IllegalArgumentException malformed) {
        // A malformed variable is not a variable: AWS keeps such text literal.
      }
    }
    return new ResourcePattern(text, false, false, segments, Wildcard.compile(resourcePart, false), null);
  }

  private static ResourcePattern never(String text) {
    return new ResourcePattern(text, false, true, null, null, null);
  }

  /** Matches a resource given as text; text that is not an ARN is matched only by {@code "*"}. */
  public boolean matches(String resourceText, RequestContext context) {
    if (everything) {
      return true;
    }
    Optional<Arn> arn = Arn.parse(resourceText);
    return arn.isPresent() && matches(arn.get(), context);
  }

  /** Matches without a request context: a pattern with variables then matches nothing. */
  public boolean matches(String resourceText) {
    return matches(resourceText, RequestContext.empty());
  }

  public boolean matches(Arn arn, RequestContext context) {
    if (everything) {
      return true;
    }
    if (nothing) {
      return false;
    }
    if (!partition.matches(arn.partition())
        || !service.matches(arn.service())
        || !region.matches(arn.region())
        || !account.matches(arn.account())) {
      return false;
    }
    if (resource != null) {
      return resource.matches(arn.resource());
    }
    Optional<Wildcard> resolved = template.resolve(context);
    return resolved.isPresent() && resolved.get().matches(arn.resource());
  }

  public boolean matchesEverything() {
    return everything;
  }

  /** True when the pattern is resolved per request through policy variables. */
  public boolean hasVariables() {
    return template != null;
  }

  /** The entry as written in the policy. */
  public String source() {
    return source;
  }

  @Override
  public String toString() {
    return source;
  }
}
