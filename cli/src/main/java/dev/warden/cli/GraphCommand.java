package dev.warden.cli;

import dev.warden.core.home.WardenHome;
import dev.warden.insight.access.AccountPrincipals;
import dev.warden.insight.graph.AccessGraph;
import dev.warden.insight.graph.EdgeKind;
import dev.warden.insight.graph.GraphBuilder;
import dev.warden.insight.graph.GraphDot;
import dev.warden.insight.graph.GraphJson;
import dev.warden.insight.graph.GraphSvg;
import dev.warden.server.authz.PolicyDocuments;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warden graph}: the trust and access graph of the stored account. */
@Command(mixinStandardHelpOptions = true, name = "graph", description = "Write the trust and access graph: principals, who may assume which role, "
    + "group membership, privilege-escalation paths (all decided by the engine).")
public final class GraphCommand implements Callable<Integer> {
  static final int OK = 0;
  static final int INVALID_INPUT = 2;

  /** Output formats. */
  enum Format {
    json,
    dot,
    svg,
    png
  }

  @Spec CommandSpec spec;

  @Option(names = "--home", paramLabel = "DIR", description = "Data folder (default: $WARDEN_HOME, else ./.warden).")
  String home;

  @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
      description = "json, dot, svg (drawn by Warden) or png (needs Graphviz 'dot' on PATH). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output (required for png).")
  Path out;

  @Option(names = "--policies", description = "Also show managed policies and permissions boundaries and where they are attached.")
  boolean policies;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (format == Format.png && out == null) {
      err.println("warden: --format png needs --out FILE");
      return INVALID_INPUT;
    }
    AccessGraph graph;
    try (WardenHome opened = StoredAccount.open(home, System.getenv())) {
      graph = new GraphBuilder(opened.iam(), new AccountPrincipals(opened.iam(), PolicyDocuments.withEmbeddedCatalog()))
          .build(policies);
    } catch (IllegalArgumentException e) {
      err.println("warden: " + e.getMessage());
      return INVALID_INPUT;
    }
    if (format == Format.png) {
      return png(graph, err);
    }
    String text = switch (format) {
      case dot -> GraphDot.of(graph);
      case svg -> GraphSvg.of(graph);
      default -> GraphJson.of(graph).toPrettyString() + "\n";
    };
    if (out == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      Files.writeString(out, text, StandardCharsets.UTF_8);
      err.println("warden: wrote " + out + " (" + graph.nodes().size() + " nodes, " + graph.edges().size() + " edges, "
          + graph.edges(EdgeKind.ESCALATION).size() + " escalation paths)");
    }
    return OK;
  }

  /** Renders through Graphviz when it is installed; Warden never needs it otherwise. */
  private int png(AccessGraph graph, PrintWriter err) throws IOException, InterruptedException {
    Process dot;
    try {
      dot = new ProcessBuilder(List.of("dot", "-Tpng", "-o", out.toString()))
          .redirectError(ProcessBuilder.Redirect.INHERIT).redirectOutput(ProcessBuilder.Redirect.to(new File("/dev/null")))
          .start();
    } catch (IOException notInstalled) {
      err.println("warden: --format png needs Graphviz 'dot' on PATH; use --format svg (no dependency) instead");
      return INVALID_INPUT;
    }
    try (var input = dot.getOutputStream()) {
      input.write(GraphDot.of(graph).getBytes(StandardCharsets.UTF_8));
    }
    if (!dot.waitFor(60, TimeUnit.SECONDS) || dot.exitValue() != 0) {
      err.println("warden: Graphviz 'dot' failed to render " + out);
      return 1;
    }
    err.println("warden: wrote " + out);
    return OK;
  }
}
