package dev.warden.core.iam;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.error.IamException;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SSH public key as UploadSSHPublicKey takes it: {@code ssh-rsa AAAA… [comment]} (OpenSSH) or a PEM
 * {@code PUBLIC KEY} (X.509 SubjectPublicKeyInfo), RSA of at least 2,048 bits, as AWS accepts for IAM
 * users. Anything else that is not an RSA key is {@code UnrecognizedPublicKeyEncoding}; a short or
 * broken RSA key is {@code InvalidPublicKey}. The key is kept in its SSH form; GetSSHPublicKey can
 * return either form.
 *
 * @param ssh the key as {@code ssh-rsa <base64>} (no comment)
 * @param fingerprint the MD5 fingerprint of the key blob, colon-separated hex
 */
public record SshPublicKeyBody(String ssh, String fingerprint) {

    static final int MIN_BITS = 2048;
    private static final String RSA = "ssh-rsa";
    private static final Pattern OPENSSH = Pattern.compile("\\s*(\\S+)\\s+([A-Za-z0-9+/=]+)(\\s.*)?", Pattern.DOTALL);
    private static final Pattern PEM = Pattern.compile(
            "\\s*-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\\s]+)-----END PUBLIC KEY-----\\s*");

    static SshPublicKeyBody parse(String body) {
        Matcher pem = PEM.matcher(body);
        if (pem.matches()) {
            return fromPem(pem.group(1).replaceAll("\\s", ""));
        }
        Matcher openSsh = OPENSSH.matcher(body);
        if (!openSsh.matches() || !openSsh.group(1).equals(RSA)) {
            throw unrecognized();
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(openSsh.group(2));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        RSAPublicKeySpec key = readBlob(blob);
        requireStrong(key.getModulus());
        return of(blob);
    }

    /** The key as PEM ({@code Encoding=PEM}). */
    public String pem() {
        RSAPublicKeySpec spec = readBlob(Base64.getDecoder().decode(ssh.substring(RSA.length() + 1)));
        try {
            PublicKey key = KeyFactory.getInstance("RSA").generatePublic(spec);
            String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(key.getEncoded());
            return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored key no longer parses", e);
        }
    }

    private static SshPublicKeyBody fromPem(String base64) {
        RSAPublicKey key;
        try {
            PublicKey parsed = KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
            key = (RSAPublicKey) parsed;
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw unrecognized();
        }
        requireStrong(key.getModulus());
        return of(writeBlob(key.getPublicExponent(), key.getModulus()));
    }

    private static SshPublicKeyBody of(byte[] blob) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(blob);
            return new SshPublicKeyBody(RSA + " " + Base64.getEncoder().encodeToString(blob),
                    HexFormat.ofDelimiter(":").formatHex(md5));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }

    /** RFC 4253 §6.6: string "ssh-rsa", mpint e, mpint n, nothing after. */
    private static RSAPublicKeySpec readBlob(byte[] blob) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(blob))) {
            String type = new String(field(in), StandardCharsets.US_ASCII);
            if (!type.equals(RSA)) {
                throw unrecognized();
            }
            BigInteger e = new BigInteger(field(in));
            BigInteger n = new BigInteger(field(in));
            if (in.available() > 0 || e.signum() <= 0 || n.signum() <= 0) {
                throw invalid();
            }
            return new RSAPublicKeySpec(n, e);
        } catch (IOException e) {
            throw invalid();
        }
    }

    private static byte[] field(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("field length out of range");
        }
        return in.readNBytes(length);
    }

    private static byte[] writeBlob(BigInteger e, BigInteger n) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (byte[] field : new byte[][] {RSA.getBytes(StandardCharsets.US_ASCII), e.toByteArray(), n.toByteArray()}) {
                out.writeInt(field.length);
                out.write(field);
            }
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        return bytes.toByteArray();
    }

    private static void requireStrong(BigInteger modulus) {
        if (modulus.bitLength() < MIN_BITS) {
            throw invalid();
        }
    }

    private static IamException unrecognized() {
        return new IamException(IamErrorCode.UNRECOGNIZED_PUBLIC_KEY_ENCODING,
                "The public key encoding format is unrecognized. Provide a public key in ssh-rsa or PEM format.");
    }

    private static IamException invalid() {
        return new IamException(IamErrorCode.INVALID_PUBLIC_KEY,
                "The public key is not valid. It must be an RSA key of at least " + MIN_BITS + " bits.");
    }
}
