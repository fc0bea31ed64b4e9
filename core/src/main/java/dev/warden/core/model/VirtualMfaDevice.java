package dev.warden.core.model;

import java.time.Instant;
import java.util.List;

/**
 * A virtual MFA device: {@code serialNumber} is its ARN ({@code arn:aws:iam::ACCT:mfa/PATH/NAME}).
 * {@code userId}, {@code userName} and {@code enableDate} are null while it is assigned to no user.
 * The seed is not part of the model: it leaves the core only once, on creation.
 */
public record VirtualMfaDevice(
        String accountId,
        String serialNumber,
        String deviceName,
        String path,
        String userId,
        String userName,
        Instant enableDate,
        List<Tag> tags,
        Instant createDate) {

    public VirtualMfaDevice {
        tags = List.copyOf(tags);
    }

    public boolean assigned() {
        return userId != null;
    }

    public VirtualMfaDevice assignedTo(String newUserId, String newUserName, Instant enabledAt) {
        return new VirtualMfaDevice(accountId, serialNumber, deviceName, path, newUserId, newUserName, enabledAt, tags,
                createDate);
    }
}
