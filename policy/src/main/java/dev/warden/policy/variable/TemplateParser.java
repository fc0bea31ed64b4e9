package dev.warden.policy.variable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Cuts policy text into literal text, escapes and variables; see {@link PolicyTemplate}. */
final class TemplateParser {
  private TemplateParser() {}

  static List<TemplatePart> parse(String text) {
    List<TemplatePart> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("${", i)) {
        int close = closingBrace(text, i);
        if (literal.length() > 0) {
          parts.add(new TemplatePart.Literal(literal.toString()));
          literal.setLength(0);
        }
        parts.add(variable(text, i, close));
        i = close + 1;
      } else {
        literal.append(text.charAt(i));
        i++;
      }
    }
    if (literal.length() > 0) {
      parts.add(new TemplatePart.Literal(literal.toString()));
    }
    return parts;
  }

  /** The index of the brace closing the variable opened at {@code start}; quotes may hide braces. */
  private static int closingBrace(String text, int start) {
    boolean quoted = false;
    boolean afterComma = false;
    for (int i = start + 2; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' && !quoted) {
        afterComma = true;
      } else if (c == '\'' && afterComma) {
        quoted = !quoted;
      } else if (c == '}' && !quoted) {
        return i;
      } else if (c == '$' && !quoted && text.startsWith("${", i)) {
        throw new PolicyTemplateException("Variable is missing its closing brace", text, start);
      }
    }
    throw new PolicyTemplateException("Variable is missing its closing brace", text, start);
  }

  private static TemplatePart variable(String text, int start, int close) {
    String body = text.substring(start + 2, close);
    if (body.isEmpty()) {
      throw new PolicyTemplateException("Empty variable", text, start);
    }
    if (body.length() == 1 && (body.charAt(0) == '*' || body.charAt(0) == '?' || body.charAt(0) == '$')) {
      return new TemplatePart.Escape(body.charAt(0));
    }
    int comma = body.indexOf(',');
    String name = comma < 0 ? body : body.substring(0, comma);
    int nameEnd = comma < 0 ? body.length() : comma;
    // Whitespace is allowed only before the comma of a default, never inside or around the name.
    String trimmedName = comma < 0 ? name : stripTrailingSpaces(name);
    checkName(text, start, trimmedName, nameEnd);
    if (comma < 0) {
      return new TemplatePart.Variable(trimmedName, Optional.empty(), start);
    }
    String afterComma = body.substring(comma + 1);
    String rest = afterComma.strip();
    if (rest.length() < 2 || rest.charAt(0) != '\'' || rest.charAt(rest.length() - 1) != '\'') {
      int leadingSpaces = afterComma.length() - afterComma.stripLeading().length();
      throw new PolicyTemplateException(
          "Default value must be single-quoted, as in ${key, 'default'}",
          text,
          start + 2 + comma + 1 + leadingSpaces);
    }
    String defaultValue = rest.substring(1, rest.length() - 1);
    if (defaultValue.indexOf('\'') >= 0) {
      throw new PolicyTemplateException("Default value cannot contain a single quote", text, start);
    }
    return new TemplatePart.Variable(trimmedName, Optional.of(defaultValue), start);
  }

  private static String stripTrailingSpaces(String name) {
    int end = name.length();
    while (end > 0 && Character.isWhitespace(name.charAt(end - 1))) {
      end--;
    }
    return name.substring(0, end);
  }

  private static void checkName(String text, int start, String name, int nameEnd) {
    if (name.isEmpty()) {
      throw new PolicyTemplateException("Empty variable", text, start);
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c)) {
        throw new PolicyTemplateException("Variable name cannot contain spaces", text, start + 2 + i);
      }
      if ("${}',*?".indexOf(c) >= 0) {
        throw new PolicyTemplateException(
            "Variable name cannot contain '" + c + "'", text, start + 2 + i);
      }
    }
  }
}
