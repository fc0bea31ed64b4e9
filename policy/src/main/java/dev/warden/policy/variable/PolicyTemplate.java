package dev.warden.policy.variable;

import dev.warden.policy.context.ContextValue;
import dev.warden.policy.context.RequestContext;
import dev.warden.policy.match.Wildcard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Policy text that may contain variables ({@code ${aws:username}}, {@code ${aws:PrincipalTag/team,
 * 'company-wide'}}) and the escapes {@code ${*}}, {@code ${?}}, {@code ${$}}. Parsed once, resolved
 * per request. Immutable and thread-safe.
 *
 * <p>Rules (IAM User Guide, reference_policies_variables):
 *
 * <ul>
 *   <li>Only documents with {@code "Version": "2012-10-17"} substitute variables; otherwise the
 *       caller parses with {@code substitute = false} and the whole text is literal.
 *   <li>Variable names are context keys, looked up case-insensitively.
 *   <li>A key with no usable value resolves to the default when one is given; otherwise the whole
 *       template is unresolved ({@link Optional#empty()}), which makes positive matches fail and
 *       negated matches succeed.
 *   <li>Multivalued keys (list-typed context values) cannot be variables: they count as having no
 *       usable value, whatever the number of values in the request.
 *   <li>Variable values and the escapes are literal text; only the policy's own {@code *} and
 *       {@code ?} are wildcards.
 * </ul>
 *
 * <p>Syntax accepted: {@code ${NAME}} or {@code ${NAME, 'DEFAULT'}}, where NAME has no whitespace and
 * none of {@code $ { } ' , * ?}, and DEFAULT has no {@code '}. Whitespace around the comma is
 * tolerated (the docs show exactly one space after it). A {@code $} not followed by {@code {} and a
 * lone {@code }} are literal characters.
 */
public final class PolicyTemplate {
  private final String source;
  private final List<TemplatePart> parts;
  private final boolean hasVariables;
  /** Compiled lazily for templates without variables; benign race, Wildcard is immutable. */
  private Wildcard cachedSensitive;

  private Wildcard cachedInsensitive;

  private PolicyTemplate(String source, List<TemplatePart> parts) {
    this.source = source;
    this.parts = List.copyOf(parts);
    this.hasVariables = this.parts.stream().anyMatch(p -> p instanceof TemplatePart.Variable);
  }

  /**
   * Parses {@code text}. With {@code substitute} false (policy Version 2008-10-17 or absent) the
   * text is kept literally and never fails.
   *
   * @throws PolicyTemplateException for a malformed {@code ${...}} when substituting
   */
  public static PolicyTemplate parse(String text, boolean substitute) {
    if (!substitute || text.indexOf("${") < 0) {
      return new PolicyTemplate(text, text.isEmpty() ? List.of() : List.of(new TemplatePart.Literal(text)));
    }
    return new PolicyTemplate(text, TemplateParser.parse(text));
  }

  /** A template that is exactly {@code text}, with no variables. */
  public static PolicyTemplate literal(String text) {
    return parse(text, false);
  }

  public String source() {
    return source;
  }

  public List<TemplatePart> parts() {
    return parts;
  }

  /** True when resolution depends on the request (the template has at least one variable). */
  public boolean hasVariables() {
    return hasVariables;
  }

  /** The variables in order of appearance. */
  public List<TemplatePart.Variable> variables() {
    List<TemplatePart.Variable> out = new ArrayList<>();
    for (TemplatePart part : parts) {
      if (part instanceof TemplatePart.Variable v) {
        out.add(v);
      }
    }
    return out;
  }

  /** The text with variables substituted, for equality-type comparisons; empty when unresolved. */
  public Optional<String> resolve(RequestContext ctx) {
    return Optional.ofNullable(resolveOrNull(ctx, null));
  }

  /** As {@link #resolve(RequestContext)}, recording what was looked up into {@code trace}. */
  public Optional<String> resolve(RequestContext ctx, VariableTrace trace) {
    return Optional.ofNullable(resolveOrNull(ctx, trace));
  }

  /**
   * The substituted text, or {@code null} when a variable without default has no usable value.
   * {@code trace} may be null. Allocation-free when the template has no variables.
   */
  public String resolveOrNull(RequestContext ctx, VariableTrace trace) {
    if (parts.size() == 1 && parts.get(0) instanceof TemplatePart.Literal only) {
      return only.text();
    }
    StringBuilder out = new StringBuilder(source.length());
    for (TemplatePart part : parts) {
      if (part instanceof TemplatePart.Literal literal) {
        out.append(literal.text());
      } else if (part instanceof TemplatePart.Escape escape) {
        out.append(escape.character());
      } else {
        String value = valueOf((TemplatePart.Variable) part, ctx, trace);
        if (value == null) {
          return null;
        }
        out.append(value);
      }
    }
    return out.toString();
  }

  /**
   * The template as a wildcard pattern for Like operators and Resource matching: the policy's own
   * {@code *} and {@code ?} are wildcards; variable values and the escapes are literal. Empty when a
   * variable without default has no usable value.
   */
  public Optional<Wildcard> toWildcard(RequestContext ctx, boolean ignoreCase) {
    return Optional.ofNullable(toWildcardOrNull(ctx, ignoreCase, null));
  }

  /** As {@link #toWildcard(RequestContext, boolean)}, recording lookups into {@code trace}. */
  public Optional<Wildcard> toWildcard(RequestContext ctx, boolean ignoreCase, VariableTrace trace) {
    return Optional.ofNullable(toWildcardOrNull(ctx, ignoreCase, trace));
  }

  /** The wildcard, or {@code null} when unresolved; {@code trace} may be null. */
  public Wildcard toWildcardOrNull(RequestContext ctx, boolean ignoreCase, VariableTrace trace) {
    if (!hasVariables) {
      return constantWildcard(ignoreCase);
    }
    Wildcard.Builder builder = Wildcard.builder(ignoreCase);
    for (TemplatePart part : parts) {
      if (part instanceof TemplatePart.Literal literal) {
        appendPattern(builder, literal.text());
      } else if (part instanceof TemplatePart.Escape escape) {
        builder.literal(escape.character());
      } else {
        String value = valueOf((TemplatePart.Variable) part, ctx, trace);
        if (value == null) {
          return null;
        }
        builder.literal(value);
      }
    }
    return builder.build();
  }

  /** The wildcard of a template without variables; no request needed. */
  public Wildcard constantWildcard(boolean ignoreCase) {
    if (hasVariables) {
      throw new IllegalStateException("template has variables: " + source);
    }
    Wildcard cached = ignoreCase ? cachedInsensitive : cachedSensitive;
    if (cached != null) {
      return cached;
    }
    Wildcard.Builder builder = Wildcard.builder(ignoreCase);
    for (TemplatePart part : parts) {
      if (part instanceof TemplatePart.Literal literal) {
        appendPattern(builder, literal.text());
      } else {
        builder.literal(((TemplatePart.Escape) part).character());
      }
    }
    Wildcard built = builder.build();
    if (ignoreCase) {
      cachedInsensitive = built;
    } else {
      cachedSensitive = built;
    }
    return built;
  }

  /**
   * Splits the template at the first {@code maxParts - 1} occurrences of {@code separator} in its
   * literal text. Separators inside variable names, variable values or escapes never split, so
   * {@code arn:aws:iam::1:user/${aws:username}} has six parts.
   */
  public List<PolicyTemplate> split(char separator, int maxParts) {
    List<PolicyTemplate> out = new ArrayList<>();
    List<TemplatePart> current = new ArrayList<>();
    StringBuilder currentSource = new StringBuilder();
    for (TemplatePart part : parts) {
      if (part instanceof TemplatePart.Literal literal) {
        String text = literal.text();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
          if (text.charAt(i) == separator && out.size() < maxParts - 1) {
            addLiteral(current, currentSource, text.substring(start, i));
            out.add(new PolicyTemplate(currentSource.toString(), current));
            current = new ArrayList<>();
            currentSource.setLength(0);
            start = i + 1;
          }
        }
        addLiteral(current, currentSource, text.substring(start));
      } else {
        current.add(part);
        currentSource.append(sourceOf(part));
      }
    }
    out.add(new PolicyTemplate(currentSource.toString(), current));
    return out;
  }

  private static void addLiteral(List<TemplatePart> parts, StringBuilder source, String text) {
    if (!text.isEmpty()) {
      parts.add(new TemplatePart.Literal(text));
      source.append(text);
    }
  }

  private static String sourceOf(TemplatePart part) {
    if (part instanceof TemplatePart.Escape escape) {
      return "${" + escape.character() + "}";
    }
    TemplatePart.Variable v = (TemplatePart.Variable) part;
    return v.defaultValue().map(d -> "${" + v.name() + ", '" + d + "'}").orElse("${" + v.name() + "}");
  }

  private static void appendPattern(Wildcard.Builder builder, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '*') {
        builder.anyRun();
      } else if (c == '?') {
        builder.anyChar();
      } else {
        builder.literal(c);
      }
    }
  }

  /**
   * The value a variable takes in {@code ctx} under the rules above (its default when the key has no
   * usable value), or {@code null} when it stays unresolved.
   */
  public static String valueOrNull(TemplatePart.Variable variable, RequestContext ctx) {
    return valueOf(variable, ctx, null);
  }

  private static String valueOf(TemplatePart.Variable variable, RequestContext ctx, VariableTrace trace) {
    Optional<ContextValue> found = ctx.get(variable.name());
    if (found.isPresent() && !found.get().multiValued()) {
      String value = found.get().value();
      if (trace != null) {
        trace.resolved(variable.name(), value);
      }
      return value;
    }
    if (variable.defaultValue().isPresent()) {
      String value = variable.defaultValue().get();
      if (trace != null) {
        trace.resolved(variable.name(), value);
      }
      return value;
    }
    if (trace != null) {
      trace.missing(variable.name());
    }
    return null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PolicyTemplate other && other.parts.equals(parts);
  }

  @Override
  public int hashCode() {
    return parts.hashCode();
  }

  @Override
  public String toString() {
    return source;
  }
}
