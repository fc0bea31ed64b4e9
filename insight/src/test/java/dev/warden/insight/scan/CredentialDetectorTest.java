package dev.warden.insight.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One line (or a few) per syntax: which kinds the detector reports. K = key id, S = secret, T = token. */
class CredentialDetectorTest {
  static final FakeCredentials FAKES = new FakeCredentials(42);
  static final String K = FAKES.keyId("AKIA");
  static final String A = FAKES.keyId("ASIA");
  static final String S = FAKES.secret();
  static final String T = FAKES.sessionToken();
  static final String HEX40 = "3f786850e387550fdab836ed7e6dc881de23001b";

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("ini", "aws_secret_access_key = " + S, "S"),
        Arguments.of("env", "AWS_SECRET_ACCESS_KEY=" + S, "S"),
        Arguments.of("env quoted", "AWS_SECRET_ACCESS_KEY='" + S + "'", "S"),
        Arguments.of("yaml", "  aws_secret_access_key: " + S, "S"),
        Arguments.of("json", "{\"SecretAccessKey\": \"" + S + "\"}", "S"),
        Arguments.of("escaped json in a notebook", "\"x[\\\"AWS_SECRET\\\"] = \\\"" + S + "\\\"\\n\",", "S"),
        Arguments.of("properties", "aws.secretKey=" + S, "S"),
        Arguments.of("python kwarg", "boto3.client('s3', aws_secret_access_key='" + S + "')", "S"),
        Arguments.of("java builder", ".secretAccessKey(\"" + S + "\")", "S"),
        Arguments.of("go struct", "SecretAccessKey: \"" + S + "\",", "S"),
        Arguments.of("go assign", "awsSecret := \"" + S + "\"", "S"),
        Arguments.of("ruby hash", ":aws_secret_access_key => '" + S + "'", "S"),
        Arguments.of("terraform in an aws file", "provider \"aws\" {\n  secret_key = \"" + S + "\"\n}", "S"),
        Arguments.of("xml", "<secretAccessKey>" + S + "</secretAccessKey>", "S"),
        Arguments.of("cli flag", "aws configure set aws_secret_access_key " + S, "S"),
        Arguments.of("key id and secret as arguments", "new Creds(\"" + K + "\", \"" + S + "\")", "KS"),
        Arguments.of("secret two lines below its key id", K + "\n\n" + S, "KS"),
        Arguments.of("secret too far from its key id", K + "\n\n\n\n" + S, "K"),
        Arguments.of("session token by name", "aws_session_token = " + T, "T"),
        Arguments.of("security token by name", "AWS_SECURITY_TOKEN=\"" + T + "\"", "T"),
        Arguments.of("session token next to an ASIA id", "(\"" + A + "\", \"" + S + "\", \"" + T + "\")", "KST"),
        Arguments.of("key id alone", "id: " + K, "K"),
        Arguments.of("key id in a URL", "https://x/?AWSAccessKeyId=" + K + "&Expires=1", "K"),
        Arguments.of("bare secret without a key id", "value " + S, ""),
        Arguments.of("secret name in a file without aws", "secret_key = \"" + S + "\"", ""),
        Arguments.of("hex assigned to a secret name", "aws_secret_access_key = " + HEX40, ""),
        Arguments.of("secret glued to more base64", "aws_secret_access_key = " + S + "Q", ""),
        Arguments.of("secret with padding is a base64 blob", "aws_secret_access_key = " + S + "=", ""),
        Arguments.of("key id glued to a word", "x" + K, ""),
        Arguments.of("key id with a digit AWS never uses", "AKIA1234567890ABCDEF", ""),
        Arguments.of("lower-case key id", K.toLowerCase(), ""),
        Arguments.of("unique id that is not a credential", "AIDAJQABLZS4A3QDU576Q", ""),
        Arguments.of("JWT as a session token", "session_token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", ""),
        Arguments.of("short session token", "aws_session_token = abc123", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reports(String syntax, String text, String expectedKinds) {
    List<Detection> found = new CredentialDetector().detect(text);
    StringBuilder kinds = new StringBuilder();
    for (Detection d : found) {
      kinds.append(switch (d.kind()) {
        case ACCESS_KEY_ID -> 'K';
        case SECRET_ACCESS_KEY -> 'S';
        case SESSION_TOKEN -> 'T';
      });
    }
    assertThat(kinds.toString()).as(syntax).isEqualTo(expectedKinds);
    assertThat(found).noneMatch(Detection::isExample);
  }

  @ParameterizedTest(name = "prefilter: {0}")
  @MethodSource("cases")
  void thePrefilterNeverDropsWhatTheDetectorFinds(String syntax, String text, String expectedKinds) {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    if (!expectedKinds.isEmpty()) {
      assertThat(CredentialDetector.mayContainCredential(bytes, bytes.length)).as(syntax).isTrue();
    }
  }
}
