package dev.warden.bench.differential;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The disagreement categories docs/CONFORMANCE.md accounts for. A category is documented by a
 * heading {@code ### `category-code`}; under the heading "Open bugs" the same form lists known Warden
 * bugs, and case ids ({@code c000123}) listed there are excused one by one.
 */
record ConformanceList(Set<String> justified, Set<String> openBugs, Set<String> excusedCases) {
  private static final Pattern HEADING = Pattern.compile("^###\\s+`([A-Za-z0-9:_./-]+)`");
  private static final Pattern CASE_ID = Pattern.compile("`(c\\d{6})`");

  static ConformanceList parse(String markdown) {
    Set<String> justified = new LinkedHashSet<>();
    Set<String> bugs = new LinkedHashSet<>();
    Set<String> cases = new LinkedHashSet<>();
    boolean inBugs = false;
    for (String line : markdown.split("\n")) {
      if (line.startsWith("## ")) {
        inBugs = line.toLowerCase(java.util.Locale.ROOT).contains("open bugs");
        continue;
      }
      Matcher heading = HEADING.matcher(line);
      if (heading.find()) {
        (inBugs ? bugs : justified).add(heading.group(1));
        continue;
      }
      if (inBugs) {
        Matcher id = CASE_ID.matcher(line);
        while (id.find()) {
          cases.add(id.group(1));
        }
      }
    }
    return new ConformanceList(Set.copyOf(justified), Set.copyOf(bugs), Set.copyOf(cases));
  }

  /** A combined code ("a+b", several known differences at once) is accounted for when each part is. */
  boolean accounts(String category, String caseId) {
    if (excusedCases.contains(caseId)) {
      return true;
    }
    for (String part : category.split("\\+")) {
      if (!justified.contains(part) && !openBugs.contains(part)) {
        return false;
      }
    }
    return true;
  }
}
