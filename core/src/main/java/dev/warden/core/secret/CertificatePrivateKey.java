package dev.warden.core.secret;

/** A server certificate's private key (its DER PKCS#8 bytes): stored sealed, never returned. */
public final class CertificatePrivateKey extends SecretBytes {

    public CertificatePrivateKey(byte[] pkcs8) {
        super(pkcs8);
    }
}
