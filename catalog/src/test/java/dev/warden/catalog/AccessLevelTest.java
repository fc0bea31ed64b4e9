package dev.warden.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessLevelTest {
  @ParameterizedTest
  @CsvSource({
      "Read, READ", "read, READ", "R, READ", "Permissions management, PERMISSIONS_MANAGEMENT",
      "permissions-management, PERMISSIONS_MANAGEMENT", "PERMISSIONS_MANAGEMENT, PERMISSIONS_MANAGEMENT",
      "p, PERMISSIONS_MANAGEMENT", "tagging, TAGGING", "List, LIST", "write, WRITE"})
  void parsesDisplayNamesEnumNamesAndCodes(String text, AccessLevel expected) {
    assertThat(AccessLevel.fromName(text)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({"Admin", "X", "''"})
  void rejectsOtherWords(String text) {
    assertThat(AccessLevel.fromName(text)).isEmpty();
  }
}
