package dev.warden.catalog.lint;

import dev.warden.catalog.Catalog;
import dev.warden.catalog.ConditionKey;
import dev.warden.catalog.ConditionKeyType;
import dev.warden.catalog.Suggestions;
import dev.warden.policy.document.ConditionEntry;
import dev.warden.policy.document.PolicyKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Condition keys against the catalogue: does the key exist, does any action of the statement
 * support it, does the operator fit its type, do the values.
 *
 * <p>Keys whose prefix is neither {@code aws} nor a known service nor declared anywhere (an OIDC
 * provider's {@code token.actions.githubusercontent.com:sub}, say) are left alone: any identity
 * provider can define them. Global keys count as supported by every action.
 */
final class ConditionKeyCheck implements StatementCheck {
  private final Catalog catalog;
  private final Suggestions suggestions;

  ConditionKeyCheck(Catalog catalog) {
    this.catalog = catalog;
    this.suggestions = new Suggestions(catalog);
  }

  @Override
  public void check(StatementFacts statement, PolicyKind kind, List<Finding> findings) {
    for (ConditionEntry entry : statement.statement().conditions()) {
      FindingLocation location = FindingLocation.condition(statement.index(), entry.operator(), entry.key(), entry.position());
      String key = entry.key();
      int colon = key.indexOf(':');
      String prefix = colon > 0 ? key.substring(0, colon) : "";
      Optional<ConditionKey> global = catalog.globalConditionKey(key);
      Optional<ConditionKey> resolved = global.isPresent() ? global : catalog.conditionKey(key);
      if (resolved.isEmpty()) {
        if (prefix.equalsIgnoreCase("aws")) {
          findings.add(Finding.of(CatalogCheck.INVALID_GLOBAL_CONDITION_KEY,
              "The global condition key \"" + key + "\" does not exist.", location));
        } else if (catalog.service(prefix).isPresent()) {
          findings.add(Finding.of(CatalogCheck.INVALID_SERVICE_CONDITION_KEY,
              "The condition key \"" + key + "\" does not exist in the service " + prefix.toLowerCase(Locale.ROOT) + "."
                  + ActionNameCheck.didYouMean(suggestions.forConditionKey(key, 3)),
              location));
        }
        continue;
      }
      ConditionKey declared = resolved.get();
      if (global.isEmpty() && !supportedByAnAction(statement, key)) {
        findings.add(Finding.of(CatalogCheck.UNSUPPORTED_CONDITION_KEY,
            "No action of this statement supports the condition key \"" + key + "\": their requests never carry it,"
                + " so the condition tests a missing key (false for most operators, true for negated ones and IfExists)"
                + " rather than restricting them. Move it to a statement whose actions support it.",
            location));
      }
      checkType(entry, declared, location, findings);
    }
  }

  private boolean supportedByAnAction(StatementFacts statement, String key) {
    if (statement.negatedActions() || statement.coversEveryAction() || !statement.hasKnownActions()) {
      return true; // nothing definite to say
    }
    return statement.matchedActions().anyMatch(a -> catalog.supportsConditionKey(a, key));
  }

  private void checkType(ConditionEntry entry, ConditionKey key, FindingLocation location, List<Finding> findings) {
    ConditionOperator operator = ConditionOperator.parse(entry.operator());
    ConditionKeyType type = key.type();
    if (operator.qualifier() == ConditionOperator.Qualifier.FOR_ALL_VALUES && !type.multiValued()) {
      findings.add(Finding.of(CatalogCheck.FORALLVALUES_WITH_SINGLE_VALUED_KEY,
          "ForAllValues with the single-valued key \"" + entry.key() + "\" is also true when the request lacks the key."
              + " Remove ForAllValues:.",
          location));
    }
    if (!operator.family().fits(type.baseType())) {
      findings.add(Finding.of(CatalogCheck.TYPE_MISMATCH,
          "The operator " + operator.base() + " compares " + operator.family().name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + " values, but \"" + entry.key() + "\" is of type " + type.awsName() + "."
              + " Use " + suggestedOperators(type) + ".",
          location));
      return;
    }
    if (operator.family() == ConditionOperator.Family.NULL) {
      return;
    }
    CatalogCheck valueCheck = ConditionValueSyntax.checkFor(type.baseType());
    if (valueCheck == null) {
      return;
    }
    List<String> bad = entry.values().stream()
        .filter(v -> !v.contains("${")) // policy variables are substituted at request time
        .filter(v -> !ConditionValueSyntax.fits(type.baseType(), v))
        .collect(Collectors.toList());
    if (!bad.isEmpty()) {
      findings.add(Finding.of(valueCheck,
          "\"" + entry.key() + "\" is of type " + type.awsName() + ", but "
              + bad.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", "))
              + (bad.size() == 1 ? " is not " : " are not ") + valueDescription(type.baseType()) + ".",
          location));
    }
  }

  private static String suggestedOperators(ConditionKeyType type) {
    switch (type.baseType()) {
      case NUMERIC:
        return "a Numeric operator (NumericEquals, NumericLessThan, ...)";
      case DATE:
        return "a Date operator (DateGreaterThan, DateLessThan, ...)";
      case BOOL:
        return "Bool";
      case IP_ADDRESS:
        return "IpAddress or NotIpAddress";
      case BINARY:
        return "BinaryEquals";
      case ARN:
        return "an ARN operator (ArnEquals, ArnLike, ...)";
      default:
        return "a String operator (StringEquals, StringLike, ...)";
    }
  }

  private static String valueDescription(ConditionKeyType.BaseType type) {
    switch (type) {
      case BOOL:
        return "true or false";
      case NUMERIC:
        return "a number";
      case DATE:
        return "an ISO 8601 date (2026-01-31T12:00:00Z) or epoch seconds";
      case IP_ADDRESS:
        return "an IP address or CIDR range";
      case ARN:
        return "an ARN";
      default:
        return "valid";
    }
  }
}
