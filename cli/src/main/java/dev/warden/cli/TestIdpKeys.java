package dev.warden.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The key pair of {@code warden idp}: an RSA-2048 private key and a self-signed X.509 certificate for
 * its public key, kept as two PEM files in one folder. One key signs both the SAML responses and the
 * OIDC tokens. It is a test key: whoever reads the private key file can sign in as any federated user
 * of a role that trusts this IdP, so the file is created owner-only (0600) and says so in its name.
 */
record TestIdpKeys(PrivateKey privateKey, X509Certificate certificate) {

  static final String PRIVATE_KEY_FILE = "TEST-ONLY-idp-private-key.pem";
  static final String CERTIFICATE_FILE = "idp-certificate.pem";
  static final Duration VALIDITY = Duration.ofDays(365);
  static final String SUBJECT = "CN=Warden test IdP (not for production),O=Warden";

  private static final String KEY_WARNING =
      "Warden test identity provider key (warden idp init): for local tests only. Anyone who can read this\n"
          + "file can sign SAML responses and OIDC tokens that roles trusting this IdP accept.\n";

  /** Creates a fresh key pair and a certificate valid from now for {@link #VALIDITY}. */
  static TestIdpKeys generate(Clock clock) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048, new SecureRandom());
      KeyPair pair = generator.generateKeyPair();
      Instant now = clock.instant();
      X500Name name = new X500Name(SUBJECT);
      // A positive 64-bit random serial, as CAs use; nothing checks it for a self-signed test certificate.
      BigInteger serial = new BigInteger(64, new SecureRandom());
      JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial, Date.from(now),
          Date.from(now.plus(VALIDITY)), name, pair.getPublic());
      X509Certificate certificate = new JcaX509CertificateConverter()
          .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
      return new TestIdpKeys(pair.getPrivate(), certificate);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("cannot create the test IdP key pair: " + e.getMessage(), e);
    }
  }

  RSAPublicKey publicKey() {
    return (RSAPublicKey) certificate.getPublicKey();
  }

  RSAPrivateKey rsaPrivateKey() {
    return (RSAPrivateKey) privateKey;
  }

  static boolean existsIn(Path dir) {
    return Files.exists(dir.resolve(PRIVATE_KEY_FILE)) || Files.exists(dir.resolve(CERTIFICATE_FILE));
  }

  /** Writes both files; each is written beside and renamed, so a reader never sees half a key. */
  void saveTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    write(dir, PRIVATE_KEY_FILE, KEY_WARNING + pem("PRIVATE KEY", privateKey.getEncoded()), true);
    try {
      write(dir, CERTIFICATE_FILE, pem("CERTIFICATE", certificate.getEncoded()), false);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Path dir, String name, String content, boolean ownerOnly) throws IOException {
    Path temporary = dir.resolve(name + ".tmp");
    Files.deleteIfExists(temporary);
    if (ownerOnly && dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(temporary);
    }
    Files.writeString(temporary, content, StandardCharsets.US_ASCII);
    Files.move(temporary, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Reads the files {@link #saveTo} wrote. */
  static TestIdpKeys loadFrom(Path dir) throws IOException {
    Path keyFile = dir.resolve(PRIVATE_KEY_FILE);
    Path certificateFile = dir.resolve(CERTIFICATE_FILE);
    if (!Files.isRegularFile(keyFile) || !Files.isRegularFile(certificateFile)) {
      throw new IOException("no test IdP in " + dir + " (create one with: warden idp init --dir " + dir + ")");
    }
    try {
      PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(
          new PKCS8EncodedKeySpec(unpem(Files.readString(keyFile, StandardCharsets.US_ASCII), "PRIVATE KEY", keyFile)));
      X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
          new ByteArrayInputStream(
              unpem(Files.readString(certificateFile, StandardCharsets.US_ASCII), "CERTIFICATE", certificateFile)));
      return new TestIdpKeys(key, certificate);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      // The message names the file only: a key's bytes never reach the terminal.
      throw new IOException("the test IdP files in " + dir + " are damaged; recreate them with warden idp init --force");
    }
  }

  private static String pem(String type, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  private static byte[] unpem(String text, String type, Path file) throws IOException {
    String begin = "-----BEGIN " + type + "-----";
    String end = "-----END " + type + "-----";
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    if (from < 0 || to < from) {
      throw new IOException(file + " holds no PEM " + type);
    }
    return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
  }

  @Override
  public String toString() {
    return "TestIdpKeys[" + certificate.getSubjectX500Principal() + ", private key hidden]";
  }
}
