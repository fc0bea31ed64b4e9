package dev.warden.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.core.audit.AuditEvent;
import dev.warden.core.audit.AuditQuery;
import dev.warden.core.home.WardenHome;
import dev.warden.core.home.WardenHomeSettings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warden audit}: reads the append-only audit log, newest first. */
@Command(name = "audit", description = "Show recorded IAM and STS calls, newest first, with filters.")
public final class AuditCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--home", paramLabel = "DIR", description = "Data folder (default: $WARDEN_HOME, else ./.warden).")
  String home;

  @Option(names = "--since", paramLabel = "WHEN", description = "Only calls at or after WHEN: an ISO-8601 instant or a duration like 15m, 2h, 7d.")
  String since;

  @Option(names = "--until", paramLabel = "WHEN", description = "Only calls before WHEN (same forms).")
  String until;

  @Option(names = "--principal", paramLabel = "ARN", description = "Only calls by this principal ARN.")
  String principal;

  @Option(names = "--event", paramLabel = "NAME", description = "Only this operation, e.g. AssumeRole.")
  String event;

  @Option(names = "--error", paramLabel = "CODE", description = "Only calls that failed with this error code, e.g. AccessDenied.")
  String error;

  @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "At most N records (1-1000, default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print CloudTrail-shaped JSON records, one per line.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path homeDirectory = WardenHomeSettings.resolveHome(home, System.getenv()).toAbsolutePath();
    if (!Files.isDirectory(homeDirectory)) {
      err.println("warden: no Warden home at " + homeDirectory);
      return 2;
    }
    AuditQuery query;
    try {
      Instant now = Instant.now();
      query = new AuditQuery(instant(since, now), instant(until, now), principal, event, error, limit);
    } catch (IllegalArgumentException e) {
      err.println("warden: " + e.getMessage());
      return 2;
    }
    List<AuditEvent> events;
    try (WardenHome opened = WardenHome.open(WardenHomeSettings.fromEnvironment(homeDirectory.toString(), System.getenv()))) {
      events = opened.audit().query(query);
    }
    ObjectMapper mapper = new ObjectMapper();
    for (AuditEvent e : events) {
      if (json) {
        out.println(mapper.writeValueAsString(CloudTrailRecord.of(mapper, e)));
      } else {
        String who = e.userIdentity() == null || e.userIdentity().arn() == null ? "anonymous" : e.userIdentity().arn();
        String outcome = e.errorCode() == null ? "ok" : e.errorCode();
        out.println(e.eventTime() + "  " + pad(e.eventName(), 28) + " " + pad(outcome, 22) + " " + who
            + (e.sourceIpAddress() == null ? "" : "  from " + e.sourceIpAddress()));
      }
    }
    if (!json && events.isEmpty()) {
      out.println("no matching calls");
    }
    out.flush();
    return 0;
  }

  static Instant instant(String text, Instant now) {
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException notAnInstant) {
      String unit = text.substring(text.length() - 1);
      long amount;
      try {
        amount = Long.parseLong(text.substring(0, text.length() - 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not an instant or duration (15m, 2h, 7d): " + text);
      }
      Duration duration = switch (unit) {
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        case "d" -> Duration.ofDays(amount);
        default -> throw new IllegalArgumentException("not an instant or duration (15m, 2h, 7d): " + text);
      };
      return now.minus(duration);
    }
  }

  private static String pad(String text, int width) {
    String value = text == null ? "-" : text;
    return value.length() >= width ? value : value + " ".repeat(width - value.length());
  }
}
