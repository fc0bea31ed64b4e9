package dev.warden.cli;

import dev.warden.catalog.lint.CatalogValidator;
import dev.warden.catalog.lint.Finding;
import dev.warden.policy.document.PolicyDocument;
import dev.warden.policy.document.PolicyKind;
import dev.warden.policy.eval.CompiledPolicy;
import dev.warden.policy.eval.PolicyCompiler;
import dev.warden.policy.eval.PolicyType;
import dev.warden.policy.parse.PolicyParseException;
import dev.warden.policy.parse.PolicyParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads policy files for the commands, with a size cap so a huge file is refused, not loaded. */
final class PolicyFiles {
  /** Far above any AWS policy limit; larger files are not policies. */
  static final long MAX_FILE_BYTES = 1 << 20;

  private PolicyFiles() {}

  static String read(Path file) throws IOException {
    long size = Files.size(file);
    if (size > MAX_FILE_BYTES) {
      throw new IOException("file is " + size + " bytes; policy files are limited to " + MAX_FILE_BYTES);
    }
    return Files.readString(file);
  }

  /**
   * Grammar problems as ERROR findings (nothing more can be checked then), else the catalogue's
   * findings on the parsed document.
   */
  static List<Finding> findings(String text, PolicyKind kind) {
    PolicyDocument document;
    try {
      document = PolicyParser.standard().parse(text, kind);
    } catch (PolicyParseException e) {
      return Finding.grammarErrors(e);
    }
    return CatalogValidator.validate(document, kind);
  }


  static CompiledPolicy compile(String text, PolicyKind kind, String id, PolicyType type) throws PolicyParseException {
    PolicyDocument document = PolicyParser.standard().parse(text, kind);
    return PolicyCompiler.compile(document, id, type);
  }
}
