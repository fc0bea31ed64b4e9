package dev.warden.bench.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.policy.eval.Decision;
import dev.warden.policy.parse.PolicyParseException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares Warden with the oracle's answers: decides every case with Warden, prints the agreement
 * matrix and each disagreement category, writes every disagreement to a report, and fails when a
 * category is not accounted for in docs/CONFORMANCE.md or fewer cases than required were compared.
 *
 * <p>Usage: {@code DifferentialCheck CASES ORACLE_ANSWERS CONFORMANCE_MD REPORT MIN_COMPARED}
 */
public final class DifferentialCheck {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public static void main(String[] args) throws IOException {
    if (args.length != 5) {
      System.err.println("usage: DifferentialCheck CASES ORACLE_ANSWERS CONFORMANCE_MD REPORT MIN_COMPARED");
      System.exit(2);
    }
    ConformanceList conformance = ConformanceList.parse(Files.readString(Path.of(args[2])));
    Result result = run(Path.of(args[0]), Path.of(args[1]), conformance, Path.of(args[3]));
    int minimum = Integer.parseInt(args[4]);
    result.print(System.out, minimum);
    System.exit(result.failed(minimum) ? 1 : 0);
  }

  /** The tallies of one run. */
  record Result(
      int cases,
      int compared,
      int oracleRejected,
      Map<String, Integer> matrix,
      Map<String, List<String>> categories,
      ConformanceList conformance) {
    int agreements() {
      return matrix.entrySet().stream().filter(e -> sameBothSides(e.getKey())).mapToInt(Map.Entry::getValue).sum();
    }

    private static boolean sameBothSides(String matrixKey) {
      String[] sides = matrixKey.split(" \\\\ ");
      return sides.length == 2 && sides[0].equals(sides[1]);
    }

    int unaccounted() {
      return categories.entrySet().stream()
          .mapToInt(e -> (int) e.getValue().stream().filter(id -> !conformance.accounts(e.getKey(), id)).count())
          .sum();
    }

    boolean failed(int minimum) {
      return unaccounted() > 0 || compared < minimum;
    }

    void print(PrintStream out, int minimum) {
      out.printf("differential: %d cases, %d compared (%d rejected by the oracle as invalid input)%n",
          cases, compared, oracleRejected);
      out.println("warden \\ oracle -> count");
      matrix.forEach((key, count) -> out.printf("  %-36s %6d%n", key, count));
      out.printf("agreement: %d of %d (%.2f%%)%n", agreements(), compared, compared == 0 ? 0.0 : 100.0 * agreements() / compared);
      categories.forEach((code, ids) -> {
        boolean accounted = ids.stream().allMatch(id -> conformance.accounts(code, id));
        boolean bug = List.of(code.split("\\+")).stream().anyMatch(conformance.openBugs()::contains);
        String status = !accounted ? "NOT ACCOUNTED FOR"
            : bug ? "OPEN BUG (CONFORMANCE.md)"
            : conformance.justified().containsAll(List.of(code.split("\\+"))) ? "justified in CONFORMANCE.md"
            : "open-bug cases (CONFORMANCE.md)";
        out.printf("  %-60s %5d  %s  e.g. %s%n", code, ids.size(), status, String.join(" ", ids.subList(0, Math.min(3, ids.size()))));
      });
      if (compared < minimum) {
        out.printf("too few cases compared: %d < %d%n", compared, minimum);
      }
      int failed = unaccounted();
      out.printf("differential: %d passed, %d failed%n", compared - failed, failed);
    }
  }

  static Result run(Path casesFile, Path oracleFile, ConformanceList conformance, Path reportFile) throws IOException {
    Map<String, JsonNode> oracle = new HashMap<>();
    try (BufferedReader lines = Files.newBufferedReader(oracleFile, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) {
          JsonNode answer = MAPPER.readTree(line);
          oracle.put(answer.get("id").asText(), answer);
        }
      }
    }
    WardenEvaluator warden = new WardenEvaluator();
    DisagreementClassifier classifier = DisagreementClassifier.standard(warden);
    Map<String, Integer> matrix = new TreeMap<>();
    Map<String, List<String>> categories = new TreeMap<>();
    int cases = 0;
    int compared = 0;
    int rejected = 0;
    try (BufferedReader lines = Files.newBufferedReader(casesFile, StandardCharsets.UTF_8);
        PrintWriter report = new PrintWriter(Files.newBufferedWriter(reportFile, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        cases++;
        JsonNode testCase = MAPPER.readTree(line);
        String id = testCase.get("id").asText();
        JsonNode answer = oracle.get(id);
        if (answer == null) {
          throw new IllegalStateException("the oracle gave no answer for " + id);
        }
        Outcome theirs = Outcome.oracle(answer.get("decision").asText(), answer.path("error").asText(null));
        if (theirs.isError()) {
          rejected++;
          continue;
        }
        compared++;
        Outcome ours = decide(warden, testCase);
        matrix.merge(ours.decision() + " \\ " + theirs.decision(), 1, Integer::sum);
        if (!ours.decision().equals(theirs.decision())) {
          DisagreementClassifier.Pair pair = new DisagreementClassifier.Pair(ours, theirs);
          String code = classifier.classify(testCase, pair);
          categories.computeIfAbsent(code, c -> new ArrayList<>()).add(id);
          report.println(reportLine(testCase, code, ours, theirs));
        }
      }
    }
    return new Result(cases, compared, rejected, matrix, categories, conformance);
  }

  private static Outcome decide(WardenEvaluator warden, JsonNode testCase) {
    try {
      return Outcome.of(warden.evaluate(testCase));
    } catch (PolicyParseException | IllegalArgumentException e) {
      return Outcome.error(e.getMessage());
    }
  }

  private static String reportLine(JsonNode testCase, String code, Outcome ours, Outcome theirs) throws IOException {
    ObjectNode line = MAPPER.createObjectNode();
    line.put("category", code);
    line.put("warden", ours.decision());
    ours.error().ifPresent(e -> line.put("wardenError", e));
    ours.wardenDecision().map(Decision::step).ifPresent(step -> line.put("wardenStep", step.name()));
    ours.wardenDecision().map(Decision::reason).ifPresent(reason -> line.put("wardenReason", reason));
    ours.wardenDecision().ifPresent(decision -> {
      var deciding = line.putArray("wardenDecidingStatements");
      decision.decidingStatements().forEach(m -> deciding.add(m.policyId() + "#" + m.statementIndex()));
      var types = line.putObject("wardenPolicyTypes");
      decision.policyTypeDecisions().forEach((type, verdict) -> types.put(type.name(), verdict.name()));
      if (!decision.missingContextKeys().isEmpty()) {
        var missing = line.putArray("wardenMissingKeys");
        decision.missingContextKeys().forEach(missing::add);
      }
    });
    line.put("oracle", theirs.decision());
    line.set("case", testCase);
    return MAPPER.writeValueAsString(line);
  }
}
