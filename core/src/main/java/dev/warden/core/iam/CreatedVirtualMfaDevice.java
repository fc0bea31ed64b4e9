package dev.warden.core.iam;

import dev.warden.core.model.VirtualMfaDevice;
import dev.warden.core.secret.MfaSeed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A new virtual MFA device with its seed: the only time the seed leaves the core unsealed. */
public record CreatedVirtualMfaDevice(VirtualMfaDevice device, MfaSeed seed) {

    static final String ISSUER = "Warden";

    /**
     * The key URI authenticator apps read from the QR code:
     * {@code otpauth://totp/Warden:<device>@<account>?secret=<base32>&issuer=Warden}.
     */
    public String otpauthUri() {
        String label = ISSUER + ":" + device.deviceName() + "@" + device.accountId();
        return "otpauth://totp/" + URLEncoder.encode(label, StandardCharsets.UTF_8).replace("+", "%20")
                + "?secret=" + seed.revealBase32() + "&issuer=" + ISSUER;
    }

    @Override
    public String toString() {
        return "CreatedVirtualMfaDevice[" + device + ", seed=****]";
    }
}
