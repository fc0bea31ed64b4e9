package dev.warden.catalog.lint;

/** The four finding types of IAM Access Analyzer's policy validation, most severe first. */
public enum FindingType {
  /** The policy is wrong: an element names something AWS does not have. */
  ERROR("error"),
  /** The policy grants more than it probably should. */
  SECURITY_WARNING("warning"),
  /** The policy probably does not work as intended. */
  WARNING("warning"),
  /** The policy works but can be simplified. */
  SUGGESTION("note");

  private final String sarifLevel;

  FindingType(String sarifLevel) {
    this.sarifLevel = sarifLevel;
  }

  /** The SARIF 2.1.0 {@code level} this type maps to. */
  public String sarifLevel() {
    return sarifLevel;
  }
}
